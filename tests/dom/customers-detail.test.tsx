import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appDb } from '@/db/db';
import { getCustomer } from '@/db/customers';
import { createOrder, ordersOfCustomer, setOrderStatus } from '@/db/orders';
import { renderApp } from './render';
import { resetAppDb } from './db';
import { orderFor, seedCustomer, withListLayout } from './customers-helpers';
import { CustomerRoutes } from './customers-routes';

withListLayout();
beforeEach(() => resetAppDb());

/** Ana with four orders: two in USD, one in EUR, one cancelled (USD). */
async function seedAna() {
  const ana = await seedCustomer({
    name: 'Ana Muñoz',
    email: 'ana@example.com',
    phone: '+34 600 123 456',
    etsyUsername: 'anaprints',
    address: { line1: 'Calle Mayor 5', city: 'Madrid', zip: '28013', country: 'Spain' },
    tags: ['cosplay', 'wholesale'],
    notes: 'Prefers matte PLA.\nShip in plain boxes.',
    preferences: { likes: 'Dragons', noSurprises: true, noteLanguage: 'tr', noReviewRequests: false },
  });
  await createOrder(
    orderFor(ana.id, {
      orderedDate: '2025-01-15',
      externalId: '3141592',
      items: [{ title: 'Dragon', quantity: 2, unitPrice: 2_500 }],
      shipping: 750,
    }),
  ); // $57.50
  await createOrder(
    orderFor(ana.id, {
      orderedDate: '2025-03-02',
      externalId: '3141593',
      items: [{ title: 'Egg', quantity: 1, unitPrice: 1_200 }],
    }),
  ); // $12.00
  await createOrder(
    orderFor(ana.id, {
      orderedDate: '2025-05-10',
      channel: 'shopify',
      externalId: '#1001',
      currency: 'EUR',
      items: [{ title: 'Lamp', quantity: 1, unitPrice: 3_000 }],
    }),
  ); // €30.00
  const cancelled = await createOrder(
    orderFor(ana.id, {
      orderedDate: '2025-06-01',
      items: [{ title: 'Castle', quantity: 1, unitPrice: 9_900 }],
    }),
  );
  await setOrderStatus(cancelled.id, 'cancelled', '2025-06-02');
  return ana;
}

function render(path: string, lang: 'en' | 'tr' = 'en') {
  const user = userEvent.setup({ delay: null });
  renderApp(<CustomerRoutes />, { path, lang });
  return user;
}

