// Reminders where the seller meets them: the order page (with its message buttons), the customer page and
// the settings card.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { addDays, localDate } from '@shared/dates';
import type { CustomerInput } from '@shared/domain/customer';
import type { OrderInput } from '@shared/domain/order';
import { defaultMessages } from '@shared/reminders/messages';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { messageSettingsSetting, reminderRulesSetting } from '@/db/reminders';
import { readSetting, writeSetting } from '@/db/settings';
import { shopSetting } from '@/db/shop-settings';
import OrderPage from '@/features/orders/OrderPage';
import CustomerPage from '@/features/customers/CustomerPage';
import { ReminderSettingsCard } from '@/features/reminders/ReminderSettingsCard';
import { renderApp } from './render';
import { resetAppDb } from './db';

const pages = (
  <Routes>
    <Route path="/orders/:id" element={<OrderPage />} />
    <Route path="/customers/:id" element={<CustomerPage />} />
  </Routes>
);

const today = localDate(Date.now());

async function customer(over: Partial<CustomerInput> = {}) {
  return (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-01', ...over })).id;
}

function order(customerId: string, over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    externalId: '3141',
    currency: 'USD',
    orderedDate: addDays(today, -3),
    shipBy: addDays(today, 2),
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2500 }],
    ...over,
  };
}

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
});

afterEach(() => vi.unstubAllGlobals());

const section = () => screen.findByRole('region', { name: 'Reminders' });

describe('order page', () => {
  it('shows the order’s reminders, and shipping replaces the note with a review request', async () => {
    const o = await createOrder(order(await customer(), { status: 'ready' }));
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/${o.id}` });
    const box = await section();
    const note = await within(box).findByRole('listitem', {
      name: 'Write the thank-you note for order 3141',
    });
    expect(within(note).getByText(/^Due /)).toBeInTheDocument();
    expect((await appDb().reminders.toArray())[0]?.dueDate).toBe(addDays(today, 2));

    await user.click(screen.getByRole('button', { name: 'Mark shipped' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Mark shipped' }));
    // The request is due 4 days in transit + 5 days after delivery.
    const request = await within(box).findByRole('listitem', { name: 'Ask for a review of order 3141' });
    expect(request).toBeInTheDocument();
    const rows = await appDb().reminders.where('orderId').equals(o.id).toArray();
    expect(rows.find((r) => r.kind === 'review-request')?.dueDate).toBe(addDays(today, 9));
    // The done note hides behind the toggle.
    await waitFor(() =>
      expect(within(box).queryByRole('listitem', { name: /thank-you note/ })).not.toBeInTheDocument(),
    );
    await user.click(within(box).getByRole('button', { name: 'Show 1 done or dismissed' }));
    expect(within(box).getByRole('listitem', { name: /thank-you note/ })).toHaveTextContent('Done');
  });

  it('copies the shipped message and the review request, rendered for this customer', async () => {
    const o = await createOrder(
      order(await customer(), { status: 'shipped', shippedDate: today, trackingNumber: '9400 1234' }),
    );
    await writeSetting(shopSetting, { name: 'Filament & Co', noteMode: 'handwritten' });
    const user = userEvent.setup();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await renderApp(pages, { path: `/orders/${o.id}` });

    await user.click(await screen.findByRole('button', { name: 'Copy shipped message' }));
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    expect(write.mock.calls[0]![0]).toBe(
      [
        'Hi Ana,',
        '',
        'Good news: your order 3141 (Articulated dragon) is on its way!',
        '',
        'You can follow the parcel with this tracking number: 9400 1234',
        '',
        'If you have any questions, just reply to this message.',
        '',
        'Thank you for your order,',
        'Filament & Co',
      ].join('\n'),
    );
    expect(await screen.findByText('Copied the shipped message (English).')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy review request' }));
    await waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    expect(write.mock.calls[1]![0]).toContain('a review of order 3141 would mean a lot');
  });

  it('uses the seller’s own Turkish wording for a Turkish customer, and warns of a missing tracking number', async () => {
    const id = await customer({
      name: 'Ayşe Yılmaz',
      preferences: { noteLanguage: 'tr', noSurprises: false, noReviewRequests: false },
    });
    const o = await createOrder(order(id, { status: 'shipped', shippedDate: today }));
    await writeSetting(messageSettingsSetting, {
      reviewRequest: {},
      shipped: { tr: 'Selam {firstName}, {orderNumber} yolda! Takip: {trackingNumber}' },
    });
    const user = userEvent.setup();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await renderApp(pages, { path: `/orders/${o.id}` });
    expect(await screen.findByText(/Copied in Turkish, the customer’s language/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy shipped message' }));
    await waitFor(() => expect(write).toHaveBeenCalledWith('Selam Ayşe, 3141 yolda! Takip: '));
    expect(
      await screen.findByText(
        'Copied the shipped message (Turkish). Check before sending, it has no tracking number.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when copying fails', async () => {
    const o = await createOrder(order(await customer(), { status: 'shipped', shippedDate: today }));
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Denied'));
    await renderApp(pages, { path: `/orders/${o.id}` });
    await user.click(await screen.findByRole('button', { name: 'Copy shipped message' }));
    expect(await screen.findByText('Could not copy to the clipboard: Denied')).toBeInTheDocument();
  });

  it('offers no review request for a customer who opted out', async () => {
    const id = await customer({
      preferences: { noteLanguage: 'en', noSurprises: false, noReviewRequests: true },
    });
    const o = await createOrder(order(id, { status: 'delivered', shippedDate: today, deliveredDate: today }));
    await renderApp(pages, { path: `/orders/${o.id}` });
    expect(await screen.findByRole('button', { name: 'Copy review request' })).toBeDisabled();
    expect(screen.getByText('Ana Muñoz asked not to get review requests.')).toBeInTheDocument();
    expect(await appDb().reminders.count()).toBe(0);
  });

  it('adds a follow-up by hand, about the order and its customer', async () => {
    const anaId = await customer();
    const o = await createOrder(order(anaId));
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/${o.id}` });
    const box = await section();
    expect(await within(box).findByText('No reminders for this order.')).toBeInTheDocument();
    await user.click(within(box).getByRole('button', { name: 'Add reminder' }));
    const dialog = await screen.findByRole('dialog', { name: 'New reminder' });
    expect(await within(dialog).findByText('About order 3141 · Ana Muñoz')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/What to do/), 'Ask whether the colour was right');
    await user.click(within(dialog).getByRole('button', { name: 'Save reminder' }));
    expect(
      await within(box).findByRole('listitem', { name: 'Ask whether the colour was right' }),
    ).toHaveTextContent('Due tomorrow');
    const [row] = await appDb().reminders.toArray();
    expect(row).toMatchObject({
      kind: 'follow-up',
      orderId: o.id,
      customerId: anaId,
      dueDate: addDays(today, 1),
    });

    // Edit it.
    await user.click(within(box).getByRole('button', { name: 'Edit: Ask whether the colour was right' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit reminder' });
    const text = within(edit).getByLabelText(/What to do/);
    await user.clear(text);
    await user.type(text, 'Ask about the colour');
    await user.click(within(edit).getByRole('button', { name: 'Save reminder' }));
    expect(await within(box).findByRole('listitem', { name: 'Ask about the colour' })).toBeInTheDocument();
  });
});

