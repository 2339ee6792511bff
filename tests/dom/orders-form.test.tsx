import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import NewOrderPage from '@/features/orders/NewOrderPage';
import OrderPage from '@/features/orders/OrderPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

const pages = (
  <Routes>
    <Route path="/orders/new" element={<NewOrderPage />} />
    <Route path="/orders/:id" element={<OrderPage />} />
  </Routes>
);

let anaId: string;

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  anaId = (await createCustomer({ name: 'Ana Muñoz', email: 'ana@example.com', createdDate: '2026-01-01' }))
    .id;
  await createCustomer({ name: 'Bob Stone', createdDate: '2026-01-01' });
});

/** Puts text into a field in one input event (typing each key re-renders the whole form: slow in jsdom). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function pickCustomer(user: ReturnType<typeof userEvent.setup>, typed: string, name: string) {
  await user.type(screen.getByRole('combobox', { name: /^Customer/ }), typed);
  // jsdom has no layout, so floating-ui reports the dropdown's anchor as hidden (display: none).
  await user.click(
    await screen.findByRole('option', { name: new RegExp(name), hidden: true }, { timeout: 4000 }),
  );
}

describe('order form', () => {
  it('shows the total live and saves the order with its items in minor units', async () => {
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders/new' });
    await pickCustomer(user, 'ana', 'Ana Muñoz');

    await fill(user, screen.getByLabelText('Item 1: Name'), 'Articulated dragon');
    const qty = screen.getByLabelText('Item 1: Qty');
    await user.clear(qty);
    await user.type(qty, '3');
    await fill(user, screen.getByLabelText('Item 1: Unit price'), '12,50');
    expect(screen.getByTestId('order-total')).toHaveTextContent('$37.50');

    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await fill(user, screen.getByLabelText('Item 2: Name'), 'Stand');
    await fill(user, screen.getByLabelText('Item 2: Unit price'), '2');
    await fill(user, screen.getByLabelText('Shipping'), '4.99');
    await fill(user, screen.getByLabelText('Discount'), '1');
    expect(screen.getByTestId('order-total')).toHaveTextContent('$43.49');

    await fill(user, screen.getByLabelText('Order number'), '3141');
    await user.type(screen.getByRole('combobox', { name: 'Coupon codes' }), 'SPRING10{enter}');
    await user.click(screen.getByRole('button', { name: 'Save order' }));

    // Saved, then the order's page.
    expect(await screen.findByRole('heading', { name: 'Order 3141' }, { timeout: 4000 })).toBeInTheDocument();
    const rows = await appDb().orders.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      customerId: anaId,
      channel: 'etsy',
      externalId: '3141',
      currency: 'USD',
      status: 'new',
      shipping: 499,
      discount: 100,
      total: 4349,
      couponCodes: ['SPRING10'],
      items: [
        { title: 'Articulated dragon', quantity: 3, unitPrice: 1250 },
        { title: 'Stand', quantity: 1, unitPrice: 200 },
      ],
    });
    expect((await appDb().customers.get(anaId))?.stats.orderCount).toBe(1);
  });

  it('shows a field error for an invalid quantity and saves nothing', async () => {
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/new?customer=${anaId}` });
    // The customer from the link is preselected.
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Customer/ })).toHaveValue('Ana Muñoz'));

    await fill(user, screen.getByLabelText('Item 1: Name'), 'Vase');
    const qty = screen.getByLabelText('Item 1: Qty');
    await user.clear(qty);
    await user.type(qty, '0');
    await fill(user, screen.getByLabelText('Item 1: Unit price'), '8');
    await user.click(screen.getByRole('button', { name: 'Save order' }));

    expect(await screen.findByText('Whole number, 1 or more')).toBeInTheDocument();
    expect(screen.getByLabelText('Item 1: Qty')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Some fields need a look/)).toBeInTheDocument();
    expect(await appDb().orders.count()).toBe(0);
  });

  it('refuses an unreadable price and a missing customer without writing', async () => {
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders/new' });
    await fill(user, screen.getByLabelText('Item 1: Name'), 'Vase');
    await fill(user, screen.getByLabelText('Item 1: Unit price'), 'twelve');
    await user.click(screen.getByRole('button', { name: 'Save order' }));

    expect(await screen.findByText('Enter a price, like 12.50')).toBeInTheDocument();
    expect(screen.getByText('Pick a customer for this order')).toBeInTheDocument();
    expect(await appDb().orders.count()).toBe(0);
  });

  it('shows the repository’s duplicate order number on the field', async () => {
    await createOrder({
      customerId: anaId,
      channel: 'etsy',
      externalId: '3141',
      currency: 'USD',
      orderedDate: '2026-03-01',
      items: [{ title: 'Dragon', quantity: 1, unitPrice: 100 }],
    });
    const user = userEvent.setup();
    await renderApp(pages, { path: `/orders/new?customer=${anaId}` });
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Customer/ })).toHaveValue('Ana Muñoz'));
    await fill(user, screen.getByLabelText('Item 1: Name'), 'Vase');
    await fill(user, screen.getByLabelText('Item 1: Unit price'), '8');
    await fill(user, screen.getByLabelText('Order number'), '3141');
    await user.click(screen.getByRole('button', { name: 'Save order' }));

    expect(await screen.findByText('Order 3141 is already on file for Etsy')).toBeInTheDocument();
    expect(screen.getByLabelText('Order number')).toHaveAttribute('aria-invalid', 'true');
    expect(await appDb().orders.count()).toBe(1);
  });

  it('creates a customer inline and selects them', async () => {
    const user = userEvent.setup();
    await renderApp(pages, { path: '/orders/new' });
    await user.type(screen.getByRole('combobox', { name: /^Customer/ }), 'Zeynep');
    await user.click(screen.getByRole('button', { name: 'New customer' }));

    const dialog = await screen.findByRole('dialog');
    // Prefilled with what was typed into the picker.
    const name = within(dialog).getAllByRole('textbox')[0]!;
    expect(name).toHaveValue('Zeynep');
    await user.type(name, ' Kaya');
    const submit = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await user.click(submit);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const zeynep = (await appDb().customers.toArray()).find((c) => c.name === 'Zeynep Kaya');
    expect(zeynep).toBeDefined();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Customer/ })).toHaveValue('Zeynep Kaya'),
    );
    // The customer's form did not submit the order.
    expect(await appDb().orders.count()).toBe(0);
  });
});
