// Wiring only: each concern lives in its own module.
import { app, BrowserWindow, session } from 'electron';
import { acquireSingleInstance, pinAppIdentity } from './lifecycle';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, RENDERER_DIR } from './window';

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
}

pinAppIdentity();
registerAppScheme();

if (acquireSingleInstance(() => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    registerAppProtocol(RENDERER_DIR);
    registerIpcHandlers();
    installMenu(!app.isPackaged);
    openMainWindow();
  });
}
