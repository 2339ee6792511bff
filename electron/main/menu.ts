import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { stringsFor, type MenuStrings } from './menu-strings';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing. */
  dev: boolean;
  showDataFolder: () => void;
}

export function buildMenuTemplate(s: MenuStrings, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [
        { role: 'reload', label: s.reload },
        { role: 'toggleDevTools', label: s.toggleDevTools },
        { type: 'separator' },
      ]
    : [];
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: s.file,
      submenu: [
        { role: 'close', label: s.closeWindow },
        ...(mac ? [] : [{ role: 'quit' as const, label: s.quit }]),
      ],
    },
    {
      label: s.edit,
      submenu: [
        { role: 'undo', label: s.undo },
        { role: 'redo', label: s.redo },
        { type: 'separator' },
        { role: 'cut', label: s.cut },
        { role: 'copy', label: s.copy },
        { role: 'paste', label: s.paste },
        { role: 'selectAll', label: s.selectAll },
      ],
    },
    {
      label: s.view,
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: s.resetZoom },
        { role: 'zoomIn', label: s.zoomIn },
        { role: 'zoomOut', label: s.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: s.toggleFullScreen },
      ],
    },
    {
      label: s.help,
      role: 'help',
      submenu: [
        { label: s.showDataFolder, click: options.showDataFolder },
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: s.about }]),
      ],
    },
  ];
}

/** Must run after `app` is ready: the locale is only known then. */
export function installMenu(dev: boolean): void {
  const template = buildMenuTemplate(stringsFor(app.getLocale()), {
    platform: process.platform,
    dev,
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
