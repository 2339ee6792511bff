import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrderInput } from '@shared/domain/order';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import OrdersPage from '@/features/orders/OrdersPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

let anaId: string;

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  anaId = (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-01' })).id;
});

function order(over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId: anaId,
    channel: 'etsy',
    currency: 'USD',
    orderedDate: '2026-03-01',
    items: [{ title: 'Articulated dragon', quantity: 2, unitPrice: 1250 }],
    ...over,
  };
}

const status = async (id: string) => (await appDb().orders.get(id))?.status;

describe('order board', () => {
  it('moves a card on with its button, and Undo puts it back', async () => {
    const o = await createOrder(order({ externalId: '3141' }));
    const user = userEvent.setup();
    await renderApp(<OrdersPage />, { path: '/orders' });

    const card = await screen.findByRole('listitem', { name: 'Order 3141 for Ana Muñoz' });
    await waitFor(() => expect(card).toHaveTextContent('2× Articulated dragon'));
    expect(card).toHaveTextContent('$25.00');
    expect(screen.getByRole('heading', { name: 'New: 1 order' })).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Start printing' }));
    await waitFor(async () => expect(await status(o.id)).toBe('printing'));
    // The card moved to the Printing column, with its counts.
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Printing: 1 order' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { name: 'New: 0 orders' })).toBeInTheDocument();

    expect(await screen.findByText('Order 3141 moved to Printing.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo the change to order 3141' }));
    await waitFor(async () => expect(await status(o.id)).toBe('new'));
    expect(await appDb().orders.get(o.id)).toEqual(o);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'New: 1 order' })).toBeInTheDocument());
  });

  it('moves the focused card from the keyboard and keeps focus on it', async () => {
    const o = await createOrder(order({ externalId: '2718' }));
    await renderApp(<OrdersPage />, { path: '/orders' });
    const card = await screen.findByRole('listitem', { name: /Order 2718/ });
    card.focus();

    fireEvent.keyDown(card, { key: 'ArrowRight' });
    await waitFor(async () => expect(await status(o.id)).toBe('printing'));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-status', 'printing'));
    expect(document.activeElement).toHaveAttribute('data-order-card', o.id);

    fireEvent.keyDown(document.activeElement!, { key: '[' });
    await waitFor(async () => expect(await status(o.id)).toBe('new'));
  });

  it('asks for the tracking number when marking shipped', async () => {
    const o = await createOrder(order({ externalId: '1618', status: 'ready', shipBy: '2020-01-01' }));
    const user = userEvent.setup();
    await renderApp(<OrdersPage />, { path: '/orders' });
    const card = await screen.findByRole('listitem', { name: /Order 1618/ });
    // Overdue ship-by dates stand out.
    expect(card.querySelector('[data-urgency="overdue"]')).not.toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Mark shipped' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark order 1618 shipped' });
    await user.type(within(dialog).getByLabelText(/Tracking number/), 'TR987');
    await user.click(within(dialog).getByRole('button', { name: 'Mark shipped' }));

    await waitFor(async () =>
      expect(await appDb().orders.get(o.id)).toMatchObject({ status: 'shipped', trackingNumber: 'TR987' }),
    );
  });

  it('remembers the chosen view', async () => {
    const user = userEvent.setup();
    await renderApp(<OrdersPage />, { path: '/orders' });
    expect(await screen.findByRole('region', { name: 'Order board' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(localStorage.getItem('tezgah.orders.view')).toBe('table');
    expect(await screen.findByText('No orders yet')).toBeInTheDocument();
  });
});
