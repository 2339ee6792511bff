import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { OrderInput } from '@shared/domain/order';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import NewOrderPage from '@/features/orders/NewOrderPage';
import OrderPage from '@/features/orders/OrderPage';
import OrdersPage from '@/features/orders/OrdersPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

const pages = (
  <Routes>
    <Route path="/orders" element={<OrdersPage />} />
    <Route path="/orders/new" element={<NewOrderPage />} />
    <Route path="/orders/:id" element={<OrderPage />} />
  </Routes>
);

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
    externalId: '3141',
    currency: 'USD',
    orderedDate: '2026-03-01',
    shipping: 500,
    items: [{ title: 'Articulated dragon', material: 'PLA', quantity: 2, unitPrice: 1250 }],
    ...over,
  };
}

const stats = async () => (await appDb().customers.get(anaId))?.stats.orderCount;

describe('order page', () => {
  it('shows the order with its customer, items and totals', async () => {
    const o = await createOrder(order({ giftMessage: 'Happy birthday!', couponCodes: ['SPRING'] }));
    await renderApp(pages, { path: `/orders/${o.id}` });
    expect(await screen.findByRole('heading', { name: 'Order 3141' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ana Muñoz' })).toHaveAttribute('href', `/customers/${anaId}`);
    const items = screen.getByRole('table', { name: 'Items' });
    expect(within(items).getByText('Articulated dragon')).toBeInTheDocument();
    expect(within(items).getByText('PLA')).toBeInTheDocument();
    expect(screen.getByTestId('order-total')).toHaveTextContent('$30.00');
    expect(screen.getByText('Happy birthday!')).toBeInTheDocument();
    expect(screen.getByText('SPRING')).toBeInTheDocument();
  });

  it('says so when the order does not exist', async () => {
    await renderApp(pages, { path: '/orders/no-such-order' });
    expect(await screen.findByText('Order not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to orders' })).toBeInTheDocument();
  });

  it('cancels after confirming, and restores', async () => {
    const o = await createOrder(order());
    expect(await stats()).toBe(1);
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/${o.id}` });

    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel order 3141?' });
    // Nothing happens before the seller confirms.
    expect((await appDb().orders.get(o.id))?.status).toBe('new');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    await waitFor(async () => expect((await appDb().orders.get(o.id))?.status).toBe('cancelled'));
    expect(await stats()).toBe(0);
    expect(await screen.findByText('This order was cancelled.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore order' }));
    await waitFor(async () => expect((await appDb().orders.get(o.id))?.status).toBe('new'));
    expect(await stats()).toBe(1);
  });

  it('moves the order on and marks it shipped without a tracking number', async () => {
    const o = await createOrder(order({ status: 'ready' }));
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/${o.id}` });
    await user.click(await screen.findByRole('button', { name: 'Mark shipped' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Mark shipped' }));
    await waitFor(async () => expect((await appDb().orders.get(o.id))?.status).toBe('shipped'));
    expect((await appDb().orders.get(o.id))?.shippedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await screen.findByRole('button', { name: 'Mark delivered' })).toBeInTheDocument();
  });

  it('edits the order and saves the change', async () => {
    const o = await createOrder(order());
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/${o.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));

    const qty = await screen.findByLabelText('Item 1: Qty');
    expect(qty).toHaveValue('2');
    expect(screen.getByLabelText('Item 1: Unit price')).toHaveValue('12.50');
    await user.clear(qty);
    await user.type(qty, '4');
    expect(screen.getByTestId('order-total')).toHaveTextContent('$55.00');
    await user.click(screen.getByRole('button', { name: 'Save order' }));

    expect(await screen.findByRole('heading', { name: 'Order 3141' })).toBeInTheDocument();
    const saved = await appDb().orders.get(o.id);
    expect(saved).toMatchObject({
      total: 5500,
      items: [{ title: 'Articulated dragon', material: 'PLA', quantity: 4 }],
    });
    expect(saved?.createdAt).toBe(o.createdAt);
  });
});

describe('in Turkish', () => {
  it('labels the board, the order page and the form in Turkish', async () => {
    await createOrder(order());
    await renderApp(pages, { path: '/orders', lang: 'tr' });
    expect(await screen.findByRole('radio', { name: 'Pano' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tablo' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Yeni: 1 sipariş' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Baskıda: 0 sipariş' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Paketlenecek: 0 sipariş' })).toBeInTheDocument();
    const card = screen.getByRole('listitem', { name: 'Ana Muñoz için 3141 numaralı sipariş' });
    expect(within(card).getByRole('button', { name: 'Baskıya başla' })).toBeInTheDocument();
    // Money in the Turkish way.
    expect(card).toHaveTextContent('$30,00');
  });

  it('shows the order page and the new order form in Turkish', async () => {
    const o = await createOrder(order());
    await renderApp(pages, { path: `/orders/${o.id}`, lang: 'tr' });
    expect(await screen.findByRole('heading', { name: 'Sipariş 3141' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Siparişi iptal et' })).toBeInTheDocument();
    expect(screen.getByText('Toplam')).toBeInTheDocument();
  });

  it('labels the order form in Turkish', async () => {
    await renderApp(pages, { path: '/orders/new', lang: 'tr' });
    expect(await screen.findByRole('heading', { name: 'Yeni sipariş' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Müşteri/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Ürün 1: Adet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Siparişi kaydet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ürün ekle' })).toBeInTheDocument();
  });
});
