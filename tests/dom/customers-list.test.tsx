import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appDb } from '@/db/db';
import { createOrder } from '@/db/orders';
import { renderApp } from './render';
import { resetAppDb } from './db';
import { orderFor, seedCustomer, withListLayout } from './customers-helpers';
import { CustomerRoutes } from './customers-routes';

withListLayout();
beforeEach(() => resetAppDb());

const allList = () => screen.findByRole('list', { name: 'Customers by name' });

async function seedThree() {
  const ana = await seedCustomer({
    name: 'Ana Muñoz',
    email: 'ana@example.com',
    address: { city: 'Madrid', country: 'Spain' },
  });
  const mehmet = await seedCustomer({
    name: 'Mehmet Yılmaz',
    etsyUsername: 'mehmet3d',
    address: { city: 'İstanbul' },
  });
  const john = await seedCustomer({ name: 'John Smith', address: { city: 'Portland', country: 'USA' } });
  await createOrder(orderFor(ana.id, { orderedDate: '2025-02-01' }));
  await createOrder(orderFor(ana.id, { orderedDate: '2025-04-20', externalId: '1002' }));
  return { ana, mehmet, john };
}

function render(lang: 'en' | 'tr' = 'en') {
  const user = userEvent.setup({ delay: null });
  renderApp(<CustomerRoutes />, { path: '/customers', lang });
  return user;
}

describe('CustomersPage', () => {
  it('welcomes an empty shop with the sample-shop offer', async () => {
    render();
    expect(await screen.findByRole('button', { name: 'Try with a sample shop' })).toBeInTheDocument();
    expect(screen.getByText('0 customers')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('lists customers by name with repeat badge, contact, place, order count and last order', async () => {
    await seedThree();
    render();
    const list = await allList();
    const rows = await within(list).findAllByRole('link');
    expect(rows.map((r) => r.querySelector('[data-field="name"]')?.textContent)).toEqual([
      'Ana Muñoz',
      'John Smith',
      'Mehmet Yılmaz',
    ]);
    expect(screen.getByText('3 customers')).toBeInTheDocument();

    const ana = rows[0]!;
    expect(within(ana).getByText('Repeat buyer')).toBeInTheDocument();
    expect(within(ana).getByText('ana@example.com')).toBeInTheDocument();
    expect(within(ana).getByText('Madrid, Spain')).toBeInTheDocument();
    expect(within(ana).getByText('2')).toBeInTheDocument();
    expect(within(ana).getByText(/Apr 20, 2025|20 Apr 2025/)).toBeInTheDocument();
    expect(within(rows[2]!).getByText('@mehmet3d')).toBeInTheDocument();
    expect(within(rows[2]!).queryByText('Repeat buyer')).not.toBeInTheDocument();
  });

  it('keeps everyone between visits, and shows a customer added while the screen was closed', async () => {
    await seedThree();
    const first = await renderApp(<CustomerRoutes />, { path: '/customers' });
    expect(await within(await allList()).findAllByRole('link')).toHaveLength(3);
    first.unmount();
    await seedCustomer({ name: 'Berk Aydın' });
    await renderApp(<CustomerRoutes />, { path: '/customers' });
    expect(await screen.findByText('4 customers')).toBeInTheDocument();
    const rows = await within(await allList()).findAllByRole('link');
    expect(rows.map((r) => r.querySelector('[data-field="name"]')?.textContent)).toEqual([
      'Ana Muñoz',
      'Berk Aydın',
      'John Smith',
      'Mehmet Yılmaz',
    ]);
  });

  it('creates a customer from the New customer dialog and shows them in the list', async () => {
    await seedCustomer({ name: 'Ana Muñoz' });
    const user = render();
    await allList();
    await user.click(screen.getByRole('button', { name: 'New customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Zeynep Kaya');
    await user.type(within(dialog).getByRole('textbox', { name: 'City' }), 'İzmir');
    await user.click(within(dialog).getByRole('button', { name: 'Add customer' }));

    expect(await screen.findByText('Zeynep Kaya was added.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const list = await allList();
    expect(await within(list).findByRole('link', { name: /Zeynep Kaya/ })).toBeInTheDocument();
    expect(screen.getByText('2 customers')).toBeInTheDocument();
    expect(await appDb().customers.where('sortName').equals('zeynep kaya').count()).toBe(1);
  });

  it('creates the first customer from the empty shop', async () => {
    const user = render();
    await screen.findByRole('button', { name: 'Try with a sample shop' });
    await user.click(screen.getByRole('button', { name: 'New customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Ana Muñoz');
    await user.click(within(dialog).getByRole('button', { name: 'Add customer' }));
    expect(await within(await allList()).findByRole('link', { name: /Ana Muñoz/ })).toBeInTheDocument();
  });

  it('does not save from the dialog while the email is invalid', async () => {
    const user = render();
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Ana');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ana@');
    await user.click(within(dialog).getByRole('button', { name: 'Add customer' }));
    expect(await within(dialog).findByText(/doesn’t look like an email address/)).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'New customer' })).toBeInTheDocument();
    expect(await appDb().customers.count()).toBe(0);
  });

  it('filters as you type, accent-insensitively, and says when nothing matches', async () => {
    await seedThree();
    const user = render();
    await allList();
    const search = screen.getByRole('searchbox', { name: 'Search customers' });

    await user.type(search, 'istanbul');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('link')
          .map((r) => r.querySelector('[data-field="name"]')?.textContent),
      ).toEqual(['Mehmet Yılmaz']),
    );
    expect(screen.queryByRole('list', { name: 'Customers by name' })).not.toBeInTheDocument();
    expect(screen.getByText('3 customers · 1 match')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'ana@ex');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Search results' }))
          .getAllByRole('link')
          .map((r) => r.querySelector('[data-field="name"]')?.textContent),
      ).toEqual(['Ana Muñoz']),
    );

    await user.type(search, 'zzz');
    expect(await screen.findByText('No customers match “ana@exzzz”')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search).toHaveValue('');
    expect(await within(await allList()).findAllByRole('link')).toHaveLength(3);
  });

  it('focuses the search with "/" and clears it with Escape', async () => {
    await seedThree();
    const user = render();
    await allList();
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    expect(search).not.toHaveFocus();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
    await user.keyboard('john');
    await screen.findByRole('list', { name: 'Search results' });
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
  });

  it('opens a customer by click and with the keyboard', async () => {
    await seedThree();
    const user = render();
    const list = await allList();
    await user.click(await within(list).findByRole('link', { name: /John Smith/ }));
    expect(await screen.findByRole('heading', { name: 'John Smith', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All customers' })).toHaveAttribute('href', '/customers');

    await user.click(screen.getByRole('link', { name: 'All customers' }));
    await within(await allList()).findAllByRole('link');
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    await user.click(search);
    await user.keyboard('{ArrowDown}');
    const first = within(await allList()).getAllByRole('link')[0]!;
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(await allList()).getAllByRole('link')[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'John Smith', level: 2 })).toBeInTheDocument();
  });

  it('speaks Turkish', async () => {
    await seedThree();
    render('tr');
    expect(await screen.findByRole('heading', { name: 'Müşteriler' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yeni müşteri' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Müşteri ara' })).toBeInTheDocument();
    expect(await screen.findByText('3 müşteri')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Ada göre müşteriler' });
    expect(await within(list).findByText('Müdavim')).toBeInTheDocument();
  });
});
