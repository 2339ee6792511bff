// Reminders: written by hand (follow-ups) or by the order rules (./reminder-rules), acted on from the
// Reminders screen, Today, the order and the customer. Writes are validated; every action returns the row
// before and after so the screen can offer Undo (`restoreReminder`).
//
// Reads and the index behind each:
// - due now (Today, notifications): reminders.[state+dueDate], 'due' up to today, plus every 'snoozed'
//   row (few: a snooze is short-lived) filtered by its snooze date
// - the Reminders screen by state and date: the same index, one range per state; closed states newest
//   first, a page at a time
// - an order's / a customer's reminders: reminders.orderId / reminders.customerId
import { z } from 'zod';
import type { Customer } from '@shared/domain/customer';
import { idSchema, isoDateSchema, newId } from '@shared/domain/common';
import type { Order } from '@shared/domain/order';
import { reminderKinds, reminderSchema, reminderStates, type Reminder } from '@shared/domain/other';
import { localDate } from '@shared/dates';
import {
  MAX_DATE,
  MIN_DATE,
  bucketRange,
  compareReminders,
  effectiveDate,
  isDue,
  sortReminders,
  type DueBucket,
} from '@shared/reminders/due';
import { ValidationError, parseOrThrow } from '@shared/validation';
import type { Deps } from './customers';
import { appDb, type TezgahDb } from './db';

export { messageSettingsSetting, reminderRulesSetting } from './reminder-rules';

export type ReminderKind = Reminder['kind'];
export type ReminderState = Reminder['state'];
export type ReminderChange = { before: Reminder; after: Reminder };

const followUpInputSchema = z.object({
  text: z.string().trim().min(1, 'Write what to follow up on').max(2_000),
  dueDate: isoDateSchema,
  customerId: idSchema.optional(),
  orderId: idSchema.optional(),
});
export type FollowUpInput = z.input<typeof followUpInputSchema>;

const gone = () => new ValidationError([{ path: '', message: 'This reminder no longer exists' }], 'reminder');

/**
 * Checks the customer and order a reminder points at; the order's customer is filled in when not given.
 * A reminder about sample rows is a sample row too, so "Remove sample data" leaves nothing dangling.
 */
async function links(db: TezgahDb, input: { customerId?: string; orderId?: string }) {
  let customerId = input.customerId;
  let sample = false;
  if (input.orderId) {
    const order = await db.orders.get(input.orderId);
    if (!order)
      throw new ValidationError([{ path: 'orderId', message: 'This order does not exist' }], 'reminder');
    if (customerId && customerId !== order.customerId) {
      throw new ValidationError(
        [{ path: 'customerId', message: 'The order belongs to another customer' }],
        'reminder',
      );
    }
    customerId = order.customerId;
    sample ||= order.sample === 1;
  }
  if (customerId) {
    const customer = await db.customers.get(customerId);
    if (!customer) {
      throw new ValidationError(
        [{ path: 'customerId', message: 'This customer does not exist' }],
        'reminder',
      );
    }
    sample ||= customer.sample === 1;
  }
  return { customerId, orderId: input.orderId, sample };
}

function withLinks(row: Reminder, l: { customerId?: string; orderId?: string; sample: boolean }): Reminder {
  const next: Reminder = { ...row };
  delete next.customerId;
  delete next.orderId;
  if (l.customerId) next.customerId = l.customerId;
  if (l.orderId) next.orderId = l.orderId;
  if (l.sample) next.sample = 1;
  return next;
}

/** A follow-up written by hand, about a customer and/or an order (or neither). */
export async function createReminder(input: FollowUpInput, { db = appDb(), now = Date.now }: Deps = {}) {
  const parsed = parseOrThrow(followUpInputSchema, input, 'reminder');
  const t = now();
  return db.transaction('rw', db.reminders, db.orders, db.customers, async () => {
    const row = withLinks(
      {
        id: newId(),
        kind: 'follow-up',
        dueDate: parsed.dueDate,
        state: 'due',
        text: parsed.text,
        createdAt: t,
        updatedAt: t,
      },
      await links(db, parsed),
    );
    parseOrThrow(reminderSchema, row, 'reminder');
    await db.reminders.add(row);
    return row;
  });
}

