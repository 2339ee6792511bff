import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import { addDays, localDate } from '@shared/dates';
import type { OrderInput } from '@shared/domain/order';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder, shipOrder } from '@/db/orders';
import { createReminder, markReminderDone } from '@/db/reminders';
import RemindersPage from '@/features/reminders/RemindersPage';
import { RemindersList } from '@/features/reminders/RemindersList';
import { renderApp } from './render';
import { resetAppDb } from './db';

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="location">{pathname + search}</output>;
}

const pages = (
  <Routes>
    <Route path="/reminders" element={<RemindersPage />} />
    <Route path="*" element={<Where />} />
  </Routes>
);

const today = localDate(Date.now());
let anaId: string;

function order(over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId: anaId,
    channel: 'etsy',
    currency: 'USD',
    orderedDate: addDays(today, -30),
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2500 }],
    ...over,
  };
}

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  anaId = (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-01' })).id;
});

/** A follow-up due `days` from today, a thank-you note due today, an overdue review request, one done. */
async function seed() {
  const ready = await createOrder(order({ externalId: '1001', status: 'ready', shipBy: today }));
  const sent = await createOrder(order({ externalId: '2002', status: 'ready' }));
  // Shipped 20 days ago: the request was due 11 days ago.
  await shipOrder(sent.id, addDays(today, -20), 'TRACK-9');
  const later = await createReminder({
    text: 'Ask about the colour',
    dueDate: addDays(today, 5),
    customerId: anaId,
  });
  const late = await createReminder({
    text: 'Send the spare part',
    dueDate: addDays(today, -2),
    customerId: anaId,
  });
  const done = await createReminder({
    text: 'Old follow-up',
    dueDate: addDays(today, -40),
    customerId: anaId,
  });
  await markReminderDone(done.id);
  return { ready, sent, later, late, done };
}

const rows = () => within(screen.getByRole('list', { name: 'Reminders' })).queryAllByRole('listitem');
const names = () => rows().map((r) => r.getAttribute('aria-label'));

