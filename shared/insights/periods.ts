// Calendar periods for charts. A period is named by a sortable key: a day `2026-03-14`, a week by its Monday
// `2026-03-09`, a month `2026-03`, a quarter `2026-Q1`, a year `2026`. Every chart aggregates into periods
// before it draws, and never into more than MAX_POINTS of them.
import { addDays, daysBetween } from '../dates';

export const granularities = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Granularity = (typeof granularities)[number];

/** The most points a chart draws (the performance budget); coarser periods are used beyond it. */
export const MAX_POINTS = 400;

/** From and to are both included. */
export interface DateRange {
  from: string;
  to: string;
}

export function inRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** The same day `months` months later (earlier when negative), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = split(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function periodKey(date: string, g: Granularity): string {
  switch (g) {
    case 'day':
      return date;
    case 'week':
      return weekStart(date);
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return date.slice(0, 4);
  }
}

export function periodStart(key: string, g: Granularity): string {
  switch (g) {
    case 'day':
    case 'week':
      return key;
    case 'month':
      return `${key}-01`;
    case 'quarter':
      return `${key.slice(0, 4)}-${pad((Number(key.slice(6)) - 1) * 3 + 1)}-01`;
    case 'year':
      return `${key}-01-01`;
  }
}

export function periodEnd(key: string, g: Granularity): string {
  switch (g) {
    case 'day':
      return key;
    case 'week':
      return addDays(key, 6);
    case 'month':
      return addDays(addMonths(periodStart(key, g), 1), -1);
    case 'quarter':
      return addDays(addMonths(periodStart(key, g), 3), -1);
    case 'year':
      return `${key}-12-31`;
  }
}

/** How many periods of this size the range touches (0 when from > to). */
export function countPeriods(range: DateRange, g: Granularity): number {
  if (range.from > range.to) return 0;
  const [fy, fm] = split(range.from);
  const [ty, tm] = split(range.to);
  switch (g) {
    case 'day':
      return daysBetween(range.from, range.to) + 1;
    case 'week':
      return daysBetween(weekStart(range.from), weekStart(range.to)) / 7 + 1;
    case 'month':
      return (ty - fy) * 12 + (tm - fm) + 1;
    case 'quarter':
      return (ty - fy) * 4 + Math.floor((tm - 1) / 3) - Math.floor((fm - 1) / 3) + 1;
    case 'year':
      return ty - fy + 1;
  }
}

/** The finest granularity, no finer than `finest`, that keeps the range within `maxPoints` periods. */
export function pickGranularity(
  range: DateRange,
  finest: Granularity = 'month',
  maxPoints: number = MAX_POINTS,
): Granularity {
  const from = granularities.indexOf(finest);
  for (const g of granularities.slice(from)) if (countPeriods(range, g) <= maxPoints) return g;
  return 'year';
}

export interface Period {
  key: string;
  /** The period's first and last day (whole periods, even where the range cuts them). */
  start: string;
  end: string;
}

/** The periods the range touches, oldest first. */
export function periodsIn(range: DateRange, g: Granularity): Period[] {
  const out: Period[] = [];
  if (range.from > range.to) return out;
  const last = periodKey(range.to, g);
  let key = periodKey(range.from, g);
  for (;;) {
    const end = periodEnd(key, g);
    out.push({ key, start: periodStart(key, g), end });
    if (key === last) return out;
    key = periodKey(addDays(end, 1), g);
  }
}

/**
 * Items grouped into the periods of a range: every period is there, empty ones too (a month without reviews
 * is a point on the chart, not a missing one); items dated outside the range are left out. The granularity
 * asked for is made coarser when it would give more than MAX_POINTS periods; `granularity` says which was used.
 */
export function bucket<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  range: DateRange,
  finest: Granularity,
): { granularity: Granularity; periods: (Period & { items: T[] })[] } {
  const granularity = pickGranularity(range, finest);
  const periods = periodsIn(range, granularity).map((p) => ({ ...p, items: [] as T[] }));
  const index = new Map(periods.map((p, i) => [p.key, i]));
  for (const item of items) {
    const date = dateOf(item);
    if (!inRange(date, range)) continue;
    const i = index.get(periodKey(date, granularity));
    if (i !== undefined) periods[i]?.items.push(item);
  }
  return { granularity, periods };
}

function weekStart(date: string): string {
  const [y, m, d] = split(date);
  // Weeks start on Monday (ISO 8601), as in Turkey and most of Europe.
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function split(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
