// The print view inside Electron: it asks the desktop for the system print dialog or a PDF file, at the
// card's paper size with no margins, and marks the notes printed only when that succeeded.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CANCELED, type DesktopApi } from '@shared/ipc/contract';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import PrintNotesPage from '@/features/notes/PrintNotesPage';
import { noteCardsHref } from '@/features/notes/print/href';
import { renderApp } from './render';
import { resetAppDb } from './db';

const fake = vi.hoisted(() => ({
  print: vi.fn<DesktopApi['print']>(),
  printToPdf: vi.fn<DesktopApi['printToPdf']>(),
}));

vi.mock('@/platform/desktop', () => ({
  isDesktop: true,
  desktop: { print: fake.print, printToPdf: fake.printToPdf },
}));

let ids: string[];

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  fake.print.mockReset();
  fake.printToPdf.mockReset();
  ids = [];
  for (const [i, name] of ['Ana Muñoz', 'Şükrü Yılmaz'].entries()) {
    const c = await createCustomer({ name, createdDate: '2026-01-01' });
    const o = await createOrder({
      customerId: c.id,
      channel: 'etsy',
      externalId: `20${i}`,
      currency: 'USD',
      orderedDate: '2026-03-01',
      shipping: 0,
      items: [{ title: 'Vase', material: 'PETG', quantity: 1, unitPrice: 900 }],
    });
    ids.push(o.id);
  }
});

const printedNotes = async () => (await appDb().notes.toArray()).filter((n) => n.mode === 'printed').length;

describe('printing note cards in the desktop app', () => {
  it('prints at the chosen card size with no margins, then marks the notes printed', async () => {
    fake.print.mockResolvedValue({ ok: true });
    const user = userEvent.setup();
    await renderApp(<PrintNotesPage />, { path: noteCardsHref(ids, { size: '4x6' }) });
    // No browser hint inside the desktop app.
    await screen.findByRole('heading', { name: 'Print note cards' });
    expect(screen.queryByText(/In the browser/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('2 note cards marked as printed.')).toBeInTheDocument();
    expect(fake.print).toHaveBeenCalledWith({ pageSize: 'Card4x6', margins: 'none' });
    expect(await printedNotes()).toBe(2);
  });

  it('saves a PDF to the chosen file, says where, and marks the notes printed', async () => {
    fake.printToPdf.mockResolvedValue({ ok: true, path: '/home/deniz/cards.pdf' });
    const user = userEvent.setup();
    await renderApp(<PrintNotesPage />, { path: noteCardsHref(ids, { size: 'a4-4up' }) });
    await user.click(await screen.findByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Saved to /home/deniz/cards.pdf')).toBeInTheDocument();
    expect(fake.printToPdf).toHaveBeenCalledWith({
      suggestedName: expect.stringMatching(/^note-cards-\d{4}-\d{2}-\d{2}$/),
      pageSize: 'A4',
      margins: 'none',
    });
    await waitFor(async () => expect(await printedNotes()).toBe(2));
  });

  it('marks nothing when the dialog is cancelled, and shows why when printing failed', async () => {
    fake.print.mockResolvedValueOnce({ ok: false, reason: CANCELED });
    fake.printToPdf.mockResolvedValueOnce({ ok: false, reason: 'disk full' });
    fake.print.mockResolvedValueOnce({ ok: false, reason: 'printer offline' });
    const user = userEvent.setup();
    await renderApp(<PrintNotesPage />, { path: noteCardsHref(ids, { size: 'a6' }) });

    await user.click(await screen.findByRole('button', { name: 'Print' }));
    await waitFor(() => expect(fake.print).toHaveBeenCalledTimes(1));
    expect(fake.print).toHaveBeenCalledWith({ pageSize: 'A6', margins: 'none' });

    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Could not save the PDF: disk full')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Could not print: printer offline')).toBeInTheDocument();
    expect(await printedNotes()).toBe(0);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('prints with Ctrl+P', async () => {
    fake.print.mockResolvedValue({ ok: true });
    const user = userEvent.setup();
    await renderApp(<PrintNotesPage />, { path: noteCardsHref(ids, { size: '3.5x2' }) });
    await screen.findByRole('heading', { name: 'Print note cards' });
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() => expect(fake.print).toHaveBeenCalledWith({ pageSize: 'Card35x2', margins: 'none' }));
  });
});
