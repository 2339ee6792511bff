// The date range the insights screen looks at, from a preset and the local date of today.
import { addDays } from '../dates';
import type { DateRange } from './periods';

export const rangePresets = ['30d', '90d', '365d', 'all', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

export type RangeChoice =
  { preset: Exclude<RangePreset, 'custom'> } | { preset: 'custom'; from: string; to: string };

const presetDays = { '30d': 30, '90d': 90, '365d': 365 } as const;

/**
 * - 30d / 90d / 365d: the last N days including today (30d on 2026-03-31 is 2026-03-02 to 2026-03-31).
 * - all: from the earliest date in the data (pass it; today when there is no data) to today.
 * - custom: the dates as chosen, swapped when given backwards.
 */
export function dateRange(choice: RangeChoice, today: string, earliest?: string): DateRange {
  switch (choice.preset) {
    case '30d':
    case '90d':
    case '365d':
      return { from: addDays(today, 1 - presetDays[choice.preset]), to: today };
    case 'all':
      return { from: earliest && earliest < today ? earliest : today, to: today };
    case 'custom':
      return choice.from <= choice.to
        ? { from: choice.from, to: choice.to }
        : { from: choice.to, to: choice.from };
  }
}

/** The earliest of some dates, for the `all` range; undefined for none. */
export function earliestDate(dates: Iterable<string>): string | undefined {
  let min: string | undefined;
  for (const d of dates) if (min === undefined || d < min) min = d;
  return min;
}
