import { describe, expect, it, vi } from 'vitest';
import { pageSizes } from '@shared/ipc/contract';
import { pdfPageSize, printPageSize } from '../../../electron/main/print';

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
