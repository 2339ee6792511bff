// The desktop notification for due reminders: one summary ("3 reminders due"), not repeated for the same
// reminders on the same day. Loaded by ReminderNotifier after start, so the first screen does not carry it.
import type { TFunction } from 'i18next';
import { dueReminders, reminderLinks } from '@/db/reminders';
import { reminderRulesSetting } from '@/db/reminder-rules';
import { readSetting } from '@/db/settings';
import type { TezgahDb } from '@/db/db';
import { appDb } from '@/db/db';
import { notificationPermission } from './permission';
import { reminderTitle } from './titles';

/** Where the reminders already announced today are kept: `{ date, ids }`. */
export const NOTIFIED_KEY = 'tezgah.reminders.notified';
const LINES = 3;

export type NotifyResult = 'off' | 'no-permission' | 'none' | 'seen' | 'shown';

export interface NotifyDeps {
  db?: TezgahDb;
  today: string;
  t: TFunction<'reminders'>;
  /** Clicking the notification: bring the app forward and open the reminders. */
  onOpen: () => void;
  storage?: Storage;
}

function seenToday(storage: Storage, today: string): Set<string> {
  try {
    const v = JSON.parse(storage.getItem(NOTIFIED_KEY) ?? 'null') as { date?: unknown; ids?: unknown } | null;
    if (v && v.date === today && Array.isArray(v.ids)) return new Set(v.ids.map(String));
  } catch {
    // A damaged value: announce again.
  }
  return new Set();
}

/** Shows one notification for the due reminders when enabled, allowed, and something new is due today. */
export async function notifyDueReminders({
  db = appDb(),
  today,
  t,
  onOpen,
  storage = localStorage,
}: NotifyDeps): Promise<NotifyResult> {
  const rules = await readSetting(reminderRulesSetting, db);
  if (!rules.notifications) return 'off';
  if (notificationPermission() !== 'granted') return 'no-permission';
  const due = await dueReminders(today, { db });
  if (due.length === 0) return 'none';
  const seen = seenToday(storage, today);
  if (due.every((r) => seen.has(r.id))) return 'seen';

  const first = due.slice(0, LINES);
  const { customers, orders } = await reminderLinks(first, { db });
  const lines = first.map((r) => {
    const name = r.customerId ? customers.get(r.customerId)?.name : undefined;
    const title = reminderTitle(r, r.orderId ? orders.get(r.orderId) : undefined, t);
    return name ? `${title} · ${name}` : title;
  });
  if (due.length > LINES) lines.push(t('notification.more', { count: due.length - LINES }));
  const n = new Notification(t('notification.title', { count: due.length }), {
    body: lines.join('\n'),
    tag: 'tezgah-reminders',
  });
  n.onclick = () => {
    window.focus();
    onOpen();
    n.close();
  };
  storage.setItem(
    NOTIFIED_KEY,
    JSON.stringify({ date: today, ids: [...new Set([...seen, ...due.map((r) => r.id)])] }),
  );
  return 'shown';
}
