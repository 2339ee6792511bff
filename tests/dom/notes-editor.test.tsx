import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import userEvent from '@testing-library/user-event';
import type { OrderInput } from '@shared/domain/order';
import { createCustomer } from '@/db/customers';
import { appDb } from '@/db/db';
import { createTemplate, draftNote, noteForOrder, saveNote } from '@/db/notes';
import { createOrder } from '@/db/orders';
import { OrderNote } from '@/features/notes/OrderNote';
import { NoteStatusBadge } from '@/features/notes/NoteStatusBadge';
import OrderPage from '@/features/orders/OrderPage';
import { resetAppDb } from './db';
import { renderApp } from './render';

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
});

function order(customerId: string, over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    currency: 'USD',
    orderedDate: '2026-03-01',
    status: 'ready',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2_500 }],
    ...over,
  };
}

async function customerWithOrder(name: string, noteLanguage: 'en' | 'tr' = 'en') {
  const c = await createCustomer({ name, createdDate: '2025-01-01', preferences: { noteLanguage } });
  const o = await createOrder(order(c.id));
  return { customer: c, order: o };
}

const noteBox = () => screen.findByRole('textbox', { name: 'Note text' });

describe('OrderNote', () => {
  it('shows a draft in the customer’s note language without saving it', async () => {
    const { order: o } = await customerWithOrder('Ayşe Demir', 'tr');
    await renderApp(<OrderNote orderId={o.id} />);
    const box = await noteBox();
    expect((box as HTMLTextAreaElement).value).toMatch(
      /^Merhaba Ayşe,\n\nSiparişiniz için çok teşekkür ederim!/,
    );
    expect(screen.getByText('Drafted in Turkish, the customer’s note language.')).toBeInTheDocument();
    expect(screen.getByTestId('note-save-state')).toHaveTextContent('Not saved yet');
    expect(screen.getByRole('heading', { name: 'Thank-you note' })).toBeInTheDocument();
    expect(screen.getByText('No note')).toBeInTheDocument();
    expect(await appDb().notes.count()).toBe(0);
  });

  it('saves what is typed by itself and shows that it did', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={o.id} />);
    const box = await noteBox();
    await user.clear(box);
    await user.type(box, 'Dear Ana, thank you!');
    expect(screen.getByTestId('note-save-state')).toHaveTextContent(/Unsaved changes|Saving/);
    await waitFor(async () => expect((await noteForOrder(o.id))?.body).toBe('Dear Ana, thank you!'));
    await waitFor(() => expect(screen.getByTestId('note-save-state')).toHaveTextContent('Saved'));
    expect(await screen.findByText('Note drafted')).toBeInTheDocument();
    expect(box).toHaveValue('Dear Ana, thank you!');
  });

  it('ticks Written at once, and hides it for a printed note', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={o.id} />);
    await noteBox();
    await user.click(screen.getByRole('checkbox', { name: /^Written/ }));
    await waitFor(async () =>
      expect(await noteForOrder(o.id)).toMatchObject({ mode: 'handwritten', written: true }),
    );
    expect((await noteForOrder(o.id))?.body).toMatch(/^Hi Ana,/);
    expect(await screen.findByText('Note written')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Printed' }));
    await waitFor(async () =>
      expect(await noteForOrder(o.id)).toMatchObject({ mode: 'printed', written: false }),
    );
    expect(screen.queryByRole('checkbox', { name: /^Written/ })).not.toBeInTheDocument();
    expect(screen.getByText('Goes out with the next print run.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Print this note' })).toHaveAttribute(
      'href',
      `/print/notes?orders=${o.id}`,
    );
  });

  it('warns when the text ties a reward to a review, and stops when it no longer does', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={o.id} />);
    const box = await noteBox();
    expect(screen.queryByText('This may break Etsy’s review policy')).not.toBeInTheDocument();
    await user.clear(box);
    await user.click(box);
    await user.paste('Leave a 5-star review and get a discount!');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This may break Etsy’s review policy');
    expect(alert).toHaveTextContent('mentions “discount” and “5-star” together');
    await user.clear(box);
    await user.paste('Enjoy your dragon!');
    expect(screen.queryByText('This may break Etsy’s review policy')).not.toBeInTheDocument();
  });

  it('suggests a personal line for a returning customer and inserts it once', async () => {
    const { customer: c } = await customerWithOrder('Ana Muñoz');
    const again = await createOrder(
      order(c.id, { orderedDate: '2026-04-01', items: [{ title: 'Planter', quantity: 1, unitPrice: 900 }] }),
    );
    await createTemplate({ name: 'Plain', language: 'en', body: 'Hi {firstName}!\n\nWarmly,\nDeniz' });
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={again.id} />);
    const box = await noteBox();
    const line = 'This is your 2nd order; last time you chose the Articulated dragon.';
    expect(screen.getByText(line)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insert the personal line into the note' }));
    expect(box).toHaveValue(`Hi Ana!\n${line}\n\nWarmly,\nDeniz`);
    expect(screen.getByRole('button', { name: 'Already in the note' })).toBeDisabled();
    await waitFor(async () => expect((await noteForOrder(again.id))?.body).toContain(line));
  });

  it('replaces the text with another template, asking first when the seller wrote something', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    await createTemplate({ name: 'Warm', language: 'en', body: 'Warm thanks, {firstName}!' });
    await createTemplate({
      name: 'Short',
      language: 'en',
      body: 'Thanks {firstName}, enjoy the {itemName}.',
    });
    await saveNote(o.id, { body: 'My own words', mode: 'handwritten' });
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={o.id} />);
    const box = await noteBox();
    expect(box).toHaveValue('My own words');

    await user.click(screen.getByRole('combobox', { name: 'Template' }));
    await user.click(await screen.findByRole('option', { name: 'Short', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the note with this template?' });
    expect(box).toHaveValue('My own words');
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(box).toHaveValue('Thanks Ana, enjoy the Articulated dragon.'));
    await waitFor(async () =>
      expect((await noteForOrder(o.id))?.body).toBe('Thanks Ana, enjoy the Articulated dragon.'),
    );
  });

  it('drafts again from the default template after asking', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    await createTemplate({ name: 'Warm', language: 'en', body: 'Warm thanks, {firstName}!' });
    await saveNote(o.id, { body: 'My own words', mode: 'handwritten' });
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={o.id} />);
    const box = await noteBox();
    await user.click(screen.getByRole('button', { name: 'Draft again from the template' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the note with this template?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(box).toHaveValue('My own words');
    await user.click(screen.getByRole('button', { name: 'Draft again from the template' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Replace the note with this template?' })).getByRole(
        'button',
        { name: 'Replace' },
      ),
    );
    await waitFor(() => expect(box).toHaveValue('Warm thanks, Ana!'));
  });

  it('says so when an empty note cannot be saved', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    const user = userEvent.setup();
    await renderApp(<OrderNote orderId={o.id} />);
    await user.clear(await noteBox());
    expect(await screen.findByText('An empty note is not saved.')).toBeInTheDocument();
    expect(await appDb().notes.count()).toBe(0);
  });

  it('speaks Turkish', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    await renderApp(<OrderNote orderId={o.id} />, { lang: 'tr' });
    const box = (await screen.findByRole('textbox', { name: 'Not metni' })) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^Hi Ana,/);
    expect(screen.getByText('Müşterinin not dili olan İngilizce ile hazırlandı.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Yazıldı/ })).toBeInTheDocument();
  });
});

