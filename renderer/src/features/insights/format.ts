// Number and period labels for the insights screen, in the UI language's locale.
import type { Granularity } from '@shared/insights/periods';

export function formatters(locale: string) {
  const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const utc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d || 1);
  };
  return {
    /** A rating to two decimals; "–" for none. */
    rating: (v: number | null) => (v === null ? '–' : rating.format(v)),
    whole: (v: number | null) => (v === null ? '–' : whole.format(v)),
    oneDecimal: (v: number | null) => (v === null ? '–' : oneDecimal.format(v)),
    /** A fraction 0..1 as a percentage; "–" for none. */
    percent: (v: number | null) => (v === null ? '–' : percent.format(v)),
    date: (iso: string) => day.format(utc(iso)),
    /** A period key (2026-03, 2026-Q1, 2026, a day or a week's Monday) as a label. */
    period: (key: string, g: Granularity) => {
      switch (g) {
        case 'month':
          return month.format(utc(`${key}-01`));
        case 'day':
        case 'week':
          return day.format(utc(key));
        default:
          return key;
      }
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;

/** Rounded to `digits` decimals, for CSV figures (null stays null). */
export function round(v: number | null, digits = 4): number | null {
  if (v === null) return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