describe('reminders screen', () => {
  it('lists open reminders by date with links, and filters by date, state and kind', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/reminders' });

    await waitFor(() =>
      expect(names()).toEqual([
        'Ask for a review of order 2002',
        'Send the spare part',
        'Write the thank-you note for order 1001',
        'Ask about the colour',
      ]),
    );
    const review = screen.getByRole('listitem', { name: 'Ask for a review of order 2002' });
    expect(within(review).getByText('11 days overdue')).toBeInTheDocument();
    expect(within(review).getByRole('link', { name: 'Ana Muñoz' })).toHaveAttribute(
      'href',
      `/customers/${anaId}`,
    );
    expect(within(review).getByRole('link', { name: 'Order 2002' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: /thank-you note/ })).getByText('Due today'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Overdue' }));
    await waitFor(() => expect(names()).toEqual(['Ask for a review of order 2002', 'Send the spare part']));
    await user.click(screen.getByRole('radio', { name: 'Upcoming' }));
    await waitFor(() => expect(names()).toEqual(['Ask about the colour']));
    await user.click(screen.getByRole('radio', { name: 'Any date' }));

    await user.selectOptions(screen.getByLabelText('Kind'), 'review-request');
    await waitFor(() => expect(names()).toEqual(['Ask for a review of order 2002']));
    await user.selectOptions(screen.getByLabelText('Kind'), 'all');

    await user.selectOptions(screen.getByLabelText('State'), 'done');
    // The note of the shipped order was done when it shipped.
    await waitFor(() =>
      expect(names()).toEqual(['Write the thank-you note for order 2002', 'Old follow-up']),
    );
    expect(screen.getByRole('button', { name: 'Reopen: Old follow-up' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(names()).toHaveLength(4));
  });

  it('reads the filters from the address and says when nothing matches', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/reminders?state=dismissed&kind=nonsense' });
    expect(await screen.findByText('Nothing matches these filters.')).toBeInTheDocument();
    expect(screen.getByLabelText('State')).toHaveValue('dismissed');
    expect(screen.getByLabelText('Kind')).toHaveValue('all');
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(names()).toHaveLength(4));
  });

  it('shows a helpful empty state in an empty shop', async () => {
    await renderApp(pages, { path: '/reminders' });
    expect(await screen.findByText('No reminders here')).toBeInTheDocument();
    expect(screen.getByText(/Reminders appear when orders are ready to pack or shipped/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add reminder' })).toBeInTheDocument();
  });

  it('marks done with Undo, snoozes for 3 days, dismisses and reopens', async () => {
    const { late, later } = await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/reminders' });
    const get = (id: string) => appDb().reminders.get(id);

    await user.click(await screen.findByRole('button', { name: 'Mark done: Send the spare part' }));
    await waitFor(async () => expect((await get(late.id))?.state).toBe('done'));
    await waitFor(() => expect(names()).not.toContain('Send the spare part'));
    await user.click(await screen.findByRole('button', { name: 'Undo: Send the spare part' }));
    await waitFor(async () => expect(await get(late.id)).toEqual(late));
    await waitFor(() => expect(names()).toContain('Send the spare part'));

    await user.click(screen.getByRole('button', { name: 'Snooze: Send the spare part' }));
    await user.click(await screen.findByRole('menuitem', { name: /For 3 days/, hidden: true }));
    await waitFor(async () =>
      expect(await get(late.id)).toMatchObject({ state: 'snoozed', snoozedUntil: addDays(today, 3) }),
    );
    // Dated by its snooze now: after today's note, before the question due in 5 days.
    await waitFor(() => expect(names().slice(-2)).toEqual(['Send the spare part', 'Ask about the colour']));
    expect(
      within(screen.getByRole('listitem', { name: 'Send the spare part' })).getByText(/^Snoozed until/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss: Ask about the colour' }));
    await waitFor(async () => expect((await get(later.id))?.state).toBe('dismissed'));
    await user.selectOptions(screen.getByLabelText('State'), 'dismissed');
    await user.click(await screen.findByRole('button', { name: 'Reopen: Ask about the colour' }));
    await waitFor(async () => expect((await get(later.id))?.state).toBe('due'));
  });

  it('copies the review request in the customer’s language', async () => {
    await seed();
    const ana = await appDb().customers.get(anaId);
    await appDb().customers.put({ ...ana!, preferences: { ...ana!.preferences, noteLanguage: 'tr' } });
    const user = userEvent.setup();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await renderApp(pages, { path: '/reminders' });
    await user.click(await screen.findByRole('button', { name: 'Copy the review request for order 2002' }));
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    const text = write.mock.calls[0]![0];
    expect(text).toMatch(/^Merhaba Ana,/);
    expect(text).toContain('Articulated dragon size sorunsuz ulaşmıştır');
    expect(text).toContain('2002 numaralı siparişiniz');
    expect(
      await screen.findByText(
        /Copied the review request \(Turkish\)\. Check before sending, it has no shop name/,
      ),
    ).toBeInTheDocument();
  });

  it('lists only what is due for Today, a few at most, with a link to the rest', async () => {
    await seed();
    await renderApp(<RemindersList dueOnly limit={2} />, { path: '/today' });
    const list = await screen.findByRole('list', { name: 'Reminders' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((r) => r.getAttribute('aria-label')),
      ).toEqual(['Ask for a review of order 2002', 'Send the spare part']),
    );
    expect(screen.getByRole('link', { name: 'All reminders' })).toHaveAttribute('href', '/reminders');
  });

  it('says when nothing is due today', async () => {
    await renderApp(<RemindersList dueOnly />, { path: '/today' });
    expect(await screen.findByText('No reminders are due today.')).toBeInTheDocument();
  });

  it('speaks Turkish', async () => {
    await seed();
    await renderApp(pages, { path: '/reminders', lang: 'tr' });
    expect(await screen.findByRole('heading', { name: 'Hatırlatmalar' })).toBeInTheDocument();
    const review = await screen.findByRole('listitem', {
      name: '2002 numaralı sipariş için değerlendirme iste',
    });
    expect(within(review).getByText('11 gün gecikti')).toBeInTheDocument();
    expect(
      within(review).getByRole('button', { name: '2002 numaralı siparişin değerlendirme isteğini kopyala' }),
    ).toHaveTextContent('Mesajı kopyala');
    expect(screen.getByRole('radio', { name: 'Geciken' })).toBeInTheDocument();
    expect(screen.getByLabelText('Durum')).toBeInTheDocument();
  });

  it('adds a follow-up by hand', async () => {
    const user = userEvent.setup();
    await renderApp(pages, { path: '/reminders' });
    await user.click(await screen.findByRole('button', { name: 'Add reminder' }));
    const dialog = await screen.findByRole('dialog', { name: 'New reminder' });
    await user.click(within(dialog).getByRole('button', { name: 'Save reminder' }));
    expect(await within(dialog).findByText('Write what to do.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/What to do/), 'Order more silk PLA');
    await user.click(within(dialog).getByRole('button', { name: 'In a week' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () =>
      expect(await appDb().reminders.toArray()).toEqual([
        expect.objectContaining({
          kind: 'follow-up',
          text: 'Order more silk PLA',
          dueDate: addDays(today, 7),
        }),
      ]),
    );
    await waitFor(() => expect(names()).toEqual(['Order more silk PLA']));
  });
});
