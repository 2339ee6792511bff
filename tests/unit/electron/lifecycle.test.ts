import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import {
  app,
  BrowserWindow,
  fakeWebContents,
  fakeWindow,
  ipcMain,
  Menu,
  protocol,
  session,
} from './electron-mock';
import { acquireSingleInstance, pinAppIdentity } from '../../../electron/main/lifecycle';

vi.mock('electron', () => import('./electron-mock'));

beforeEach(() => {
  vi.clearAllMocks();
  app.requestSingleInstanceLock.mockReturnValue(true);
});

describe('pinAppIdentity', () => {
  it('names the app and pins userData to <appData>/Tezgah', () => {
    pinAppIdentity();
    expect(app.setName).toHaveBeenCalledWith('Tezgah');
    expect(app.setPath).toHaveBeenCalledWith('userData', join('/fake/appData', 'Tezgah'));
  });
});

describe('acquireSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(acquireSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.on).not.toHaveBeenCalledWith('second-instance', expect.anything());
  });

  it('keeps running with the lock and brings its window forward on a second launch', () => {
    const win = fakeWindow();
    win.isMinimized.mockReturnValue(true);
    expect(acquireSingleInstance(() => win as unknown as ElectronWindow)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    const onSecond = app.on.mock.calls.find((call: unknown[]) => call[0] === 'second-instance')?.[1];
    onSecond();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('ignores a second launch before the window exists', () => {
    acquireSingleInstance(() => null);
    const onSecond = app.on.mock.calls.find((call: unknown[]) => call[0] === 'second-instance')?.[1];
    expect(() => onSecond()).not.toThrow();
  });
});

describe('main entry (index.ts)', () => {
  async function start() {
    vi.resetModules();
    await import('../../../electron/main/index');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('does nothing but quit when the lock is not obtained', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await start();
    expect(app.setName).toHaveBeenCalledWith('Tezgah');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow).not.toHaveBeenCalled();
  });

  it('when ready: hardens, registers app://, IPC and the menu, then opens the secure window', async () => {
    await start();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledTimes(6);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(BrowserWindow).toHaveBeenCalledTimes(1);
    const win = BrowserWindow.mock.results[0]?.value;
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(win.options.webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://tezgah/index.html');
  });

  it('hardens every webContents created later', async () => {
    await start();
    const onCreated = app.on.mock.calls.find((call: unknown[]) => call[0] === 'web-contents-created')?.[1];
    const contents = fakeWebContents();
    onCreated({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
  });
});