describe('customer page', () => {
  it('shows the customer’s reminders across their orders', async () => {
    const anaId = await customer();
    await createOrder(order(anaId, { status: 'ready' }));
    await createOrder(order(anaId, { externalId: '2718', status: 'ready' }));
    await renderApp(pages, { path: `/customers/${anaId}` });
    const box = await section();
    expect(
      await within(box).findByRole('listitem', { name: 'Write the thank-you note for order 3141' }),
    ).toBeInTheDocument();
    expect(
      within(box).getByRole('listitem', { name: 'Write the thank-you note for order 2718' }),
    ).toBeInTheDocument();
    // The page is the customer's: rows link to the orders, not back to the customer.
    expect(within(box).getByRole('link', { name: 'Order 2718' })).toBeInTheDocument();
    expect(within(box).queryByRole('link', { name: 'Ana Muñoz' })).not.toBeInTheDocument();
  });
});

describe('settings card', () => {
  it('turns rules and notifications on and off and changes the delays', async () => {
    const user = userEvent.setup();
    await renderApp(<ReminderSettingsCard />);
    const rules = () => readSetting(reminderRulesSetting);

    await user.click(await screen.findByRole('switch', { name: /Thank-you note when an order is ready/ }));
    await waitFor(async () => expect((await rules()).thankYouNote).toBe(false));

    const delay = screen.getByLabelText('Days after delivery');
    await user.clear(delay);
    await user.type(delay, '7{Enter}');
    await waitFor(async () => expect((await rules()).reviewDelayDays).toBe(7));

    await user.click(screen.getByRole('switch', { name: /Desktop notifications/ }));
    await waitFor(async () => expect((await rules()).notifications).toBe(false));
    expect(await rules()).toMatchObject({ reviewRequest: true, transitDays: 4 });
  });

  it('asks for notification permission only when the button is pressed', async () => {
    const requestPermission = vi.fn(async () => 'granted' as const);
    vi.stubGlobal('Notification', { permission: 'default', requestPermission });
    const user = userEvent.setup();
    await renderApp(<ReminderSettingsCard />);
    const ask = await screen.findByRole('button', { name: 'Allow notifications' });
    expect(requestPermission).not.toHaveBeenCalled();
    await user.click(ask);
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Notifications are allowed.')).toBeInTheDocument();
  });

  it('edits a message template, refuses unknown placeholders, and resets to the default', async () => {
    const user = userEvent.setup();
    await renderApp(<ReminderSettingsCard />);
    expect(await screen.findByText(/No shop name yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Shipped message' }));
    await user.click(screen.getByRole('radio', { name: 'Turkish' }));
    const body = screen.getByLabelText('Text of the message: Shipped message (Turkish)');
    expect(body).toHaveValue(defaultMessages.shipped.tr);

    await user.clear(body);
    await user.type(body, 'Merhaba {{firstName}, kargo: {{takip}');
    expect(await screen.findByText(/Unknown placeholder: \{takip\}\. Use only/)).toBeInTheDocument();
    await user.type(body, ' {{trackingNumbr}');
    expect(
      await screen.findByText(/\{takip\}, \{trackingNumbr\} \(did you mean \{trackingNumber\}\?\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save message' })).toBeDisabled();

    await user.clear(body);
    await user.type(body, 'Merhaba {{firstName}, kargo: {{trackingNumber}');
    await user.click(screen.getByRole('button', { name: 'Save message' }));
    await waitFor(async () =>
      expect((await readSetting(messageSettingsSetting)).shipped.tr).toBe(
        'Merhaba {firstName}, kargo: {trackingNumber}',
      ),
    );
    expect(await screen.findByText('Your wording')).toBeInTheDocument();
    // The English one is untouched.
    expect((await readSetting(messageSettingsSetting)).shipped.en).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Reset to default' }));
    await waitFor(async () => expect((await readSetting(messageSettingsSetting)).shipped.tr).toBeUndefined());
    expect(screen.getByLabelText('Text of the message: Shipped message (Turkish)')).toHaveValue(
      defaultMessages.shipped.tr,
    );
  });
});
