import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SurpriseInput } from '@shared/surprises/schema';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { createSurprise, giveSurprise } from '@/db/surprises';
import SurprisesPage from '@/features/surprises/SurprisesPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
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

const byName = async (name: string) => (await appDb().surprises.toArray()).find((s) => s.name === name);

async function pick(user: ReturnType<typeof userEvent.setup>, combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  // jsdom has no layout, so floating-ui hides the dropdown's options from the accessibility tree.
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('surprises page', () => {
  it('explains surprises when there are none, and adds one through the form with field errors', async () => {
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />);
    expect(await screen.findByText('Put a little surprise in each parcel')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add your first surprise' }));

    const form = await screen.findByRole('form', { name: 'New surprise' });
    await user.click(within(form).getByRole('button', { name: 'Add surprise' }));
    expect(await within(form).findByText('Enter a name')).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/^Name/), '15% off card');
    await pick(user, 'Kind', 'Discount code');
    const stock = within(form).getByLabelText('In stock');
    await user.clear(stock);
    await user.type(stock, '-3');
    await user.type(within(form).getByLabelText('Cost each'), '0.35');
    await user.click(within(form).getByRole('button', { name: 'Add surprise' }));
    // The code is required for a discount code; nothing is written until the form is right.
    expect(await within(form).findByText('Enter the discount code')).toBeInTheDocument();
    expect(await appDb().surprises.count()).toBe(0);

    await user.type(within(form).getByLabelText(/^Discount code/), 'thanks15');
    await user.clear(stock);
    await user.type(stock, '20');
    await user.click(within(form).getByRole('button', { name: 'Add surprise' }));

    const table = await screen.findByRole('table', { name: 'Surprise inventory' });
    expect(within(table).getByText('15% off card')).toBeInTheDocument();
    expect(within(table).getByText('THANKS15')).toBeInTheDocument();
    expect(await byName('15% off card')).toMatchObject({
      kind: 'discount-code',
      code: 'THANKS15',
      stock: 20,
      unitCost: 35,
      currency: 'USD',
      active: true,
      lowStockThreshold: 5,
    });
  });

  it('shows a field error when the name is taken', async () => {
    await surprise();
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />);
    await user.click(await screen.findByRole('button', { name: 'New surprise' }));
    const form = await screen.findByRole('form', { name: 'New surprise' });
    await user.type(within(form).getByLabelText(/^Name/), 'shop LOGO sticker');
    await user.click(within(form).getByRole('button', { name: 'Add surprise' }));
    expect(await within(form).findByText('There is already a surprise with this name.')).toBeInTheDocument();
    expect(await appDb().surprises.count()).toBe(1);
  });

  it('lists the inventory with low-stock badges, and filters by search, kind and status', async () => {
    await surprise();
    await surprise({ name: 'Mini gecko', kind: 'mini-print', stock: 3, unitCost: 40 });
    await surprise({ name: 'Flexi fish', kind: 'mini-print', stock: 0, active: false });
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />);
    await screen.findByRole('table', { name: 'Surprise inventory' });
    const rows = () =>
      within(screen.getByRole('table', { name: 'Surprise inventory' }))
        .getAllByRole('row')
        .slice(1);
    expect(rows()).toHaveLength(3);
    expect(screen.getByText('3 surprises · 1 running low')).toBeInTheDocument();

    const gecko = rows().find((r) => within(r).queryByText('Mini gecko'));
    expect(within(gecko!).getByText('Low stock')).toBeInTheDocument();
    expect(within(gecko!).getByText('$0.40')).toBeInTheDocument();
    const fish = rows().find((r) => within(r).queryByText('Flexi fish'));
    expect(within(fish!).getByText('Out of stock')).toBeInTheDocument();
    expect(within(fish!).getByText('Inactive')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Active' }));
    expect(rows().map((r) => within(r).getAllByRole('button')[0]?.textContent)).toEqual([
      'Mini gecko',
      'Shop logo sticker',
    ]);
    await pick(user, 'Kind', 'Mini print');
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.type(screen.getByRole('textbox', { name: 'Search surprises' }), 'FISH');
    expect(rows()).toHaveLength(1);
    expect(within(rows()[0]!).getByText('Flexi fish')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Search surprises' }), 'zzz');
    expect(screen.getByText('No surprises match')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(rows()).toHaveLength(3);
  });

  it('restocks, and refuses to take out more than there is', async () => {
    const s = await surprise({ name: 'Mini gecko', stock: 3 });
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />);
    await user.click(await screen.findByRole('button', { name: 'Restock Mini gecko' }));
    let dialog = await screen.findByRole('dialog', { name: 'Stock of Mini gecko' });
    await user.type(within(dialog).getByLabelText('How many to add'), '25');
    expect(within(dialog).getByText('Stock: 3 → 28')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add to stock' }));
    await waitFor(async () => expect((await appDb().surprises.get(s.id))?.stock).toBe(28));

    await user.click(await screen.findByRole('button', { name: 'Restock Mini gecko' }));
    dialog = await screen.findByRole('dialog', { name: 'Stock of Mini gecko' });
    await user.click(within(dialog).getByRole('radio', { name: 'Take out' }));
    await user.type(within(dialog).getByLabelText('How many to take out'), '30');
    await user.click(within(dialog).getByRole('button', { name: 'Take out of stock' }));
    expect(
      await within(dialog).findByText('Only 28 left in stock: stock cannot go below zero.'),
    ).toBeInTheDocument();
    expect((await appDb().surprises.get(s.id))?.stock).toBe(28);
  });

  it('opens the restock dialog from a link (?restock=id), as Today links to it', async () => {
    const s = await surprise({ name: 'Mini planter', stock: 2 });
    await renderApp(<SurprisesPage />, { path: `/surprises?restock=${s.id}` });
    expect(await screen.findByRole('dialog', { name: 'Stock of Mini planter' })).toBeInTheDocument();
  });

  it('shows who got a surprise, and offers to deactivate rather than delete one that was given', async () => {
    const s = await surprise();
    const ana = await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-02' });
    const o = await createOrder({
      customerId: ana.id,
      channel: 'etsy',
      externalId: '3141',
      items: [{ title: 'Dragon', quantity: 1, unitPrice: 2500 }],
      currency: 'USD',
      orderedDate: '2026-03-01',
    });
    await giveSurprise(o.id, s.id);
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />);

    await user.click(await screen.findByRole('button', { name: 'Shop logo sticker: who got it' }));
    const drawer = await screen.findByRole('dialog', { name: 'Shop logo sticker: who got it' });
    expect(await within(drawer).findByRole('link', { name: 'Ana Muñoz' })).toHaveAttribute(
      'href',
      `/customers/${ana.id}`,
    );
    expect(within(drawer).getByRole('link', { name: '3141' })).toHaveAttribute('href', `/orders/${o.id}`);
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'More actions for Shop logo sticker' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Shop logo sticker is in customers’ history' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await waitFor(async () => expect((await appDb().surprises.get(s.id))?.active).toBe(false));
    expect(await appDb().surprises.count()).toBe(1);
  });

  it('deletes a surprise never given, after confirming', async () => {
    const s = await surprise({ name: 'Unused' });
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />);
    await user.click(await screen.findByRole('button', { name: 'More actions for Unused' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Unused?' });
    expect(await appDb().surprises.get(s.id)).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Delete surprise' }));
    await waitFor(async () => expect(await appDb().surprises.get(s.id)).toBeUndefined());
    expect(await screen.findByText('Put a little surprise in each parcel')).toBeInTheDocument();
  });

  it('edits a surprise', async () => {
    const s = await surprise();
    const user = userEvent.setup();
    await renderApp(<SurprisesPage />, { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'More actions for Shop logo sticker' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit', hidden: true }));
    const form = await screen.findByRole('form', { name: 'Edit Shop logo sticker' });
    const name = within(form).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Logo sticker');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await appDb().surprises.get(s.id))?.name).toBe('Logo sticker'));
    expect((await appDb().surprises.get(s.id))?.createdAt).toBe(s.createdAt);
  });
});
