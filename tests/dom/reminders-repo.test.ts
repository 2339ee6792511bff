import { beforeEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '@shared/domain/order';
import type { Reminder } from '@shared/domain/other';
import { ValidationError } from '@shared/validation';
import { createCustomer, updateCustomer } from '@/db/customers';
import { createOrder, restoreOrder, setOrderStatus, shipOrder, updateOrder } from '@/db/orders';
import {
  countDue,
  createReminder,
  dismissReminder,
  dueReminders,
  listReminders,
  markReminderDone,
  reminderRulesSetting,
  remindersForCustomer,
  remindersForOrder,
  reopenReminder,
  restoreReminder,
  setReminderState,
  snoozeReminder,
  updateReminder,
} from '@/db/reminders';
import { writeSetting } from '@/db/settings';
import type { TezgahDb } from '@/db/db';
import { freshDb } from './db';

let db: TezgahDb;
let anaId: string;
/** 2026-03-07 12:00 local time: the clock the repositories read for "today". */
const now = () => new Date(2026, 2, 7, 12, 0).getTime();
const deps = () => ({ db, now });

beforeEach(async () => {
  db = freshDb();
  anaId = (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-02' }, { db })).id;
});

function input(over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId: anaId,
    channel: 'etsy',
    externalId: '3141',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2500 }],
    currency: 'USD',
    orderedDate: '2026-03-01',
    shipBy: '2026-03-09',
    ...over,
  };
}

const ofOrder = (orderId: string) => db.reminders.where('orderId').equals(orderId).toArray();

