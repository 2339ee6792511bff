import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron';
import { CANCELED, type PageSize, type Result } from '@shared/ipc/contract';
import { askSavePath } from './files';

const MICRONS_PER_INCH = 25_400;

/** Sizes Electron has no name for, in microns (width x height). */
export const CUSTOM_PAGE_SIZES = {
  A6: { width: 105_000, height: 148_000 },
  Card4x6: { width: 4 * MICRONS_PER_INCH, height: 6 * MICRONS_PER_INCH },
  Card35x2: { width: 3.5 * MICRONS_PER_INCH, height: 2 * MICRONS_PER_INCH },
} as const;

type Named = Exclude<PageSize, keyof typeof CUSTOM_PAGE_SIZES>;

function isCustom(size: PageSize): size is keyof typeof CUSTOM_PAGE_SIZES {
  return size in CUSTOM_PAGE_SIZES;
}

/** `webContents.print` takes custom sizes in microns. */
export function printPageSize(size: PageSize): NonNullable<WebContentsPrintOptions['pageSize']> {
  return isCustom(size) ? { ...CUSTOM_PAGE_SIZES[size] } : (size as Named);
}

/** `webContents.printToPDF` takes custom sizes in inches. */
export function pdfPageSize(size: PageSize): NonNullable<PrintToPDFOptions['pageSize']> {
  if (!isCustom(size)) return size as Named;
  const { width, height } = CUSTOM_PAGE_SIZES[size];
  return { width: width / MICRONS_PER_INCH, height: height / MICRONS_PER_INCH };
}

export function printPage(
  contents: WebContents,
  args: { silent: boolean; pageSize?: PageSize | undefined; landscape: boolean },
): Promise<Result> {
  const options: WebContentsPrintOptions = {
    silent: args.silent,
    printBackground: true,
    landscape: args.landscape,
    ...(args.pageSize ? { pageSize: printPageSize(args.pageSize) } : {}),
  };
  return new Promise((resolve) => {
    contents.print(options, (success, failureReason) => {
      if (success) resolve({ ok: true });
      else if (/cancel/i.test(failureReason)) resolve({ ok: false, reason: CANCELED });
      else resolve({ ok: false, reason: failureReason || 'print failed' });
    });
  });
}

export async function printPageToPdf(
  contents: WebContents,
  parent: BrowserWindow | null,
  args: { suggestedName: string; pageSize: PageSize; landscape: boolean },
): Promise<Result<{ path: string }>> {
  const name = /\.pdf$/i.test(args.suggestedName) ? args.suggestedName : `${args.suggestedName}.pdf`;
  // Ask first: cancelling should cost nothing.
  const path = await askSavePath(parent, name, [{ name: 'PDF', extensions: ['pdf'] }]);
  if (path === null) return { ok: false, reason: CANCELED };
  const data = await contents.printToPDF({
    pageSize: pdfPageSize(args.pageSize),
    landscape: args.landscape,
    printBackground: true,
  });
  await writeFile(path, data);
  return { ok: true, path };
}
