import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, screen } from 'electron';
import { APP_ORIGIN, PRODUCT_NAME } from '@shared/ipc/contract';
import { secureWebPreferences } from './security';
import { fitToDisplays, loadWindowState, MIN_SIZE, trackWindowState } from './window-state';

/** Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/. */
const outDir = fileURLToPath(new URL('..', import.meta.url));
export const PRELOAD_PATH = join(outDir, 'preload', 'index.cjs');
export const RENDERER_DIR = join(outDir, 'renderer');

export function startUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.ELECTRON_RENDERER_URL || `${APP_ORIGIN}/index.html`;
}

export function createMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = loadWindowState(stateFile);
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const bounds = fitToDisplays(
    saved?.bounds ?? null,
    [primary, ...others].map((display) => display.workArea),
  );

  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  if (saved?.maximized) win.maximize();
  trackWindowState(win, stateFile);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(startUrl());
  return win;
}
