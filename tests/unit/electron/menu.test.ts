import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { app, Menu } from './electron-mock';
import { buildMenuTemplate, installMenu } from '../../../electron/main/menu';
import { menuStrings, stringsFor } from '../../../electron/main/menu-strings';

vi.mock('electron', () => import('./electron-mock'));

const options = { platform: 'linux' as const, dev: false, showDataFolder: () => undefined };
const labels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role);
const roles = (template: MenuItemConstructorOptions[]): string[] =>
  template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

beforeEach(() => vi.clearAllMocks());

describe('application menu', () => {
  it('has File, Edit, View, Help in English', () => {
    expect(labels(buildMenuTemplate(menuStrings.en, options))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has Dosya, Düzen, Görünüm, Yardım in Turkish', () => {
    expect(labels(buildMenuTemplate(menuStrings.tr, options))).toEqual([
      'Dosya',
      'Düzen',
      'Görünüm',
      'Yardım',
    ]);
  });

  it('translates every item, not only the top level', () => {
    for (const key of Object.keys(menuStrings.en) as (keyof typeof menuStrings.en)[]) {
      expect(menuStrings.tr[key], key).not.toBe('');
      if (!['about'].includes(key)) expect(menuStrings.tr[key], key).not.toBe(menuStrings.en[key]);
    }
  });

  it('picks Turkish for any tr locale', () => {
    expect(stringsFor('tr')).toBe(menuStrings.tr);
    expect(stringsFor('tr-TR')).toBe(menuStrings.tr);
    expect(stringsFor('en-US')).toBe(menuStrings.en);
    expect(stringsFor('de')).toBe(menuStrings.en);
  });

  it('offers edit roles so copy and paste work in text fields', () => {
    const all = roles(buildMenuTemplate(menuStrings.en, options));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit'])
      expect(all).toContain(role);
  });

  it('keeps reload and devtools for development only', () => {
    expect(roles(buildMenuTemplate(menuStrings.en, options))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(menuStrings.en, options))).not.toContain('reload');
    expect(roles(buildMenuTemplate(menuStrings.en, { ...options, dev: true }))).toContain('toggleDevTools');
  });

  it('leads with the app menu on macOS', () => {
    const template = buildMenuTemplate(menuStrings.en, { ...options, platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(labels(template).slice(1)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('installs the menu in the language of app.getLocale()', () => {
    app.getLocale.mockReturnValue('tr-TR');
    installMenu(false);
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(labels(template)).toEqual(
      process.platform === 'darwin'
        ? ['appMenu', 'Dosya', 'Düzen', 'Görünüm', 'Yardım']
        : ['Dosya', 'Düzen', 'Görünüm', 'Yardım'],
    );
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
