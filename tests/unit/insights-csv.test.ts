import { describe, expect, it } from 'vitest';
import { csvField, tableToCsv, toCsv } from '@shared/insights/csv';

describe('CSV export', () => {
  it('quotes only what needs quoting and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['period', 'average', 'note'],
        ['2026-01', 4.5, 'ok, fine'],
        ['2026-02', null, 'say "hi"'],
        ['2026-03', undefined, 'line 1\nline 2'],
      ]),
    ).toBe(
      'period,average,note\r\n2026-01,4.5,"ok, fine"\r\n2026-02,,"say ""hi"""\r\n2026-03,,"line 1\nline 2"\r\n',
    );
    expect(toCsv([])).toBe('');
  });

  it('guards text a spreadsheet would run as a formula, line breaks or not', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+90 555')).toBe("'+90 555");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('=1+1\n=2')).toBe('"\'=1+1\n=2"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, so a negative NPS stays a number', () => {
    expect(csvField(-20)).toBe('-20');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('writes a table from its columns', () => {
    const rows = [
      { period: '2026-01', nps: -12.5, n: 8 },
      { period: '2026-02', nps: null, n: 0 },
    ];
    expect(
      tableToCsv(
        [
          { header: 'Month', value: (r: (typeof rows)[number]) => r.period },
          { header: 'NPS', value: (r) => r.nps },
          { header: 'Answers', value: (r) => r.n },
        ],
        rows,
      ),
    ).toBe('Month,NPS,Answers\r\n2026-01,-12.5,8\r\n2026-02,,0\r\n');
  });
});
