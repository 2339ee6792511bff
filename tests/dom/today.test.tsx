import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import type { OrderInput } from '@shared/domain/order';
import { addDays } from '@shared/dates';
import { today } from '@/app/clock';
import { Layout } from '@/app/Layout';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { createSurprise } from '@/db/surprises';
import { TODAY_FIRST, todayData } from '@/db/today-reads';
import TodayPage from '@/features/today/TodayPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
});

const day = today();
let n = 0;
async function order(name: string, over: Partial<OrderInput> = {}) {
  const c = await createCustomer({ name, createdDate: '2026-01-02' });
  return createOrder({
    customerId: c.id,
    channel: 'etsy',
    externalId: String(3_000_000 + ++n),
    items: [{ title: `Dragon ${n}`, quantity: 1, unitPrice: 1500 }],
    currency: 'USD',
    orderedDate: addDays(day, -3),
    ...over,
  });
}

const rows = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('a')?.textContent);

describe('Today', () => {
  it('welcomes a new seller on an empty shop', async () => {
    await renderApp(<TodayPage />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Tezgah' })).toBeInTheDocument();
  });

  it('lists what to print by ship-by date, overdue first, and what to pack with its gift message', async () => {
    await order('Late Larry', { status: 'printing', shipBy: addDays(day, -2) });
    await order('Later Lin', { status: 'new', shipBy: addDays(day, 5) });
    await order('No Date Nur', { status: 'new' });
    await order('Today Tess', { status: 'new', shipBy: day });
    await order('Packer Pia', { status: 'ready', shipBy: addDays(day, 1), giftMessage: 'Happy birthday!' });
    await order('Shipped Sam', { status: 'shipped', shipBy: addDays(day, -10) });
    await renderApp(<TodayPage />);
    await screen.findByRole('list', { name: 'Orders to print' });
    expect(rows('Orders to print')).toEqual([
      '3000001 · Late Larry',
      '3000004 · Today Tess',
      '3000002 · Later Lin',
      '3000003 · No Date Nur',
    ]);
    expect(rows('Orders to pack')).toEqual(['3000005 · Packer Pia']);
    expect(screen.getByText(/Happy birthday!/)).toBeInTheDocument();
    expect(screen.getByText(/4 to print · 1 to pack/)).toBeInTheDocument();
    // The overdue one says so.
    const late = screen.getByRole('list', { name: 'Orders to print' }).querySelector('[data-urgency]');
    expect(late).toHaveAttribute('data-urgency', 'overdue');
  });

  it('shows the note state and the suggested surprise of a parcel', async () => {
    await createSurprise({ name: 'Gecko', kind: 'mini-print', stock: 3, unitCost: 20, currency: 'USD' });
    const o = await order('Pia', { status: 'ready' });
    await renderApp(<TodayPage />);
    const row = (await screen.findByRole('list', { name: 'Orders to pack' })).querySelector(
      `[data-order="${o.id}"]`,
    ) as HTMLElement;
    expect(await within(row).findByText('Suggested: Gecko')).toBeInTheDocument();
    expect(within(row).getByText('No note yet')).toBeInTheDocument();
  });

  it('moves an order on from the print list, with Undo', async () => {
    const o = await order('Ana', { status: 'new', shipBy: day });
    await renderApp(<TodayPage />);
    await userEvent.click(await screen.findByRole('button', { name: `Start printing: ${o.externalId}` }));
    await waitFor(async () => expect((await todayData()).toPrint[0]?.status).toBe('printing'));
    expect(await screen.findByRole('button', { name: /Undo/ })).toBeInTheDocument();
  });

  it('shows the first rows of a long list and more on request', async () => {
    for (let i = 0; i < TODAY_FIRST + 3; i++) await order(`Buyer ${i}`, { status: 'new', shipBy: day });
    await renderApp(<TodayPage />);
    await screen.findByText(`Showing ${TODAY_FIRST} of ${TODAY_FIRST + 3}`);
    await waitFor(() => expect(rows('Orders to print')).toHaveLength(TODAY_FIRST));
    await userEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    await waitFor(() => expect(rows('Orders to print')).toHaveLength(TODAY_FIRST + 3));
    expect(screen.queryByText(/Showing/)).toBeNull();
  });

  it('picks parcels for note cards and opens the print view with them', async () => {
    const a = await order('Ana', { status: 'ready' });
    const b = await order('Ben', { status: 'ready' });
    function PrintProbe() {
      return <p>print view: {useLocation().search}</p>;
    }
    await renderApp(
      <Routes>
        <Route path="/today" element={<TodayPage />} />
        <Route path="/print/notes" element={<PrintProbe />} />
      </Routes>,
      { path: '/today' },
    );
    const print = await screen.findByRole('button', { name: 'Print note cards (0)' });
    expect(print).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all orders to pack' }));
    expect(screen.getByRole('button', { name: 'Print note cards (2)' })).toBeEnabled();
    await userEvent.click(
      screen.getByRole('checkbox', { name: `Select order ${a.externalId} for note cards` }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Print note cards (1)' }));
    expect(await screen.findByText(/print view:/)).toHaveTextContent(`?orders=${b.id}`);
  });

  it('counts parcels waiting beside Today in the sidebar', async () => {
    await order('Ana', { status: 'new' });
    await order('Ben', { status: 'ready' });
    await order('Cem', {
      status: 'delivered',
      shippedDate: addDays(day, -9),
      deliveredDate: addDays(day, -2),
    });
    await renderApp(<Layout />, { path: '/orders' });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Today/ })).toHaveTextContent('Today2'));
  });
});
