// When a reminder is due, and how lists order reminders. "Today" is a local calendar date passed in.
import { addDays } from '../dates';
import type { Reminder } from '../domain/other';

type Dated = Pick<Reminder, 'state' | 'dueDate' | 'snoozedUntil'>;

/** Still to do: due, or snoozed (until a date). */
export function isPending(r: Pick<Reminder, 'state'>): boolean {
  return r.state === 'due' || r.state === 'snoozed';
}

/** The date a reminder asks for attention: its snooze date while snoozed, else its due date. */
export function effectiveDate(r: Dated): string {
  return r.state === 'snoozed' && r.snoozedUntil ? r.snoozedUntil : r.dueDate;
}

/** Pending and its date has come (today or earlier). */
export function isDue(r: Dated, today: string): boolean {
  return isPending(r) && effectiveDate(r) <= today;
}

/** Pending and its date is before today. */
export function isOverdue(r: Dated, today: string): boolean {
  return isPending(r) && effectiveDate(r) < today;
}

export type DueBucket = 'overdue' | 'today' | 'upcoming';
export const dueBuckets = ['overdue', 'today', 'upcoming'] as const;

/** Where a reminder's date falls relative to today. */
export function dueBucket(r: Dated, today: string): DueBucket {
  const d = effectiveDate(r);
  return d < today ? 'overdue' : d === today ? 'today' : 'upcoming';
}

/** The inclusive date range of a bucket (for index ranges): `[from, to]`. */
export function bucketRange(bucket: DueBucket | 'all', today: string): [string, string] {
  switch (bucket) {
    case 'overdue':
      return [MIN_DATE, addDays(today, -1)];
    case 'today':
      return [today, today];
    case 'upcoming':
      return [addDays(today, 1), MAX_DATE];
    default:
      return [MIN_DATE, MAX_DATE];
  }
}

export const MIN_DATE = '0000-00-00';
export const MAX_DATE = '9999-99-99';

const kindOrder: Record<Reminder['kind'], number> = {
  'thank-you-note': 0,
  'review-request': 1,
  'follow-up': 2,
};

/**
 * List order: pending reminders first, earliest date first (so overdue leads); then closed ones, latest
 * due date first. Ties: thank-you notes, review requests, follow-ups; then oldest made first.
 */
export function compareReminders(
  a: Dated & Pick<Reminder, 'kind' | 'createdAt' | 'id'>,
  b: Dated & Pick<Reminder, 'kind' | 'createdAt' | 'id'>,
): number {
  const pa = isPending(a);
  const pb = isPending(b);
  if (pa !== pb) return pa ? -1 : 1;
  const da = effectiveDate(a);
  const db = effectiveDate(b);
  if (da !== db) return (da < db ? -1 : 1) * (pa ? 1 : -1);
  return (
    kindOrder[a.kind] - kindOrder[b.kind] ||
    a.createdAt - b.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortReminders<T extends Parameters<typeof compareReminders>[0]>(list: readonly T[]): T[] {
  return [...list].sort(compareReminders);
}

/** The date "snooze for n days" picks: n calendar days after today. */
export function snoozeDate(today: string, days: number): string {
  return addDays(today, days);
}
