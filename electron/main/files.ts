import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { CANCELED, type Result } from '@shared/ipc/contract';

/** A bare file name for a dialog's default path: no folders, no control or reserved characters. */
export function safeFileName(name: string, fallback = 'tezgah'): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  return cleaned === '' || /^\.+$/.test(cleaned) ? fallback : cleaned.slice(0, 200);
}

export async function askSavePath(
  parent: BrowserWindow | null,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), safeFileName(suggestedName)), filters };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export async function saveFile(
  parent: BrowserWindow | null,
  args: { suggestedName: string; content: string | Uint8Array; filters: FileFilter[] },
): Promise<Result<{ path: string }>> {
  const path = await askSavePath(parent, args.suggestedName, args.filters);
  if (path === null) return { ok: false, reason: CANCELED };
  await writeFile(path, args.content);
  return { ok: true, path };
}

export async function openFile(
  parent: BrowserWindow | null,
  args: { filters: FileFilter[]; maxBytes: number },
): Promise<Result<{ name: string; content: Uint8Array }>> {
  const options = { properties: ['openFile' as const], filters: args.filters };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { ok: false, reason: CANCELED };
  const info = await stat(path);
  if (!info.isFile()) return { ok: false, reason: 'not a file' };
  if (info.size > args.maxBytes) {
    return { ok: false, reason: `file too large: ${info.size} bytes, limit ${args.maxBytes}` };
  }
  const content = await readFile(path);
  // Re-check: the file may have grown between stat and read.
  if (content.byteLength > args.maxBytes) return { ok: false, reason: 'file too large' };
  return { ok: true, name: basename(path), content: new Uint8Array(content) };
}
