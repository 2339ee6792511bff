// Locale-aware money and date formatting with Intl. Pure: the locale is always passed in.

/** How many minor digits a currency has (2 for USD/EUR/TRY, 0 for JPY). */
export function minorDigits(currency: string): number {
  try {
    return moneyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const major = minor / 10 ** digits;
  try {
    return moneyFormat(locale, currency).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

// Formatters are cached: building one costs far more than using it, and lists format an amount per row.
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency }); // throws on an unknown currency
    moneyFormats.set(key, f);
  }
  return f;
}

/** The amount as the seller would type it, e.g. 1250 USD -> "12.50". */
export function minorToInput(minor: number, currency: string): string {
  return (minor / 10 ** minorDigits(currency)).toFixed(minorDigits(currency));
}

/**
 * Reads an amount a person typed ("12.5", "12,50", "1.234,50", "1,234.50") into minor units, or
 * undefined when it is not a number. The last separator followed by 1-2 digits is the decimal one.
 */
export function parseMoneyInput(text: string, currency: string): number | undefined {
  const s = text.trim().replace(/\s/g, '');
  if (!/^-?[0-9.,]+$/.test(s)) return undefined;
  const m = /^(-?[0-9.,]*?)(?:[.,]([0-9]{1,2}))?$/.exec(s);
  if (!m) return undefined;
  const whole = (m[1] ?? '').replace(/[.,]/g, '');
  const frac = m[2] ?? '';
  if (whole === '' && frac === '') return undefined;
  const digits = minorDigits(currency);
  const value = Number(`${whole || '0'}.${frac || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return Math.round(value * 10 ** digits);
}

/** A calendar date (`YYYY-MM-DD`) shown in the locale, without any time-zone shift. */
export function formatDate(date: string, locale: string, style: 'medium' | 'short' = 'medium'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dateFormat(locale, style).format(dt);
}

// Building an Intl.DateTimeFormat costs far more than using one, and long lists format a date per row.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, style: 'medium' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}