describe('CustomerPage', () => {
  it('shows lifetime value per currency without cancelled orders, the order count and first/last order', async () => {
    const ana = await seedAna();
    render(`/customers/${ana.id}`);
    expect(await screen.findByRole('heading', { name: 'Ana Muñoz', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('Repeat buyer')).toBeInTheDocument();

    const lifetime = await screen.findByRole('group', { name: 'Lifetime value' });
    await waitFor(() => expect(lifetime).toHaveTextContent('$69.50'));
    expect(lifetime).toHaveTextContent('€30.00');
    expect(lifetime).not.toHaveTextContent('$168.50');

    const orders = screen.getByRole('group', { name: 'Orders' });
    expect(orders).toHaveTextContent(/^Orders3\+ 1 cancelled$/);
    expect(screen.getByRole('group', { name: 'First order' })).toHaveTextContent(/Jan 15, 2025|15 Jan 2025/);
    expect(screen.getByRole('group', { name: 'Last order' })).toHaveTextContent(/May 10, 2025|10 May 2025/);
  });

  it('shows contact, address, tags, preferences and notes', async () => {
    const ana = await seedAna();
    render(`/customers/${ana.id}`);
    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(contact).toHaveTextContent('ana@example.com');
    expect(contact).toHaveTextContent('+34 600 123 456');
    expect(contact).toHaveTextContent('anaprints');
    expect(within(contact).getByRole('button', { name: 'Copy email address' })).toBeInTheDocument();
    const address = screen.getByRole('region', { name: 'Address' });
    for (const line of ['Calle Mayor 5', '28013 Madrid', 'Spain'])
      expect(within(address).getByText(line)).toBeInTheDocument();
    const tags = screen.getByRole('region', { name: 'Tags' });
    expect(within(tags).getByText('cosplay')).toBeInTheDocument();
    expect(within(tags).getByText('wholesale')).toBeInTheDocument();
    const prefs = screen.getByRole('region', { name: 'Preferences' });
    expect(prefs).toHaveTextContent('Dragons');
    expect(prefs).toHaveTextContent('No surprises');
    expect(prefs).toHaveTextContent('May be asked');
    expect(prefs).toHaveTextContent('Turkish');
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Prefers matte PLA.');
  });

  it('lists their orders, newest first, each linking to the order', async () => {
    const ana = await seedAna();
    const user = render(`/customers/${ana.id}`);
    const list = await screen.findByRole('list', { name: 'Orders of Ana Muñoz' });
    const rows = within(list).getAllByRole('link');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('Cancelled');
    expect(rows[1]).toHaveTextContent('Shopify');
    expect(rows[1]).toHaveTextContent('#1001');
    expect(rows[1]).toHaveTextContent('€30.00');
    expect(rows[3]).toHaveTextContent('3141592');
    expect(rows[3]).toHaveTextContent('New');
    expect(rows[3]).toHaveTextContent('$57.50');
    const [newest] = await ordersOfCustomer(ana.id);
    await user.click(rows[0]!);
    expect(await screen.findByRole('status', { name: 'location' })).toHaveTextContent(
      `/orders/${newest!.id}`,
    );
  });

  it('updates live when an order is added', async () => {
    const ana = await seedCustomer();
    render(`/customers/${ana.id}`);
    expect(await screen.findByText('No orders yet.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Orders' })).toHaveTextContent(/^Orders0$/);
    await createOrder(orderFor(ana.id, { items: [{ title: 'Dragon', quantity: 1, unitPrice: 4_200 }] }));
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Lifetime value' })).toHaveTextContent('$42.00'),
    );
    expect(screen.getByRole('group', { name: 'Orders' })).toHaveTextContent(/^Orders1$/);
  });

  it('starts a new order for this customer', async () => {
    const ana = await seedCustomer();
    const user = render(`/customers/${ana.id}`);
    await user.click(await screen.findByRole('button', { name: 'New order for this customer' }));
    expect(await screen.findByRole('status', { name: 'location' })).toHaveTextContent(
      `/orders/new?customer=${ana.id}`,
    );
  });

  it('edits the customer in a dialog', async () => {
    const ana = await seedCustomer({ email: 'ana@example.com' });
    const user = render(`/customers/${ana.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ana Muñoz' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveValue('ana@example.com');
    await user.clear(name);
    await user.type(name, 'Ana María Muñoz');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'Ana María Muñoz', level: 2 })).toBeInTheDocument();
    expect(await screen.findByText('Changes to Ana María Muñoz were saved.')).toBeInTheDocument();
  });

  it('asks before deleting a customer with orders, says how many, and cancel keeps everything', async () => {
    const ana = await seedAna();
    const user = render(`/customers/${ana.id}`);
    await screen.findByRole('list', { name: 'Orders of Ana Muñoz' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Ana Muñoz?' });
    expect(dialog).toHaveTextContent('Ana Muñoz has 4 orders.');
    expect(
      within(dialog).getByRole('button', { name: 'Delete customer and their 4 orders' }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getCustomer(ana.id)).toBeDefined();
    expect(await appDb().orders.count()).toBe(4);
  });

  it('deletes a customer and their orders once confirmed, then goes back to the list', async () => {
    const ana = await seedAna();
    const bob = await seedCustomer({ name: 'Bob Stone' });
    const user = render(`/customers/${ana.id}`);
    await screen.findByRole('list', { name: 'Orders of Ana Muñoz' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Ana Muñoz?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer and their 4 orders' }));

    expect(await screen.findByText('Ana Muñoz and 4 orders were deleted.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Customers', level: 2 })).toBeInTheDocument();
    expect(await getCustomer(ana.id)).toBeUndefined();
    expect(await appDb().orders.count()).toBe(0);
    expect(await getCustomer(bob.id)).toBeDefined();
  });

  it('deletes a customer without orders after a plain confirmation', async () => {
    const ana = await seedCustomer();
    const user = render(`/customers/${ana.id}`);
    await screen.findByText('No orders yet.');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Ana Muñoz?' });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    expect(dialog).not.toHaveTextContent(/orders?\b/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));
    expect(await screen.findByText('Ana Muñoz was deleted.')).toBeInTheDocument();
    expect(await getCustomer(ana.id)).toBeUndefined();
  });

  it('says so for an unknown customer', async () => {
    render('/customers/no-such-customer');
    expect(await screen.findByText('Customer not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All customers' })).toHaveAttribute('href', '/customers');
  });

  it('speaks Turkish', async () => {
    const ana = await seedAna();
    const user = render(`/customers/${ana.id}`, 'tr');
    expect(await screen.findByRole('group', { name: 'Toplam harcama' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Sipariş' })).toBeInTheDocument();
    expect(screen.getByText('Müdavim')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bu müşteriye yeni sipariş' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'İletişim' })).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Siparişler: Ana Muñoz' });
    await user.click(screen.getByRole('button', { name: 'Sil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ana Muñoz silinsin mi?' });
    expect(within(dialog).getByRole('button', { name: 'Müşteriyi ve 4 siparişini sil' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Vazgeç' })).toBeInTheDocument();
  });
});