describe('order page', () => {
  const page = (
    <Routes>
      <Route path="/orders/:id" element={<OrderPage />} />
    </Routes>
  );

  it('has the note of an open order, and none for a cancelled one', async () => {
    const { customer: c, order: o } = await customerWithOrder('Ana Muñoz');
    const open = await renderApp(page, { path: `/orders/${o.id}` });
    const section = await screen.findByRole('region', { name: 'Thank-you note' });
    expect(within(section).getByRole('textbox', { name: 'Note text' })).toHaveValue(
      (await draftNote(o.id))?.body ?? 'missing draft',
    );

    open.unmount();
    const gone = await createOrder(order(c.id, { status: 'cancelled' }));
    await renderApp(page, { path: `/orders/${gone.id}` });
    expect(await screen.findByText('This order was cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Thank-you note' })).not.toBeInTheDocument();
  });
});

describe('NoteStatusBadge', () => {
  it('shows the live status of an order’s note, or the status given', async () => {
    const { order: o } = await customerWithOrder('Ana Muñoz');
    await renderApp(
      <>
        <NoteStatusBadge orderId={o.id} />
        <NoteStatusBadge status="printed" />
      </>,
    );
    expect(await screen.findByText('No note')).toBeInTheDocument();
    expect(screen.getByText('Note printed')).toBeInTheDocument();
    await saveNote(o.id, { body: 'Hi', mode: 'handwritten', written: true });
    expect(await screen.findByText('Note written')).toBeInTheDocument();
  });
});