describe('order writes make reminders in the same transaction', () => {
  it('an order becoming ready to pack gets a thank-you note due by its ship-by date', async () => {
    const o = await createOrder(input({ status: 'printing' }), deps());
    expect(await ofOrder(o.id)).toEqual([]);
    await setOrderStatus(o.id, 'ready', '2026-03-07', deps());
    const [note, ...rest] = await ofOrder(o.id);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({
      kind: 'thank-you-note',
      orderId: o.id,
      customerId: anaId,
      dueDate: '2026-03-09',
      state: 'due',
    });
    // Once per order: the seller wrote it; back to printing and ready again makes no second one.
    await markReminderDone(note!.id, deps());
    await setOrderStatus(o.id, 'printing', '2026-03-07', deps());
    await setOrderStatus(o.id, 'ready', '2026-03-07', deps());
    expect(await ofOrder(o.id)).toEqual([expect.objectContaining({ id: note!.id, state: 'done' })]);
  });

  it('writes nothing when the reminder part fails: the order stays as it was', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    const [note] = await ofOrder(o.id);
    // A damaged reminder row (written behind the repository's back) makes the rules' update invalid.
    await db.reminders.put({ ...note!, dueDate: 'not-a-date' });
    const err = await shipOrder(o.id, '2026-03-08', 'TRACK1', deps()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const after = await db.orders.get(o.id);
    expect(after?.status).toBe('ready');
    expect(after?.trackingNumber).toBeUndefined();
    expect(await ofOrder(o.id)).toHaveLength(1);
  });

  it('shipping makes a review request due transit + delay days later and closes the note', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    await shipOrder(o.id, '2026-03-08', 'TRACK1', deps());
    const rows = await ofOrder(o.id);
    expect(rows.find((r) => r.kind === 'review-request')).toMatchObject({
      dueDate: '2026-03-17',
      state: 'due',
      customerId: anaId,
    });
    expect(rows.find((r) => r.kind === 'thank-you-note')).toMatchObject({ state: 'done', autoClosed: true });
  });

  it('delivery moves the review request; undoing it moves it back', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    await shipOrder(o.id, '2026-03-08', undefined, deps());
    const { before } = await setOrderStatus(o.id, 'delivered', '2026-03-10', deps());
    const review = async () => (await ofOrder(o.id)).find((r) => r.kind === 'review-request');
    expect((await review())?.dueDate).toBe('2026-03-15');
    await restoreOrder(before, deps());
    expect((await review())?.dueDate).toBe('2026-03-17');
  });

  it('undoing the shipping removes the review request and reopens the note', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    const noteBefore = (await ofOrder(o.id))[0];
    const { before } = await shipOrder(o.id, '2026-03-08', undefined, deps());
    await restoreOrder(before, deps());
    const rows = await ofOrder(o.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: noteBefore?.id, state: 'due', dueDate: '2026-03-09' });
    expect(rows[0]?.autoClosed).toBeUndefined();
  });

  it('a delivery date entered in the edit form moves the pending request', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    await shipOrder(o.id, '2026-03-08', undefined, deps());
    await updateOrder(
      o.id,
      { ...input(), status: 'shipped', shippedDate: '2026-03-08', deliveredDate: '2026-03-09' },
      deps(),
    );
    expect((await ofOrder(o.id)).find((r) => r.kind === 'review-request')?.dueDate).toBe('2026-03-14');
  });

  it('cancelling dismisses pending rule reminders and keeps follow-ups; restoring reopens them', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    const followUp = await createReminder(
      { text: 'Ask about the colour', dueDate: '2026-03-10', orderId: o.id },
      deps(),
    );
    const { before } = await setOrderStatus(o.id, 'cancelled', '2026-03-07', deps());
    const rows = await ofOrder(o.id);
    expect(rows.find((r) => r.kind === 'thank-you-note')).toMatchObject({
      state: 'dismissed',
      autoClosed: true,
    });
    expect(rows.find((r) => r.kind === 'follow-up')).toEqual(followUp);
    await restoreOrder(before, deps());
    expect((await ofOrder(o.id)).find((r) => r.kind === 'thank-you-note')?.state).toBe('due');
  });

  it('makes no review request for a customer who opted out, an old order, or with the rule off', async () => {
    const optedOut = await createCustomer(
      {
        name: 'Bea',
        createdDate: '2026-01-02',
        preferences: { noReviewRequests: true, noSurprises: false, noteLanguage: 'en' },
      },
      { db },
    );
    const a = await createOrder(input({ customerId: optedOut.id, externalId: '1', status: 'ready' }), deps());
    await shipOrder(a.id, '2026-03-07', undefined, deps());
    expect((await ofOrder(a.id)).some((r) => r.kind === 'review-request')).toBe(false);

    // Entered long after: delivered 2025-11-01, the 100-day window closed on 2026-02-09.
    const old = await createOrder(
      input({ externalId: '2', status: 'delivered', shippedDate: '2025-10-28', deliveredDate: '2025-11-01' }),
      deps(),
    );
    expect(await ofOrder(old.id)).toEqual([]);

    await writeSetting(
      reminderRulesSetting,
      { ...reminderRulesSetting.fallback, reviewRequest: false },
      { db },
    );
    const c = await createOrder(input({ externalId: '3', status: 'ready' }), deps());
    await shipOrder(c.id, '2026-03-07', undefined, deps());
    expect((await ofOrder(c.id)).map((r) => r.kind)).toEqual(['thank-you-note']);
  });

  it('a pending request is dismissed at the next order write once the customer opted out', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    await shipOrder(o.id, '2026-03-07', undefined, deps());
    const ana = await db.customers.get(anaId);
    await updateCustomer(
      anaId,
      { ...ana!, preferences: { ...ana!.preferences, noReviewRequests: true } },
      { db },
    );
    await setOrderStatus(o.id, 'delivered', '2026-03-09', deps());
    expect((await ofOrder(o.id)).find((r) => r.kind === 'review-request')?.state).toBe('dismissed');
  });

  it('sample orders make sample reminders (removed with the sample shop)', async () => {
    const o = await createOrder(input({ status: 'ready', sample: 1 }), deps());
    expect((await ofOrder(o.id))[0]?.sample).toBe(1);
  });
});

