import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageSizes, printArgs, printToPdfArgs } from '@shared/ipc/contract';
import {
  pdfOptions,
  pdfPageSize,
  printOptions,
  printPage,
  printPageSize,
  printPageToPdf,
} from '../../../electron/main/print';

vi.mock('electron', () => import('./electron-mock'));

describe('page sizes', () => {
  it('gives webContents.print custom sizes in microns', () => {
    expect(printPageSize('A6')).toEqual({ width: 105_000, height: 148_000 });
    expect(printPageSize('Card4x6')).toEqual({ width: 101_600, height: 152_400 });
    expect(printPageSize('Card35x2')).toEqual({ width: 88_900, height: 50_800 });
    expect(printPageSize('A4')).toBe('A4');
    expect(printPageSize('Letter')).toBe('Letter');
  });

  it('gives printToPDF custom sizes in inches', () => {
    expect(pdfPageSize('Card4x6')).toEqual({ width: 4, height: 6 });
    expect(pdfPageSize('Card35x2')).toEqual({ width: 3.5, height: 2 });
    const a6 = pdfPageSize('A6') as { width: number; height: number };
    expect(a6.width * 25.4).toBeCloseTo(105, 6);
    expect(a6.height * 25.4).toBeCloseTo(148, 6);
    expect(pdfPageSize('A5')).toBe('A5');
  });

  it('maps every size the contract allows to something Electron accepts', () => {
    const named = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Legal', 'Letter', 'Tabloid'];
    for (const size of pageSizes) {
      for (const mapped of [printPageSize(size), pdfPageSize(size)]) {
        if (typeof mapped === 'string') expect(named).toContain(mapped);
        else expect(mapped.width > 0 && mapped.height > 0).toBe(true);
      }
    }
  });
});

describe('print options', () => {
  it('prints note cards on their own paper with no printer margins', () => {
    expect(printOptions({ silent: false, pageSize: 'Card35x2', landscape: false, margins: 'none' })).toEqual({
      silent: false,
      printBackground: true,
      landscape: false,
      pageSize: { width: 88_900, height: 50_800 },
      margins: { marginType: 'none' },
    });
    expect(printOptions({ silent: false, pageSize: 'A6', landscape: false, margins: 'none' })).toMatchObject({
      pageSize: { width: 105_000, height: 148_000 },
      margins: { marginType: 'none' },
    });
  });

  it("keeps the printer's own margins and paper unless asked", () => {
    const options = printOptions({ silent: false, landscape: false, margins: 'default' });
    expect(options).not.toHaveProperty('margins');
    expect(options).not.toHaveProperty('pageSize');
  });

  it("makes PDFs at the page's CSS size, with zero margins for cards", () => {
    expect(pdfOptions({ pageSize: 'Card4x6', landscape: false, margins: 'none' })).toEqual({
      pageSize: { width: 4, height: 6 },
      landscape: false,
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(pdfOptions({ pageSize: 'A4', landscape: false, margins: 'none' })).toMatchObject({
      pageSize: 'A4',
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(pdfOptions({ pageSize: 'A4', landscape: false, margins: 'default' })).not.toHaveProperty(
      'margins',
    );
  });
});

describe('printing through the handlers', () => {
  it('passes the margins through to webContents.print and printToPDF', async () => {
    const { dialog, fakeWebContents } = await import('./electron-mock');
    const contents = fakeWebContents();
    contents.print.mockImplementation((_o: unknown, done: (ok: boolean, reason: string) => void) =>
      done(true, ''),
    );
    const web = contents as unknown as Parameters<typeof printPage>[0];
    expect(
      await printPage(web, { silent: false, pageSize: 'Card4x6', landscape: false, margins: 'none' }),
    ).toEqual({
      ok: true,
    });
    expect(contents.print.mock.calls[0]?.[0]).toMatchObject({ margins: { marginType: 'none' } });

    const dir = mkdtempSync(join(tmpdir(), 'tezgah-print-'));
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'cards.pdf') });
    const saved = await printPageToPdf(web, null, {
      suggestedName: 'note-cards-2026-05-01',
      pageSize: 'A6',
      landscape: false,
      margins: 'none',
    });
    expect(saved).toEqual({ ok: true, path: join(dir, 'cards.pdf') });
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } }),
    );
    // The suggested name gets its extension.
    expect(dialog.showSaveDialog.mock.calls.at(-1)?.at(-1)).toMatchObject({
      defaultPath: join('/fake/documents', 'note-cards-2026-05-01.pdf'),
    });
  });
});

describe('print arguments', () => {
  it('default to the printer margins and accept none; refuse anything else', () => {
    expect(printArgs.parse({}).margins).toBe('default');
    expect(printArgs.parse({ pageSize: 'A6', margins: 'none' }).margins).toBe('none');
    expect(printToPdfArgs.parse({ suggestedName: 'cards', margins: 'none' })).toMatchObject({
      margins: 'none',
      pageSize: 'A4',
    });
    expect(printArgs.safeParse({ margins: 'tiny' }).success).toBe(false);
    expect(printToPdfArgs.safeParse({ suggestedName: 'x', margins: { top: 0 } }).success).toBe(false);
  });
});
