// The desktop contract: channel names, argument schemas and result types shared by main, preload and
// renderer. Main validates every argument with these schemas; the renderer calls through `DesktopApi`.
import { z } from 'zod';

export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; reason: string };

/** The `reason` when the person closed a save/open dialog without choosing; not an error to show. */
export const CANCELED = 'canceled';

export { channels, type Channel } from './channels';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
    .min(1)
    .max(20),
});

export const openExternalArgs = z.object({ url: z.string().max(2_000) });
export const saveFileArgs = z.object({
  suggestedName: z.string().min(1).max(255),
  /** Text content (CSV, JSON) or bytes. */
  content: z.union([z.string().max(200_000_000), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilter).max(10).default([]),
});
export const openFileArgs = z.object({
  filters: z.array(fileFilter).max(10).default([]),
  /** Refuse larger files rather than freeze the app. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(500 * 1024 * 1024)
    .default(100 * 1024 * 1024),
});
export const pageSizes = ['A4', 'A5', 'A6', 'Letter', 'Card4x6', 'Card35x2'] as const;
export type PageSize = (typeof pageSizes)[number];
const pageSize = z.enum(pageSizes);

/**
 * 'default': the printer's usual margins. 'none': the page's own layout reaches the paper's edges (note
 * cards set `@page { margin: 0 }` and keep their text inside with padding).
 */
export const printMargins = ['default', 'none'] as const;
export type PrintMargins = (typeof printMargins)[number];
const margins = z.enum(printMargins);

export const printArgs = z.object({
  silent: z.boolean().default(false),
  /** Omitted: the printer's default paper. */
  pageSize: pageSize.optional(),
  landscape: z.boolean().default(false),
  margins: margins.default('default'),
});
export const printToPdfArgs = z.object({
  suggestedName: z.string().min(1).max(255),
  /** The paper when the page sets none with CSS `@page { size }` (a page's own size wins). */
  pageSize: pageSize.default('A4'),
  landscape: z.boolean().default(false),
  margins: margins.default('default'),
});

export type OpenExternalArgs = z.input<typeof openExternalArgs>;
export type SaveFileArgs = z.input<typeof saveFileArgs>;
export type OpenFileArgs = z.input<typeof openFileArgs>;
export type PrintArgs = z.input<typeof printArgs>;
export type PrintToPdfArgs = z.input<typeof printToPdfArgs>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  locale: string;
  userDataPath: string;
  desktop: boolean;
}

/** What the renderer may ask of the desktop. One object, the same shape in Electron and in the browser. */
export interface DesktopApi {
  appInfo(): Promise<Result<{ info: AppInfo }>>;
  openExternal(args: OpenExternalArgs): Promise<Result>;
  saveFile(args: SaveFileArgs): Promise<Result<{ path: string }>>;
  openFile(args: OpenFileArgs): Promise<Result<{ name: string; content: Uint8Array }>>;
  print(args: PrintArgs): Promise<Result>;
  printToPdf(args: PrintToPdfArgs): Promise<Result<{ path: string }>>;
}

/** Only these schemes leave the app, in the system browser or mail client. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Pinned: IndexedDB data lives with this origin, so changing it would lose every shop's data. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tezgah';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const PRODUCT_NAME = 'Tezgah';
export const APP_ID = 'app.tezgah.desktop';
