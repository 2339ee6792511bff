import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { CustomerInput } from '@shared/domain/customer';
import type { OrderInput } from '@shared/domain/order';
import type { SurpriseInput } from '@shared/surprises/schema';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { adjustStock, createSurprise, giveSurprise } from '@/db/surprises';
import { CustomerSurprises } from '@/features/surprises/CustomerSurprises';
import { LowStockSurprises } from '@/features/surprises/LowStockSurprises';
import { OrderSurprise } from '@/features/surprises/OrderSurprise';
import OrderPage from '@/features/orders/OrderPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const surprise = (over: Partial<SurpriseInput> = {}) =>
  createSurprise({
    name: 'Shop logo sticker',
    kind: 'sticker',
    stock: 40,
    unitCost: 12,
    currency: 'USD',
    lowStockThreshold: 5,
    ...over,
  });

async function orderOf(over: Partial<CustomerInput> = {}, orderOver: Partial<OrderInput> = {}) {
  const c = await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-02', ...over });
  const o = await createOrder({
    customerId: c.id,
    channel: 'etsy',
    externalId: '3141',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2500 }],
    currency: 'USD',
    orderedDate: '2026-03-01',
    status: 'ready',
    ...orderOver,
  });
  return { customer: c, order: o };
}

const stockOf = async (id: string) => (await appDb().surprises.get(id))?.stock;
const giftOf = (orderId: string) => appDb().surpriseGifts.where('orderId').equals(orderId).first();

