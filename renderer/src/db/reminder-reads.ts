// Reminder reads the first screen needs (the sidebar's count), without the validators of ./reminders.
import { MIN_DATE, isDue } from '@shared/reminders/due';
import { appDb } from './db';
import type { ReadDeps } from './order-reads';

/** Reminders whose date has come: due up to today, and snoozed ones whose snooze ended. */
export async function countDue(today: string, { db = appDb() }: ReadDeps = {}): Promise<number> {
  const [due, snoozed] = await Promise.all([
    db.reminders.where('[state+dueDate]').between(['due', MIN_DATE], ['due', today], true, true).count(),
    db.reminders
      .where('[state+dueDate]')
      .between(['snoozed', MIN_DATE], ['snoozed', '\uffff'], true, true)
      .toArray(),
  ]);
  return due + snoozed.filter((r) => isDue(r, today)).length;
}