/** Rewords or re-dates a reminder (a new date makes it due again on that date). */
export async function updateReminder(
  id: string,
  input: Pick<FollowUpInput, 'text' | 'dueDate'>,
  deps: Deps = {},
): Promise<ReminderChange> {
  const parsed = parseOrThrow(followUpInputSchema.pick({ text: true, dueDate: true }), input, 'reminder');
  return change(id, deps, (r) => {
    const next: Reminder = { ...r, text: parsed.text, dueDate: parsed.dueDate };
    if (parsed.dueDate !== r.dueDate && r.state === 'snoozed') {
      next.state = 'due';
      delete next.snoozedUntil;
    }
    return next;
  });
}

/** Puts a reminder aside until a later date (after today). */
export async function snoozeReminder(id: string, until: string, deps: Deps = {}): Promise<ReminderChange> {
  const date = parseOrThrow(z.object({ snoozedUntil: isoDateSchema }), { snoozedUntil: until }, 'reminder');
  const today = localDate((deps.now ?? Date.now)());
  if (date.snoozedUntil <= today) {
    throw new ValidationError([{ path: 'snoozedUntil', message: 'Pick a date after today' }], 'reminder');
  }
  return change(id, deps, (r) => ({ ...r, state: 'snoozed', snoozedUntil: date.snoozedUntil }));
}

export function markReminderDone(id: string, deps: Deps = {}) {
  return setReminderState(id, 'done', deps);
}

export function dismissReminder(id: string, deps: Deps = {}) {
  return setReminderState(id, 'dismissed', deps);
}

/** Back to due (from done, dismissed or snoozed), on its own due date. */
export function reopenReminder(id: string, deps: Deps = {}) {
  return setReminderState(id, 'due', deps);
}

/** Done, dismissed or due again. A state that is not one of the four is refused. */
export async function setReminderState(
  id: string,
  state: 'due' | 'done' | 'dismissed',
  deps: Deps = {},
): Promise<ReminderChange> {
  const s = parseOrThrow(z.enum(['due', 'done', 'dismissed']), state, 'reminder state');
  return change(id, deps, (r) => {
    const next: Reminder = { ...r, state: s };
    // Reopened: on its own date again. Closed: the snooze date is kept, so Undo restores it exactly.
    if (s === 'due') delete next.snoozedUntil;
    return next;
  });
}

/** Puts a reminder back exactly as it was (Undo of an action). */
export async function restoreReminder(row: Reminder, { db = appDb() }: Deps = {}) {
  const parsed = parseOrThrow(reminderSchema, row, 'reminder');
  await db.transaction('rw', db.reminders, async () => {
    if (!(await db.reminders.get(parsed.id))) throw gone();
    await db.reminders.put(parsed);
  });
  return parsed;
}

/** Deletes a reminder written by hand (rule reminders are dismissed instead, so they are not made again). */
export async function deleteReminder(id: string, { db = appDb() }: Deps = {}) {
  return db.transaction('rw', db.reminders, async () => {
    const row = await db.reminders.get(id);
    if (!row) throw gone();
    if (row.kind !== 'follow-up') {
      throw new ValidationError([{ path: 'kind', message: 'Dismiss this reminder instead' }], 'reminder');
    }
    await db.reminders.delete(id);
    return row;
  });
}

/** Re-adds a deleted reminder (Undo of a delete). */
export async function readdReminder(row: Reminder, { db = appDb() }: Deps = {}) {
  const parsed = parseOrThrow(reminderSchema, row, 'reminder');
  await db.reminders.put(parsed);
  return parsed;
}

async function change(
  id: string,
  { db = appDb(), now = Date.now }: Deps,
  edit: (r: Reminder) => Reminder,
): Promise<ReminderChange> {
  const t = now();
  return db.transaction('rw', db.reminders, async () => {
    const before = await db.reminders.get(id);
    if (!before) throw gone();
    const next = edit(before);
    // The seller acted on it: a rule no longer reopens it.
    delete next.autoClosed;
    const after = parseOrThrow(reminderSchema, { ...next, updatedAt: t }, 'reminder');
    await db.reminders.put(after);
    return { before, after };
  });
}

// ---- Reads ----

export interface ReadDeps {
  db?: TezgahDb;
}

export function getReminder(id: string, { db = appDb() }: ReadDeps = {}) {
  return db.reminders.get(id);
}