describe('OrderSurprise', () => {
  it('suggests a surprise and gives it: gift recorded and stock taken; Undo puts both back', async () => {
    const logo = await surprise();
    const dragon = await surprise({ name: 'Dragon sticker', stock: 8 });
    const { order, customer } = await orderOf({ preferences: { likes: 'dragons' } });
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />);

    expect(await screen.findByText('Suggested: Dragon sticker')).toBeInTheDocument();
    expect(screen.getByText(/Matches what they like/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to parcel: Dragon sticker' }));

    expect(await screen.findByText('In the parcel: Dragon sticker')).toBeInTheDocument();
    expect(await giftOf(order.id)).toMatchObject({ surpriseId: dragon.id, customerId: customer.id });
    expect(await stockOf(dragon.id)).toBe(7);
    expect(await stockOf(logo.id)).toBe(40);
    expect(await screen.findByText('Dragon sticker goes in the parcel for order 3141.')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Undo: take Dragon sticker out of the parcel for order 3141' }),
    );
    expect(await screen.findByText('Suggested: Dragon sticker')).toBeInTheDocument();
    expect(await giftOf(order.id)).toBeUndefined();
    expect(await stockOf(dragon.id)).toBe(8);
  });

  it('undoes from the notification too', async () => {
    const logo = await surprise();
    const { order } = await orderOf();
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />);
    await user.click(await screen.findByRole('button', { name: 'Add to parcel: Shop logo sticker' }));
    await user.click(await screen.findByRole('button', { name: 'Undo: take Shop logo sticker back out' }));
    await waitFor(async () => expect(await giftOf(order.id)).toBeUndefined());
    expect(await stockOf(logo.id)).toBe(40);
  });

  it('lets the seller pick another, and lists what cannot go in with why', async () => {
    await surprise({ stock: 90 });
    const gecko = await surprise({ name: 'Mini gecko', kind: 'mini-print', stock: 4 });
    await surprise({ name: 'Flexi fish', kind: 'mini-print', stock: 0 });
    await surprise({ name: 'Retired card', kind: 'other', active: false });
    const { order } = await orderOf();
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />);

    expect(await screen.findByText('Suggested: Shop logo sticker')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Pick another' }));
    const fish = await screen.findByRole('option', { name: 'Flexi fish · out of stock', hidden: true });
    expect(fish).toHaveAttribute('data-combobox-disabled', 'true');
    expect(screen.getByRole('option', { name: 'Retired card · inactive', hidden: true })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Mini gecko · 4 left', hidden: true }));

    expect(await screen.findByText('Suggested: Mini gecko')).toBeInTheDocument();
    expect(screen.getByText(/Your pick/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to parcel: Mini gecko' }));
    await waitFor(async () => expect((await giftOf(order.id))?.surpriseId).toBe(gecko.id));
    expect(await stockOf(gecko.id)).toBe(3);
  });

  it('shows when a surprise was given to this customer before', async () => {
    const logo = await surprise({ stock: 90 });
    await surprise({ name: 'Mini gecko', kind: 'mini-print', stock: 4 });
    const { customer, order } = await orderOf();
    const earlier = await createOrder({
      customerId: customer.id,
      channel: 'direct',
      items: [{ title: 'Vase', quantity: 1, unitPrice: 900 }],
      currency: 'USD',
      orderedDate: '2025-05-01',
    });
    await giveSurprise(earlier.id, logo.id, { now: () => new Date(2025, 4, 3, 12).getTime() });
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />);
    expect(await screen.findByText('Suggested: Mini gecko')).toBeInTheDocument();
    expect(screen.getByText(/A kind they haven’t had yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Pick another' }));
    expect(
      await screen.findByRole('option', { name: /^Shop logo sticker · given on May 3, 2025$/, hidden: true }),
    ).toHaveAttribute('data-combobox-disabled', 'true');
  });

  it('"None" leaves the parcel without a surprise, and "Suggest one" brings it back', async () => {
    await surprise();
    const { order } = await orderOf();
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />);
    await user.click(await screen.findByRole('button', { name: 'None: no surprise for order 3141' }));
    expect(screen.getByText('No surprise in this parcel.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add to parcel/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suggest one: a surprise for order 3141' }));
    expect(screen.getByText('Suggested: Shop logo sticker')).toBeInTheDocument();
    expect(await appDb().surpriseGifts.count()).toBe(0);
  });

  it('says why there is no suggestion', async () => {
    const { order } = await orderOf({ name: 'Shy Sam', preferences: { noSurprises: true } });
    await renderApp(<OrderSurprise orderId={order.id} />);
    // Nothing in the inventory yet: still, the customer's wish is what matters.
    expect(await screen.findByText('Shy Sam asked for no surprises.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add to parcel/ })).not.toBeInTheDocument();
  });

  it('says when everything is out of stock, and suggests again once restocked', async () => {
    const s = await surprise({ stock: 0 });
    const { order } = await orderOf();
    await renderApp(<OrderSurprise orderId={order.id} compact />);
    expect(
      await screen.findByText('Nothing to suggest: every surprise is out of stock.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Restock' })).toHaveAttribute('href', '/surprises');
    await adjustStock(s.id, 5);
    expect(await screen.findByText('Suggested: Shop logo sticker')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Surprise for order 3141' })).toBeInTheDocument();
  });

  it('says when the customer already got everything in stock, or the inventory is empty', async () => {
    const { order } = await orderOf();
    await renderApp(<OrderSurprise orderId={order.id} />);
    expect(await screen.findByText('No surprises to suggest yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add surprises' })).toHaveAttribute('href', '/surprises');

    const s = await surprise();
    const other = await createOrder({
      customerId: order.customerId,
      channel: 'direct',
      items: [{ title: 'Vase', quantity: 1, unitPrice: 900 }],
      currency: 'USD',
      orderedDate: '2025-05-01',
    });
    await giveSurprise(other.id, s.id);
    expect(await screen.findByText('Ana Muñoz already got every surprise in stock.')).toBeInTheDocument();
  });

  it('shows the error and leaves stock as it was when the gift cannot be written', async () => {
    const s = await surprise({ stock: 3 });
    const { order } = await orderOf();
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />);
    vi.spyOn(appDb().surpriseGifts, 'add').mockRejectedValueOnce(new Error('disk full'));
    await user.click(await screen.findByRole('button', { name: 'Add to parcel: Shop logo sticker' }));
    expect(await screen.findByText('Something went wrong: disk full')).toBeInTheDocument();
    expect(await appDb().surpriseGifts.count()).toBe(0);
    expect(await stockOf(s.id)).toBe(3);
    expect(screen.getByText('Suggested: Shop logo sticker')).toBeInTheDocument();
  });
});

describe('in Turkish', () => {
  it('suggests and gives in Turkish', async () => {
    const s = await surprise({ name: 'Logo çıkartması' });
    const { order } = await orderOf();
    const user = userEvent.setup();
    await renderApp(<OrderSurprise orderId={order.id} />, { lang: 'tr' });
    expect(await screen.findByText('Öneri: Logo çıkartması')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Başkasını seç' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pakete ekle: Logo çıkartması' }));
    expect(await screen.findByText('Pakette: Logo çıkartması')).toBeInTheDocument();
    expect(await stockOf(s.id)).toBe(39);
  });
});

