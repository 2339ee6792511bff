import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { addDays, localDate } from '@shared/dates';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { createReminder, reminderRulesSetting } from '@/db/reminders';
import { writeSetting } from '@/db/settings';
import { i18next, initI18n } from '@/app/i18n';
import { NOTIFIED_KEY, notifyDueReminders } from '@/features/reminders/notifier';
import { ReminderNotifier } from '@/features/reminders/ReminderNotifier';
import { renderApp } from './render';
import { resetAppDb } from './db';

/** Stands in for the browser's (and Electron's) Notification. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  static shown: FakeNotification[] = [];
  onclick: (() => void) | null = null;
  close = vi.fn();
  constructor(
    readonly title: string,
    readonly options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }
}

const today = localDate(Date.now());
let anaId: string;

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  FakeNotification.permission = 'granted';
  FakeNotification.shown = [];
  vi.stubGlobal('Notification', FakeNotification);
  await initI18n('en', { preloadAll: true });
  anaId = (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-01' })).id;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const t = () => i18next.getFixedT('en', 'reminders');

async function seedDue() {
  await createOrder({
    customerId: anaId,
    channel: 'etsy',
    externalId: '3141',
    currency: 'USD',
    orderedDate: addDays(today, -3),
    items: [{ title: 'Dragon', quantity: 1, unitPrice: 1000 }],
    status: 'ready',
  });
  await createReminder({ text: 'Send the spare part', dueDate: addDays(today, -1), customerId: anaId });
  // Not due yet: not counted.
  await createReminder({ text: 'Later', dueDate: addDays(today, 2) });
}

describe('desktop notification for due reminders', () => {
  it('shows one summary with the count, not again for the same reminders today, again for new ones', async () => {
    await seedDue();
    const onOpen = vi.fn();
    expect(await notifyDueReminders({ today, t: t(), onOpen })).toBe('shown');
    expect(FakeNotification.shown).toHaveLength(1);
    const n = FakeNotification.shown[0]!;
    expect(n.title).toBe('2 reminders due');
    expect(n.options.body).toBe(
      'Send the spare part · Ana Muñoz\nWrite the thank-you note for order 3141 · Ana Muñoz',
    );

    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    n.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(n.close).toHaveBeenCalled();

    // An hour later, nothing new: no second notification.
    expect(await notifyDueReminders({ today, t: t(), onOpen })).toBe('seen');
    expect(FakeNotification.shown).toHaveLength(1);

    // A new one is due: announced, with the whole count.
    await createReminder({ text: 'Call the courier', dueDate: today });
    expect(await notifyDueReminders({ today, t: t(), onOpen })).toBe('shown');
    expect(FakeNotification.shown[1]?.title).toBe('3 reminders due');

    // The next day the same reminders are announced again.
    expect(await notifyDueReminders({ today: addDays(today, 1), t: t(), onOpen })).toBe('shown');
    expect(JSON.parse(localStorage.getItem(NOTIFIED_KEY) ?? '{}').date).toBe(addDays(today, 1));
  });

  it('summarises many reminders in three lines and "and n more"', async () => {
    // Made a millisecond apart: same-day reminders are listed in the order they were made.
    for (let i = 0; i < 5; i++)
      await createReminder({ text: `Task ${i}`, dueDate: today }, { now: () => Date.now() + i });
    await notifyDueReminders({ today, t: t(), onOpen: () => undefined });
    expect(FakeNotification.shown[0]?.title).toBe('5 reminders due');
    expect(FakeNotification.shown[0]?.options.body).toBe('Task 0\nTask 1\nTask 2\nand 2 more');
  });

  it('stays quiet when turned off, not allowed, or nothing is due', async () => {
    expect(await notifyDueReminders({ today, t: t(), onOpen: () => undefined })).toBe('none');
    await seedDue();
    FakeNotification.permission = 'default';
    expect(await notifyDueReminders({ today, t: t(), onOpen: () => undefined })).toBe('no-permission');
    FakeNotification.permission = 'granted';
    await writeSetting(reminderRulesSetting, { ...reminderRulesSetting.fallback, notifications: false });
    expect(await notifyDueReminders({ today, t: t(), onOpen: () => undefined })).toBe('off');
    expect(FakeNotification.shown).toEqual([]);
    // Never asks for permission by itself.
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
  });

  it('is shown by the mounted notifier at start, and a click opens the reminders', async () => {
    await seedDue();
    function Where() {
      return <output aria-label="location">{useLocation().pathname}</output>;
    }
    await renderApp(
      <>
        <ReminderNotifier startDelayMs={0} />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </>,
      { path: '/today' },
    );
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    expect(FakeNotification.shown[0]?.title).toBe('2 reminders due');
    vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    FakeNotification.shown[0]?.onclick?.();
    await waitFor(() => expect(screen.getByLabelText('location')).toHaveTextContent('/reminders'));
  });

  it('the mounted notifier respects the setting', async () => {
    await seedDue();
    await writeSetting(reminderRulesSetting, { ...reminderRulesSetting.fallback, notifications: false });
    await renderApp(<ReminderNotifier startDelayMs={0} intervalMs={50} />);
    // Several checks run (the interval is short); none shows anything.
    await new Promise((r) => setTimeout(r, 400));
    expect(FakeNotification.shown).toEqual([]);
    // Turned on: the next hourly check (here: 50 ms) shows them.
    await writeSetting(reminderRulesSetting, { ...reminderRulesSetting.fallback, notifications: true });
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
  });
});