function inState(db: TezgahDb, state: ReminderState, from = MIN_DATE, to = MAX_DATE) {
  return db.reminders.where('[state+dueDate]').between([state, from], [state, to], true, true);
}

/**
 * Reminders whose date has come (overdue first): due up to today, and snoozed ones whose snooze ended.
 * With `limit`, only the first ones (Today shows a few and links to the rest).
 */
export async function dueReminders(
  today: string,
  { db = appDb(), limit }: ReadDeps & { limit?: number } = {},
): Promise<Reminder[]> {
  const range = inState(db, 'due', MIN_DATE, today);
  const [due, snoozed] = await Promise.all([
    (limit === undefined ? range : range.limit(limit)).toArray(),
    inState(db, 'snoozed').toArray(),
  ]);
  const all = sortReminders([...due, ...snoozed.filter((r) => isDue(r, today))]);
  return limit === undefined ? all : all.slice(0, limit);
}

/** How many reminders are due (today or overdue), without reading the due ones' rows. */
export { countDue } from './reminder-reads';

export async function remindersForOrder(orderId: string, { db = appDb() }: ReadDeps = {}) {
  return sortReminders(await db.reminders.where('orderId').equals(orderId).toArray());
}

export async function remindersForCustomer(customerId: string, { db = appDb() }: ReadDeps = {}) {
  return sortReminders(await db.reminders.where('customerId').equals(customerId).toArray());
}

export const stateFilters = ['open', ...reminderStates, 'all'] as const;
export type StateFilter = (typeof stateFilters)[number];
export const kindFilters = ['all', ...reminderKinds] as const;
export type KindFilter = (typeof kindFilters)[number];
export const dueFilters = ['all', 'overdue', 'today', 'upcoming'] as const;
export type DueFilter = DueBucket | 'all';

export interface ReminderFilter {
  /** `open`: due and snoozed (the default). */
  state?: StateFilter;
  kind?: KindFilter;
  /** By the date the reminder asks for attention (a snoozed one's snooze date). */
  due?: DueFilter;
}

export function statesOf(filter: StateFilter): ReminderState[] {
  if (filter === 'open') return ['due', 'snoozed'];
  if (filter === 'all') return [...reminderStates];
  return [filter];
}

/**
 * The Reminders screen: matching reminders in list order (pending by date, then closed newest first), up
 * to `limit`; `more` says whether there are others. Each state is one range of its index, read only as
 * far as the page needs.
 */
export async function listReminders(
  filter: ReminderFilter,
  today: string,
  limit = 100,
  { db = appDb() }: ReadDeps = {},
): Promise<{ rows: Reminder[]; more: boolean }> {
  const kind = filter.kind ?? 'all';
  const [from, to] = bucketRange(filter.due ?? 'all', today);
  const ofKind = (r: Reminder) => kind === 'all' || r.kind === kind;
  const lists = await Promise.all(
    statesOf(filter.state ?? 'open').map(async (state) => {
      if (state === 'snoozed') {
        // Dated by the snooze date, which has no index: read them all (there are few) and filter.
        return (await inState(db, state).toArray()).filter((r) => {
          const d = effectiveDate(r);
          return ofKind(r) && d >= from && d <= to;
        });
      }
      const range = inState(db, state, from, to);
      // Closed reminders accumulate with the years: newest first, only as many as the page shows.
      const ordered = state === 'due' ? range : range.reverse();
      return ordered
        .filter(ofKind)
        .limit(limit + 1)
        .toArray();
    }),
  );
  const all = lists.flat().sort(compareReminders);
  return { rows: all.slice(0, limit), more: all.length > limit };
}

/** The customers and orders these reminders point at, by id (for names, links and messages). */
export async function reminderLinks(
  rows: readonly Reminder[],
  { db = appDb() }: ReadDeps = {},
): Promise<{ customers: Map<string, Customer>; orders: Map<string, Order> }> {
  const customerIds = [...new Set(rows.flatMap((r) => (r.customerId ? [r.customerId] : [])))];
  const orderIds = [...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))];
  const [customers, orders] = await Promise.all([
    db.customers.bulkGet(customerIds),
    db.orders.bulkGet(orderIds),
  ]);
  return {
    customers: new Map(customers.filter((c): c is Customer => !!c).map((c) => [c.id, c])),
    orders: new Map(orders.filter((o): o is Order => !!o).map((o) => [o.id, o])),
  };
}
