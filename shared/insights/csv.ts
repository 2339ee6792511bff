// A chart's numbers as CSV (RFC 4180): CRLF between records, a field quoted when it holds a comma, a quote,
// CR or LF, quotes inside doubled. Text that a spreadsheet would run as a formula (starting with = + - @, tab,
// CR or LF) gets a leading apostrophe, also when it holds line breaks (papaparse's escapeFormulae misses
// those). Numbers are written as numbers, so a negative NPS stays a number; null and undefined are empty.
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

/** Records end with CRLF, the last one too; no rows is an empty text. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** A header row from the columns, then one record per row. */
export function tableToCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return toCsv([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = /^[=+\-@\t\r\n]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