describe('reminders written by hand', () => {
  it('fills in the order’s customer and validates every field; nothing is written on failure', async () => {
    const o = await createOrder(input(), deps());
    const r = await createReminder(
      { text: '  Ask about the colour ', dueDate: '2026-03-12', orderId: o.id },
      deps(),
    );
    expect(r).toMatchObject({
      kind: 'follow-up',
      text: 'Ask about the colour',
      customerId: anaId,
      orderId: o.id,
      state: 'due',
      dueDate: '2026-03-12',
      createdAt: now(),
    });
    const count = await db.reminders.count();
    const bad = async (value: Parameters<typeof createReminder>[0], path: string) => {
      const e = await createReminder(value, deps()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toContain(path);
    };
    await bad({ text: 'x', dueDate: '2026-02-30' }, 'dueDate');
    await bad({ text: 'x', dueDate: '12/03/2026' }, 'dueDate');
    await bad({ text: '   ', dueDate: '2026-03-12' }, 'text');
    await bad({ text: 'x', dueDate: '2026-03-12', orderId: 'no-such-order' }, 'orderId');
    await bad({ text: 'x', dueDate: '2026-03-12', customerId: 'no-such-customer' }, 'customerId');
    const bea = await createCustomer({ name: 'Bea', createdDate: '2026-01-02' }, { db });
    await bad({ text: 'x', dueDate: '2026-03-12', orderId: o.id, customerId: bea.id }, 'customerId');
    expect(await db.reminders.count()).toBe(count);
  });

  it('is a sample row when it is about a sample order, so removing the sample shop takes it too', async () => {
    const o = await createOrder(input({ sample: 1 }), deps());
    const r = await createReminder(
      { text: 'Sample follow-up', dueDate: '2026-03-12', orderId: o.id },
      deps(),
    );
    expect(r.sample).toBe(1);
    const own = await createReminder({ text: 'Mine', dueDate: '2026-03-12', customerId: anaId }, deps());
    expect(own.sample).toBeUndefined();
  });

  it('rewords and re-dates a follow-up', async () => {
    const r = await createReminder({ text: 'Call', dueDate: '2026-03-12', customerId: anaId }, deps());
    const { after } = await updateReminder(r.id, { text: 'Call back', dueDate: '2026-03-14' }, deps());
    expect(after).toMatchObject({ text: 'Call back', dueDate: '2026-03-14' });
  });
});

describe('acting on a reminder', () => {
  let r: Reminder;
  beforeEach(async () => {
    r = await createReminder({ text: 'Follow up', dueDate: '2026-03-07', customerId: anaId }, deps());
  });

  it('snoozes until a later date, and Undo puts it back exactly', async () => {
    const { before, after } = await snoozeReminder(r.id, '2026-03-10', deps());
    expect(before).toEqual(r);
    expect(after).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-03-10', dueDate: '2026-03-07' });
    expect(await dueReminders('2026-03-07', { db })).toEqual([]);
    expect((await dueReminders('2026-03-10', { db })).map((x) => x.id)).toEqual([r.id]);
    await restoreReminder(before, { db });
    expect(await db.reminders.get(r.id)).toEqual(r);
  });

  it('refuses a snooze to today, the past or an impossible date', async () => {
    for (const until of ['2026-03-07', '2026-03-01', '2026-02-31', 'soon']) {
      await expect(snoozeReminder(r.id, until, deps())).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await db.reminders.get(r.id)).toEqual(r);
  });

  it('marks done, dismisses and reopens', async () => {
    expect((await markReminderDone(r.id, deps())).after.state).toBe('done');
    expect(await countDue('2026-03-07', { db })).toBe(0);
    expect((await reopenReminder(r.id, deps())).after.state).toBe('due');
    expect(await countDue('2026-03-07', { db })).toBe(1);
    await snoozeReminder(r.id, '2026-03-09', deps());
    const { after } = await dismissReminder(r.id, deps());
    expect(after.state).toBe('dismissed');
    const reopened = (await reopenReminder(r.id, deps())).after;
    expect(reopened.state).toBe('due');
    expect(reopened.snoozedUntil).toBeUndefined();
  });

  it('refuses an unknown state, a bad row and a reminder that is gone', async () => {
    await expect(setReminderState(r.id, 'archived' as 'done', deps())).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(restoreReminder({ ...r, state: 'archived' as 'done' }, { db })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(restoreReminder({ ...r, dueDate: '2026-13-01' }, { db })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(markReminderDone('no-such-reminder', deps())).rejects.toBeInstanceOf(ValidationError);
    expect(await db.reminders.get(r.id)).toEqual(r);
  });

  it('a seller’s action is final: undoing the order’s shipping does not reopen a note they closed', async () => {
    const o = await createOrder(input({ externalId: '77', status: 'ready' }), deps());
    const note = (await ofOrder(o.id))[0]!;
    const { before } = await shipOrder(o.id, '2026-03-08', undefined, deps());
    // The seller marks the (auto-done) note done themselves, then undoes the shipping.
    await markReminderDone(note.id, deps());
    await restoreOrder(before, deps());
    expect((await db.reminders.get(note.id))?.state).toBe('done');
  });
});

describe('reading reminders', () => {
  it('lists due ones (with ended snoozes), counts them, and filters the screen’s list', async () => {
    const mk = (text: string, dueDate: string) =>
      createReminder({ text, dueDate, customerId: anaId }, deps());
    await mk('overdue', '2026-03-01');
    await mk('today', '2026-03-07');
    await mk('later', '2026-03-20');
    const snoozedEnded = await mk('snoozed-ended', '2026-02-01');
    await db.reminders.update(snoozedEnded.id, { state: 'snoozed', snoozedUntil: '2026-03-06' });
    const snoozedLater = await mk('snoozed-later', '2026-02-01');
    await snoozeReminder(snoozedLater.id, '2026-03-09', deps());
    const done = await mk('done', '2026-03-02');
    await markReminderDone(done.id, deps());

    const texts = (rows: Reminder[]) => rows.map((r) => r.text);
    expect(texts(await dueReminders('2026-03-07', { db }))).toEqual(['overdue', 'snoozed-ended', 'today']);
    expect(await countDue('2026-03-07', { db })).toBe(3);
    expect(texts(await dueReminders('2026-03-07', { db, limit: 2 }))).toEqual(['overdue', 'snoozed-ended']);

    const list = async (f: Parameters<typeof listReminders>[0], limit?: number) =>
      listReminders(f, '2026-03-07', limit, { db });
    expect(texts((await list({})).rows)).toEqual([
      'overdue',
      'snoozed-ended',
      'today',
      'snoozed-later',
      'later',
    ]);
    expect(texts((await list({ due: 'overdue' })).rows)).toEqual(['overdue', 'snoozed-ended']);
    expect(texts((await list({ due: 'today' })).rows)).toEqual(['today']);
    expect(texts((await list({ due: 'upcoming' })).rows)).toEqual(['snoozed-later', 'later']);
    expect(texts((await list({ state: 'done' })).rows)).toEqual(['done']);
    expect(texts((await list({ state: 'snoozed' })).rows)).toEqual(['snoozed-ended', 'snoozed-later']);
    expect(texts((await list({ kind: 'thank-you-note' })).rows)).toEqual([]);
    expect((await list({ state: 'all' })).rows).toHaveLength(6);
    const page = await list({ state: 'all' }, 4);
    expect(texts(page.rows)).toEqual(['overdue', 'snoozed-ended', 'today', 'snoozed-later']);
    expect(page.more).toBe(true);
    expect((await list({ state: 'all' }, 6)).more).toBe(false);
  });

  it('lists an order’s and a customer’s reminders, pending first', async () => {
    const o = await createOrder(input({ status: 'ready' }), deps());
    const f = await createReminder({ text: 'Call', dueDate: '2026-03-08', orderId: o.id }, deps());
    await markReminderDone(f.id, deps());
    const own = await createReminder({ text: 'Birthday', dueDate: '2026-04-01', customerId: anaId }, deps());
    expect((await remindersForOrder(o.id, { db })).map((r) => r.kind)).toEqual([
      'thank-you-note',
      'follow-up',
    ]);
    expect((await remindersForCustomer(anaId, { db })).map((r) => r.text ?? r.kind)).toEqual([
      'thank-you-note',
      'Birthday',
      'Call',
    ]);
    expect(own.orderId).toBeUndefined();
  });
});
