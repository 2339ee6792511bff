import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Customer } from '@shared/domain/customer';
import { appDb } from '@/db/db';
import { createCustomer, deleteCustomer, getCustomer } from '@/db/customers';
import { CustomerForm } from '@/features/customers/CustomerForm';
import { today } from '@/app/clock';
import { renderApp } from './render';
import { resetAppDb } from './db';
import './customers-helpers';

beforeEach(() => resetAppDb());

const seedCustomer = (over: Partial<Customer> = {}) =>
  createCustomer({ name: 'Ana Muñoz', createdDate: '2024-05-02', ...over });

function setup(initial?: Customer, lang: 'en' | 'tr' = 'en') {
  const onSaved = vi.fn<(c: Customer) => void>();
  const onCancel = vi.fn();
  const user = userEvent.setup({ delay: null });
  const view = renderApp(<CustomerForm initial={initial} onSaved={onSaved} onCancel={onCancel} />, { lang });
  return { onSaved, onCancel, user, view };
}

describe('CustomerForm', () => {
  it('shows a field error for an invalid email and saves nothing', async () => {
    const { onSaved, user } = setup();
    await screen.findByRole('form', { name: 'New customer' });
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ana Muñoz');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ana-at-example');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/doesn’t look like an email address/);
    expect(email).toHaveFocus();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await appDb().customers.count()).toBe(0);
  });

  it('flags a missing name and a bad phone, and saves nothing', async () => {
    const { onSaved, user } = setup();
    await user.type(await screen.findByRole('textbox', { name: 'Phone' }), 'call me maybe');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));
    expect(await screen.findByText('Enter the customer’s name')).toBeInTheDocument();
    expect(screen.getByText(/Use digits, spaces/)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await appDb().customers.count()).toBe(0);
  });

  it('checks the email when leaving the field', async () => {
    const { user } = setup();
    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'nope@');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves every field of a valid customer, with today as the default created date', async () => {
    const { onSaved, user } = setup();
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Ana Muñoz');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ana@example.com');
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '+34 600 123 456');
    await user.type(screen.getByRole('textbox', { name: 'Etsy username' }), 'anaprints');
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'Madrid');
    await user.type(screen.getByRole('textbox', { name: 'ZIP / postal code' }), '07661');
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'cosplay{Enter}wholesale{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Likes' }), 'Dragons, teal');
    await user.click(screen.getByRole('switch', { name: /No surprises/ }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Prefers matte PLA');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = await getCustomer(onSaved.mock.calls[0]![0].id);
    expect(saved).toMatchObject({
      name: 'Ana Muñoz',
      email: 'ana@example.com',
      phone: '+34 600 123 456',
      etsyUsername: 'anaprints',
      address: { city: 'Madrid', zip: '07661' },
      tags: ['cosplay', 'wholesale'],
      notes: 'Prefers matte PLA',
      preferences: { likes: 'Dragons, teal', noSurprises: true, noReviewRequests: false, noteLanguage: 'en' },
      createdDate: today(),
    });
    // Blank fields are left out, not stored as empty strings.
    expect(saved).not.toHaveProperty('shopifyId');
    expect(saved?.address).not.toHaveProperty('line1');
  });

  it('edits a customer in place and keeps the sample flag', async () => {
    const c = await seedCustomer({ email: 'ana@example.com', sample: 1 });
    const { onSaved, user } = setup(c);
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('Ana Muñoz');
    await user.clear(name);
    await user.type(name, 'Ana M. Muñoz');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const stored = await getCustomer(c.id);
    expect(stored).toMatchObject({ id: c.id, name: 'Ana M. Muñoz', email: 'ana@example.com', sample: 1 });
    expect(await appDb().customers.count()).toBe(1);
  });

  it('shows what the repository refused (the customer was deleted meanwhile) and saves nothing', async () => {
    const c = await seedCustomer();
    const { onSaved, user } = setup(c);
    await screen.findByRole('form');
    await deleteCustomer(c.id, 'refuse');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This customer was deleted in the meantime');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await appDb().customers.count()).toBe(0);
  });

  it('cancel calls onCancel', async () => {
    const { onCancel, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('speaks Turkish: labels and error messages', async () => {
    const { user } = setup(undefined, 'tr');
    await screen.findByRole('form', { name: 'Yeni müşteri' });
    expect(screen.getByRole('textbox', { name: /^Ad soyad/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Posta kodu' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Sürpriz yok/ })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'E-posta' }), 'yanlis');
    await user.click(screen.getByRole('button', { name: 'Müşteriyi ekle' }));
    expect(await screen.findByText(/e-posta adresine benzemiyor/)).toBeInTheDocument();
    expect(screen.getByText('Müşterinin adını yazın')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vazgeç' })).toBeInTheDocument();
  });
});
