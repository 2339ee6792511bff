// Calendar-date arithmetic on `YYYY-MM-DD` strings. "Today" is always passed in, never read here.

/** The local calendar date of a moment, in the runtime's time zone. */
export function localDate(moment: Date | number): string {
  const d = typeof moment === 'number' ? new Date(moment) : moment;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // UTC arithmetic: a calendar day is a calendar day, whatever daylight saving does locally.
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(...ymd(from));
  const b = Date.UTC(...ymd(to));
  return Math.round((b - a) / 86_400_000);
}

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
