// The reminder settings, and the hook the order writes call inside their transaction: the pure rules in
// shared/reminders/rules.ts decide, this applies their plan to the reminders table.
import { newId } from '@shared/domain/common';
import type { Order } from '@shared/domain/order';
import { reminderSchema, type Reminder } from '@shared/domain/other';
import { planOrderReminders } from '@shared/reminders/rules';
import {
  defaultMessageSettings,
  defaultReminderRules,
  messageSettingsSchema,
  reminderRulesSchema,
} from '@shared/reminders/settings';
import { parseOrThrow } from '@shared/validation';
import type { TezgahDb } from './db';
import { defineSetting, readSetting } from './settings';

/** Which reminders the rules make, their delays, and desktop notifications. */
export const reminderRulesSetting = defineSetting(
  'reminders.rules',
  reminderRulesSchema,
  defaultReminderRules,
);

/** The shop name and the seller's own wording of the shipped message and the review request. */
export const messageSettingsSetting = defineSetting(
  'reminders.messages',
  messageSettingsSchema,
  defaultMessageSettings,
);

/**
 * Creates, moves, closes or removes the order's rule reminders after the order was written. Call it inside
 * the order's transaction, which must include the reminders, customers and settings tables.
 */
export async function applyOrderReminderRules(
  db: TezgahDb,
  before: Order | undefined,
  after: Order,
  today: string,
  now: number,
): Promise<void> {
  const [rules, customer, existing] = await Promise.all([
    readSetting(reminderRulesSetting, db),
    db.customers.get(after.customerId),
    db.reminders.where('orderId').equals(after.id).toArray(),
  ]);
  const plan = planOrderReminders({ before, after, existing, customer: customer?.preferences, rules, today });
  if (plan.remove.length > 0) await db.reminders.bulkDelete(plan.remove);
  const rows: Reminder[] = [
    ...plan.update.map((r) => ({ ...r, updatedAt: now })),
    ...plan.create.map((d) => ({ ...d, id: newId(), createdAt: now, updatedAt: now })),
  ];
  if (rows.length === 0) return;
  for (const r of rows) parseOrThrow(reminderSchema, r, 'reminder');
  await db.reminders.bulkPut(rows);
}
