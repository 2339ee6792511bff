// A stand-in for the 'electron' module (the binary is not available here). Test files install it with
// `vi.mock('electron', () => import('./electron-mock'))` and drive the fakes below.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export const app = {
  setName: vi.fn(),
  setPath: vi.fn(),
  getPath: vi.fn((name: string) => `/fake/${name}`),
  getName: vi.fn(() => 'Tezgah'),
  getVersion: vi.fn(() => '0.1.0'),
  getLocale: vi.fn(() => 'en-US'),
  setAppUserModelId: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  isPackaged: false,
};

export const ipcMain = { handle: vi.fn() };
export const shell = { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') };
export const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true })),
  send: vi.fn(),
  on: vi.fn(),
};
export const session = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
};
const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
export const screen = { getPrimaryDisplay: vi.fn(() => display), getAllDisplays: vi.fn(() => [display]) };
/** `new BrowserWindow(options)` records its options and returns a fake window. */
export const BrowserWindow = Object.assign(
  vi.fn(function (this: unknown, options: unknown) {
    return fakeWindow(options);
  }),
  {
    fromWebContents: vi.fn(() => null),
    getAllWindows: vi.fn(() => []),
  },
);

export function fakeWindow(options: unknown = {}) {
  return {
    options,
    on: vi.fn(),
    once: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    restore: vi.fn(),
    maximize: vi.fn(),
    isMinimized: vi.fn(() => false),
    isMaximized: vi.fn(() => false),
    getNormalBounds: vi.fn(() => ({ x: 0, y: 0, width: 1280, height: 800 })),
    loadURL: vi.fn(async () => undefined),
    webContents: fakeWebContents(),
  };
}

/** A webContents that records its handlers so tests can fire navigation events at it. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    setWindowOpenHandler: vi.fn((handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    }),
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    }),
    /** Fires `event` like Electron does and reports whether a listener called preventDefault. */
    emit(event: string, url = ''): boolean {
      const ev = { url, preventDefault: vi.fn() };
      for (const listener of listeners.get(event) ?? []) listener(ev, url);
      return ev.preventDefault.mock.calls.length > 0;
    },
    openWindow(url: string): { action: string } {
      if (!windowOpenHandler) throw new Error('no window open handler');
      return windowOpenHandler({ url });
    },
    listenerCount: (event: string) => listeners.get(event)?.length ?? 0,
    print: vi.fn(),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
    getURL: vi.fn(() => 'app://tezgah/index.html'),
  };
}

const electron = {
  app,
  ipcMain,
  shell,
  dialog,
  protocol,
  Menu,
  contextBridge,
  ipcRenderer,
  session,
  screen,
  BrowserWindow,
};
export default electron;
