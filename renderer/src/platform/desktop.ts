import type { DesktopApi } from '@shared/ipc/contract';
import { browserDesktop } from './browser-desktop';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    desktop?: DesktopApi;
  }
}

/** The desktop contract: Electron's preload when present, the browser implementation otherwise. */
export const desktop: DesktopApi = window.desktop ?? browserDesktop;
export const isDesktop = window.desktop !== undefined;
