import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { APP_ID, PRODUCT_NAME } from '@shared/ipc/contract';

/**
 * Before anything reads a path: the shop's data (IndexedDB) lives in userData, so its folder must not
 * depend on how the app was launched (dev, preview, packaged).
 */
export function pinAppIdentity(): void {
  app.setName(PRODUCT_NAME);
  app.setPath('userData', join(app.getPath('appData'), PRODUCT_NAME));
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
}

/**
 * Two instances would write the same IndexedDB from two processes. A second launch quits and brings the
 * first window forward instead. Returns whether this process is the one that keeps running.
 */
export function acquireSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
