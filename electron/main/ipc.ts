import { app, BrowserWindow, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import {
  channels,
  isAllowedExternalUrl,
  openExternalArgs,
  openFileArgs,
  printArgs,
  printToPdfArgs,
  saveFileArgs,
  type AppInfo,
  type Channel,
  type Result,
} from '@shared/ipc/contract';
import { openFile, saveFile } from './files';
import { isTrustedUrl, trustedOrigins } from './origins';
import { printPage, printPageToPdf } from './print';

interface Route<S extends z.ZodType> {
  schema: S;
  run(event: IpcMainInvokeEvent, args: z.output<S>): Promise<Result> | Result;
}

function route<S extends z.ZodType>(schema: S, run: Route<S>['run']): Route<S> {
  return { schema, run };
}

/** Only the top frame of a page from our own origin may call the desktop. */
export function isTrustedSender(event: IpcMainInvokeEvent, origins: readonly string[]): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url, origins);
}

export function validate<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; value: z.output<S> } | { ok: false; reason: string } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`);
  return { ok: false, reason: `invalid arguments: ${issues.join('; ')}` };
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    locale: app.getLocale(),
    userDataPath: app.getPath('userData'),
    desktop: true,
  };
}

export const routes = {
  [channels.appInfo]: route(z.undefined(), () => ({ ok: true, info: appInfo() })),
  [channels.openExternal]: route(openExternalArgs, async (_event, { url }) => {
    if (!isAllowedExternalUrl(url)) return { ok: false, reason: 'only https: and mailto: links open' };
    await shell.openExternal(url);
    return { ok: true };
  }),
  [channels.saveFile]: route(saveFileArgs, (event, args) => saveFile(windowOf(event), args)),
  [channels.openFile]: route(openFileArgs, (event, args) => openFile(windowOf(event), args)),
  [channels.print]: route(printArgs, (event, args) => printPage(event.sender, args)),
  [channels.printToPdf]: route(printToPdfArgs, (event, args) =>
    printPageToPdf(event.sender, windowOf(event), args),
  ),
} satisfies Record<Channel, Route<z.ZodType>>;

/** Wraps a route so that nothing throws across IPC: every outcome is a `Result`. */
export function createHandler<S extends z.ZodType>(
  { schema, run }: Route<S>,
  origins: readonly string[],
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result> {
  return async (event, ...args) => {
    try {
      if (!isTrustedSender(event, origins)) return { ok: false, reason: 'untrusted sender' };
      if (args.length > 1) return { ok: false, reason: 'invalid arguments: expected at most one' };
      const checked = validate(schema, args[0]);
      if (!checked.ok) return checked;
      return await run(event, checked.value);
    } catch (error) {
      console.error('IPC handler failed', error);
      return { ok: false, reason: error instanceof Error ? error.message : 'unexpected error' };
    }
  };
}

export function registerIpcHandlers(origins: readonly string[] = trustedOrigins()): void {
  for (const [channel, handler] of Object.entries(routes)) {
    ipcMain.handle(channel, createHandler(handler as Route<z.ZodType>, origins));
  }
}
