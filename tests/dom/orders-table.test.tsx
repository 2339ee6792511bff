import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { OrderInput } from '@shared/domain/order';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import OrdersPage from '@/features/orders/OrdersPage';
import OrderPage from '@/features/orders/OrderPage';
import { filtersFromParams, paramsFromFilters } from '@/features/orders/model';
import { renderApp } from './render';
import { resetAppDb } from './db';

// jsdom has no layout: give the list's scroll box a size so the virtualizer renders a window of rows.
const sized = ['clientHeight', 'clientWidth'] as const;
const originals = sized.map((p) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, p));
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  sized.forEach((p, i) => {
    const d = originals[i];
    if (d) Object.defineProperty(HTMLElement.prototype, p, d);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[p];
  });
});

const pages = (
  <Routes>
    <Route path="/orders" element={<OrdersPage />} />
    <Route path="/orders/:id" element={<OrderPage />} />
  </Routes>
);

let ana: string;
let bob: string;

function order(over: Partial<OrderInput>): OrderInput {
  return {
    customerId: ana,
    channel: 'etsy',
    currency: 'USD',
    orderedDate: '2026-03-01',
    items: [{ title: 'Dragon', quantity: 1, unitPrice: 1000 }],
    ...over,
  };
}

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  ana = (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-01' })).id;
  bob = (await createCustomer({ name: 'Bob Stone', createdDate: '2026-01-01' })).id;
});

async function seed() {
  await createOrder(order({ externalId: '1001', status: 'ready', orderedDate: '2026-03-05' }));
  await createOrder(order({ externalId: '1002', status: 'new', orderedDate: '2026-03-04', customerId: bob }));
  await createOrder(
    order({ externalId: '#2001', channel: 'shopify', status: 'ready', orderedDate: '2026-03-03' }),
  );
  await createOrder(
    order({ externalId: '1003', status: 'shipped', orderedDate: '2026-02-01', customerId: bob }),
  );
}

const rows = () => within(screen.getByRole('list', { name: 'Orders' })).queryAllByRole('link');
const rowNumbers = () => rows().map((r) => r.children[1]?.textContent);

describe('orders table', () => {
  it('shows every order newest first with its customer, and filters by status from the URL', async () => {
    await seed();
    await renderApp(pages, { path: '/orders?status=ready' });

    await waitFor(() => expect(rowNumbers()).toEqual(['1001', '#2001']));
    expect(screen.getByTestId('order-count')).toHaveTextContent('2 orders');
    expect(rows()[0]).toHaveTextContent('Ana Muñoz');
    expect(rows()[0]).toHaveTextContent('Ready to pack');
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeInTheDocument();
  });

  it('filters by status with the status picker, and clears the filters', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders?view=table' });
    await waitFor(() => expect(rowNumbers()).toEqual(['1001', '1002', '#2001', '1003']));

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    // jsdom has no layout, so floating-ui hides the dropdown's options from the accessibility tree.
    await user.click(await screen.findByRole('option', { name: 'New', hidden: true }));
    await waitFor(() => expect(rowNumbers()).toEqual(['1002']));
    expect(screen.getByTestId('order-count')).toHaveTextContent('1 order');

    await user.click(await screen.findByRole('option', { name: 'Shipped', hidden: true }));
    await waitFor(() => expect(rowNumbers()).toEqual(['1002', '1003']));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowNumbers()).toHaveLength(4));
  });

  it('searches by order number prefix or by customer name', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders?view=table' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    const search = screen.getByRole('textbox', { name: 'Search by order number or customer' });

    await user.type(search, '200');
    await waitFor(() => expect(rowNumbers()).toEqual(['#2001']));
    await user.clear(search);
    await user.type(search, 'bob');
    await waitFor(() => expect(rowNumbers()).toEqual(['1002', '1003']));
  });

  it('shows "no orders yet" with a New order button for an empty shop', async () => {
    await renderApp(pages, { path: '/orders?view=table' });
    expect(await screen.findByText('No orders yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New order' })).toBeInTheDocument();
    expect(screen.queryByText('No orders match')).not.toBeInTheDocument();
  });

  it('shows "no matches" with a way out when the filters exclude everything', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders?channel=direct' });
    expect(await screen.findByText('No orders match')).toBeInTheDocument();
    expect(screen.queryByText('No orders yet')).not.toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear[clear.length - 1]!);
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('opens an order from its row', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders?view=table' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.click(rows()[1]!);
    expect(await screen.findByRole('heading', { name: 'Order 1002' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bob Stone' })).toHaveAttribute('href', `/customers/${bob}`);
  });
});

describe('filters in the URL', () => {
  it('reads statuses and channels as lists and ignores unknown values', () => {
    const f = filtersFromParams(
      new URLSearchParams('status=ready,bogus&status=new&channel=etsy&from=2026-01-01&to=nope&q=ana'),
    );
    expect(f).toEqual({
      statuses: ['ready', 'new'],
      channels: ['etsy'],
      from: '2026-01-01',
      to: null,
      q: 'ana',
    });
    const back = paramsFromFilters(f, new URLSearchParams('view=table&status=old'));
    expect(back.toString()).toBe('view=table&status=ready%2Cnew&channel=etsy&from=2026-01-01&q=ana');
  });
});
