import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron';
import { CANCELED, type PageSize, type PrintMargins, type Result } from '@shared/ipc/contract';
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

/** Options for `webContents.print`: the chosen paper, and no printer margins when the page asks for none. */
export function printOptions(args: {
  silent: boolean;
  pageSize?: PageSize | undefined;
  landscape: boolean;
  margins?: PrintMargins | undefined;
}): WebContentsPrintOptions {
  return {
    silent: args.silent,
    printBackground: true,
    landscape: args.landscape,
    ...(args.pageSize ? { pageSize: printPageSize(args.pageSize) } : {}),
    ...(args.margins === 'none' ? { margins: { marginType: 'none' as const } } : {}),
  };
}

/**
 * Options for `webContents.printToPDF`. A page's CSS `@page { size }` wins over `pageSize` (so a card is
 * exactly its size); margins 'none' puts the page's own layout on the paper's edges.
 */
export function pdfOptions(args: {
  pageSize: PageSize;
  landscape: boolean;
  margins?: PrintMargins | undefined;
}): PrintToPDFOptions {
  return {
    pageSize: pdfPageSize(args.pageSize),
    landscape: args.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    ...(args.margins === 'none' ? { margins: { top: 0, bottom: 0, left: 0, right: 0 } } : {}),
  };
}

export function printPage(
  contents: WebContents,
  args: {
    silent: boolean;
    pageSize?: PageSize | undefined;
    landscape: boolean;
    margins?: PrintMargins | undefined;
  },
): Promise<Result> {
  const options = printOptions(args);
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
  args: { suggestedName: string; pageSize: PageSize; landscape: boolean; margins?: PrintMargins | undefined },
): Promise<Result<{ path: string }>> {
  const name = /\.pdf$/i.test(args.suggestedName) ? args.suggestedName : `${args.suggestedName}.pdf`;
  // Ask first: cancelling should cost nothing.
  const path = await askSavePath(parent, name, [{ name: 'PDF', extensions: ['pdf'] }]);
  if (path === null) return { ok: false, reason: CANCELED };
  const data = await contents.printToPDF(pdfOptions(args));
  await writeFile(path, data);
  return { ok: true, path };
}