describe('on the order page', () => {
  const pages = (
    <Routes>
      <Route path="/orders/:id" element={<OrderPage />} />
    </Routes>
  );

  it('has a Surprise section for open orders and none for cancelled ones', async () => {
    await surprise();
    const { order } = await orderOf();
    const { order: cancelled } = await orderOf({ name: 'Bo' }, { externalId: '2718', status: 'cancelled' });
    const first = await renderApp(pages, { path: `/orders/${order.id}` });
    const section = await screen.findByRole('region', { name: 'Surprise' });
    expect(await within(section).findByText('Suggested: Shop logo sticker')).toBeInTheDocument();
    first.unmount();

    await renderApp(pages, { path: `/orders/${cancelled.id}` });
    expect(await screen.findByRole('heading', { name: 'Order 2718' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Surprise' })).not.toBeInTheDocument();
  });
});

describe('CustomerSurprises', () => {
  it('lists what the customer got, newest first, with the order', async () => {
    const logo = await surprise();
    const gecko = await surprise({ name: 'Mini gecko', kind: 'mini-print' });
    const { customer, order } = await orderOf();
    const earlier = await createOrder({
      customerId: customer.id,
      channel: 'etsy',
      externalId: '1000',
      items: [{ title: 'Vase', quantity: 1, unitPrice: 900 }],
      currency: 'USD',
      orderedDate: '2025-05-01',
    });
    await giveSurprise(earlier.id, logo.id, { now: () => new Date(2025, 4, 3, 12).getTime() });
    await giveSurprise(order.id, gecko.id, { now: () => new Date(2026, 2, 2, 12).getTime() });
    await renderApp(<CustomerSurprises customerId={customer.id} />);
    const list = await screen.findByRole('list', { name: 'Surprises' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Mini gecko'),
      expect.stringContaining('Shop logo sticker'),
    ]);
    expect(within(items[0]!).getByText('Mar 2, 2026')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Order 3141' })).toHaveAttribute(
      'href',
      `/orders/${order.id}`,
    );
  });

  it('says when there are none, and that the customer asked for none', async () => {
    const { customer } = await orderOf({ preferences: { noSurprises: true } });
    await renderApp(<CustomerSurprises customerId={customer.id} />);
    expect(await screen.findByText('None given: this customer asked for no surprises.')).toBeInTheDocument();
    expect(screen.getByText('Asked for no surprises')).toBeInTheDocument();
  });
});

describe('LowStockSurprises', () => {
  it('renders nothing when nothing runs low, and lists what does with a restock link', async () => {
    const s = await surprise({ stock: 40, lowStockThreshold: 5 });
    const { container } = await renderApp(
      <div data-testid="today">
        <LowStockSurprises />
      </div>,
    );
    // Give the live query time to answer, then check nothing was drawn.
    await waitFor(() => expect(screen.getByTestId('today')).toBeEmptyDOMElement());
    expect(container.querySelector('ul')).toBeNull();

    await adjustStock(s.id, -36);
    await surprise({ name: 'Retired', stock: 0, active: false });
    const section = await screen.findByRole('list', { name: 'Surprises running low' });
    expect(within(section).getByText('Shop logo sticker')).toBeInTheDocument();
    expect(within(section).getByText('4 left')).toBeInTheDocument();
    expect(within(section).queryByText('Retired')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Restock Shop logo sticker' })).toHaveAttribute(
      'href',
      `/surprises?restock=${s.id}`,
    );
    expect(screen.getByRole('link', { name: 'All surprises' })).toHaveAttribute('href', '/surprises');
  });
});
