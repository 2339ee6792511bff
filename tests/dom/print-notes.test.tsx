import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import type { OrderInput } from '@shared/domain/order';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { readSetting, writeSetting } from '@/db/settings';
import PrintNotesPage from '@/features/notes/PrintNotesPage';
import { noteCardsHref } from '@/features/notes/print/href';
import { parseNoteCardParams } from '@/features/notes/print/params';
import { shopSetting } from '@/db/shop-settings';
import { noteCardPrintSetting } from '@/features/notes/print/settings';
import { fitText } from '@/features/notes/print/NoteCardView';
import { renderApp } from './render';
import { resetAppDb } from './db';

const XSS = '<img src=x onerror=alert(1)>';

/** The print page, and the URL's query shown so tests can see what the toolbar keeps in it. */
function Where() {
  return <output data-testid="location-search">{useLocation().search}</output>;
}
const query = () => new URLSearchParams(screen.getByTestId('location-search').textContent ?? '');
const page = (
  <>
    <Routes>
      <Route path="/print/notes" element={<PrintNotesPage />} />
      <Route path="/today" element={<p>Today screen</p>} />
    </Routes>
    <Where />
  </>
);

function order(customerId: string, externalId: string): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    externalId,
    currency: 'USD',
    orderedDate: '2026-03-01',
    shipping: 0,
    items: [{ title: 'Articulated dragon', material: 'PLA', quantity: 1, unitPrice: 1250 }],
  };
}

let ids: string[];

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  const ana = await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-01' });
  const evil = await createCustomer({ name: XSS, createdDate: '2026-01-01' });
  const ayse = await createCustomer({
    name: 'Ayşe Gül Öztürk',
    createdDate: '2026-01-01',
    preferences: { noteLanguage: 'tr', noSurprises: false, noReviewRequests: false },
  });
  ids = [
    (await createOrder(order(ana.id, '1001'))).id,
    (await createOrder(order(evil.id, '1002'))).id,
    (await createOrder(order(ayse.id, '1003'))).id,
  ];
});

afterEach(() => {
  vi.restoreAllMocks();
});

const cards = () => screen.getAllByTestId('note-card');
const pages = () => screen.getAllByTestId('print-page');
const preview = () => screen.getByRole('main', { name: 'Print preview' });

describe('note card print view', () => {
  it('shows one card per order, in the order asked, with user text as text', async () => {
    const { container } = await renderApp(page, {
      path: noteCardsHref([ids[2]!, ids[0]!, ids[1]!]),
      route: '*',
    });
    await screen.findByRole('heading', { name: 'Print note cards' });
    expect(cards().map((c) => c.getAttribute('aria-label'))).toEqual([
      'Note card for Ayşe Gül Öztürk',
      'Note card for Ana Muñoz',
      `Note card for ${XSS}`,
    ]);
    expect(screen.getByTestId('card-count')).toHaveTextContent('3 cards');
    // The hostile name is printed literally: its text is on the card, and no element was made of it.
    expect(within(cards()[2]!).getByText(`For ${XSS}`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    // Each card speaks its customer's language.
    expect(within(cards()[0]!).getByText('Ayşe Gül Öztürk için')).toBeInTheDocument();
    expect(cards()[0]).toHaveAttribute('lang', 'tr');
    expect(cards()[1]).toHaveAttribute('lang', 'en');
    // Every card has its note body, in a text paragraph.
    for (const text of screen.getAllByTestId('note-text')) expect(text.textContent?.trim()).not.toBe('');
  });

  it('prints a saved note exactly as written: markup stays text, line breaks stay', async () => {
    const body = 'Hi <b>Ana</b>,\n\nThanks for your order!\n— Deniz';
    const o = await appDb().orders.get(ids[0]!);
    const t = Date.now();
    await appDb().notes.add({
      id: crypto.randomUUID(),
      orderId: ids[0]!,
      customerId: o!.customerId,
      body,
      mode: 'printed',
      written: false,
      createdAt: t,
      updatedAt: t,
    });
    const { container } = await renderApp(page, { path: noteCardsHref([ids[0]!]) });
    const text = await screen.findByTestId('note-text');
    expect(text.textContent).toBe(body);
    expect(container.querySelector('b')).toBeNull();
    expect(text.className).toMatch(/text/);
  });

  it('switches size and font: the layout, the @page rule, the URL and the remembered setting follow', async () => {
    const user = userEvent.setup();
    await renderApp(page, { path: noteCardsHref(ids) });
    await screen.findByRole('heading', { name: 'Print note cards' });

    // The first time: A6, one card per page, handwriting.
    expect(preview()).toHaveAttribute('data-size', 'a6');
    expect(preview()).toHaveAttribute('data-font', 'hand');
    expect(pages()).toHaveLength(3);
    const rule = () => screen.getByTestId('page-rule').textContent;
    expect(rule()).toBe('@page { size: 105mm 148mm; margin: 0; }');
    expect(screen.queryByTestId('cut-marks')).toBeNull();
    const a6Class = preview().className;

    await user.click(screen.getByRole('radio', { name: 'A4, 4 per sheet' }));
    await waitFor(() => expect(preview()).toHaveAttribute('data-size', 'a4-4up'));
    expect(preview().className).not.toBe(a6Class);
    expect(pages()).toHaveLength(1);
    expect(within(pages()[0]!).getAllByTestId('note-card')).toHaveLength(3);
    expect(screen.getByTestId('cut-marks')).toBeInTheDocument();
    expect(screen.getByTestId('card-count')).toHaveTextContent('3 cards on 1 A4 sheet');
    expect(rule()).toBe('@page { size: 210mm 297mm; margin: 0; }');
    expect(query().get('size')).toBe('a4-4up');

    await user.click(screen.getByRole('radio', { name: 'Plain' }));
    await waitFor(() => expect(preview()).toHaveAttribute('data-font', 'plain'));
    expect(screen.getAllByTestId('note-text')[0]!.style.fontFamily).toContain('Inter');
    expect(query().get('font')).toBe('plain');

    await user.click(screen.getByRole('radio', { name: '3.5 × 2 in' }));
    await waitFor(() => expect(preview()).toHaveAttribute('data-size', '3.5x2'));
    expect(rule()).toBe('@page { size: 3.5in 2in; margin: 0; }');
    expect(pages()).toHaveLength(3);
    expect(pages()[0]!.style.width).toBe('88.9mm');
    expect(pages()[0]!.style.height).toBe('50.8mm');

    await waitFor(async () =>
      expect(await readSetting(noteCardPrintSetting)).toEqual({
        size: '3.5x2',
        font: 'plain',
        recipient: true,
        shopLine: false,
      }),
    );
  });

  it('uses the remembered choice when the link names none, and the link’s when it does', async () => {
    await writeSetting(noteCardPrintSetting, {
      size: '4x6',
      font: 'plain',
      recipient: false,
      shopLine: false,
    });
    const first = await renderApp(page, { path: noteCardsHref(ids) });
    await screen.findByRole('heading', { name: 'Print note cards' });
    expect(preview()).toHaveAttribute('data-size', '4x6');
    expect(preview()).toHaveAttribute('data-font', 'plain');
    expect(screen.getByRole('switch', { name: 'Customer’s name on the card' })).not.toBeChecked();
    expect(screen.queryByText('For Ana Muñoz')).toBeNull();
    first.unmount();

    await renderApp(page, { path: noteCardsHref(ids, { size: 'a6', font: 'hand' }) });
    await screen.findByRole('heading', { name: 'Print note cards' });
    expect(preview()).toHaveAttribute('data-size', 'a6');
    expect(preview()).toHaveAttribute('data-font', 'hand');
  });

  it('prints the shop name small at the foot of each card when asked and one is set', async () => {
    const user = userEvent.setup();
    const first = await renderApp(page, { path: noteCardsHref(ids) });
    await screen.findByRole('heading', { name: 'Print note cards' });
    // No shop name yet: nothing to offer.
    expect(screen.queryByRole('switch', { name: 'Shop name at the foot' })).toBeNull();
    first.unmount();

    await writeSetting(shopSetting, { name: 'Deniz Prints' });
    await renderApp(page, { path: noteCardsHref(ids) });
    const toggle = await screen.findByRole('switch', { name: 'Shop name at the foot' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryAllByText('Deniz Prints')).toHaveLength(0);
    await user.click(toggle);
    await waitFor(() => expect(screen.getAllByText('Deniz Prints')).toHaveLength(3));
    await waitFor(async () => expect((await readSetting(noteCardPrintSetting)).shopLine).toBe(true));
  });

  it('skips unknown orders and says which', async () => {
    await renderApp(page, { path: noteCardsHref(['no-such-order-1', ids[0]!]) });
    expect(
      await screen.findByText('1 order was not found and is skipped: no-such-order-1'),
    ).toBeInTheDocument();
    expect(cards()).toHaveLength(1);
  });

  it('has an empty state when no orders were given, and when none were found', async () => {
    const user = userEvent.setup();
    const first = await renderApp(page, { path: '/print/notes' });
    expect(await screen.findByText('No orders chosen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Today screen')).toBeInTheDocument();
    first.unmount();

    await renderApp(page, { path: noteCardsHref(['gone-order-1', 'gone-order-2']) });
    expect(await screen.findByText('None of these orders were found')).toBeInTheDocument();
    expect(screen.queryAllByTestId('note-card')).toHaveLength(0);
  });

  it('is in Turkish when the app is', async () => {
    await renderApp(page, { path: noteCardsHref(ids), lang: 'tr' });
    expect(await screen.findByRole('heading', { name: 'Not kartlarını yazdır' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'A4, sayfada 4 kart' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PDF olarak kaydet' })).toBeInTheDocument();
    expect(screen.getByTestId('card-count')).toHaveTextContent('3 kart');
    // The card itself keeps the customer's language, whatever the app's.
    expect(screen.getByText('For Ana Muñoz')).toBeInTheDocument();
  });

  it('in the browser, opens the print dialog, then asks whether the cards printed before marking them', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderApp(page, { path: noteCardsHref(ids) });
    expect(
      await screen.findByText(/In the browser, “Save as PDF” opens the print dialog/),
    ).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const dialog = await screen.findByRole('dialog', { name: 'Did the cards print?' });
    await user.click(within(dialog).getByRole('button', { name: 'Not yet' }));
    expect(await appDb().notes.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    const again = await screen.findByRole('dialog', { name: 'Did the cards print?' });
    await user.click(within(again).getByRole('button', { name: 'Yes, mark as printed' }));
    expect(await screen.findByText('3 note cards marked as printed.')).toBeInTheDocument();
    const notes = await appDb().notes.toArray();
    expect(notes.map((n) => n.orderId).sort()).toEqual([...ids].sort());
    expect(notes.every((n) => n.mode === 'printed' && typeof n.printedAt === 'number')).toBe(true);
  });

  it('warns on screen when a note is too long for the card size even at the smallest text', async () => {
    // jsdom has no layout: make every note taller than its card.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'note-text' ? 1_000 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
    await renderApp(page, { path: noteCardsHref(ids.slice(0, 2)) });
    expect(
      await screen.findByText(
        '2 cards are too long for this card size: their text is cut off. Choose a larger size or shorten the notes.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Too long for this card size')).toHaveLength(2);
    expect(cards()[0]).toHaveAttribute('data-overflow', 'true');
    // Clipped at the smallest size for A6 handwriting.
    expect(screen.getAllByTestId('note-text')[0]!.style.fontSize).toBe('11pt');
  });
});

describe('fitting text to a card', () => {
  /** A paragraph whose height grows with its font size, in a box 100 high. */
  function measured(heightPerPt: number) {
    const box = document.createElement('div');
    const text = document.createElement('p');
    Object.defineProperty(box, 'clientHeight', { value: 100 });
    Object.defineProperty(box, 'clientWidth', { value: 100 });
    Object.defineProperty(text, 'scrollWidth', { value: 100 });
    Object.defineProperty(text, 'offsetHeight', {
      configurable: true,
      get: () => parseFloat(text.style.fontSize) * heightPerPt,
    });
    return { box, text };
  }

  it('keeps the starting size when the text fits', () => {
    const { box, text } = measured(4);
    expect(fitText(text, box, 20, 11)).toEqual({ size: 20, overflow: false });
    expect(text.style.fontSize).toBe('20pt');
  });

  it('shrinks to the largest quarter point that fits', () => {
    const { box, text } = measured(7); // fits at 100 / 7 = 14.28 pt
    expect(fitText(text, box, 20, 11)).toEqual({ size: 14.25, overflow: false });
    expect(text.style.fontSize).toBe('14.25pt');
  });

  it('clips at the smallest size to whole lines, and says so', () => {
    const { box, text } = measured(10);
    text.style.lineHeight = '30px';
    expect(fitText(text, box, 20, 11)).toEqual({ size: 11, overflow: true, lines: 3 });
    expect(text).toHaveAttribute('data-clamped', 'true');
    expect(text.style.webkitLineClamp).toBe('3');
  });

  it('measures the whole text again, not the clipped one, when the text or size changes', () => {
    let perPt = 10;
    const { box, text } = measured(1);
    Object.defineProperty(text, 'offsetHeight', {
      // A clipped paragraph would report only its visible lines: the fit must not be fooled by that.
      get: () => (text.hasAttribute('data-clamped') ? 90 : parseFloat(text.style.fontSize) * perPt),
    });
    text.style.lineHeight = '30px';
    expect(fitText(text, box, 20, 11).overflow).toBe(true);
    expect(fitText(text, box, 20, 11).overflow).toBe(true);
    perPt = 4;
    expect(fitText(text, box, 20, 11)).toEqual({ size: 20, overflow: false });
    expect(text).not.toHaveAttribute('data-clamped');
    expect(text.style.webkitLineClamp).toBe('');
  });
});

describe('links to the print view', () => {
  it('round-trips order ids, size and font', () => {
    const href = noteCardsHref(['a1b2c3d4-1', 'e5f6a7b8-2'], { size: '3.5x2', font: 'plain' });
    expect(href).toBe('/print/notes?orders=a1b2c3d4-1,e5f6a7b8-2&size=3.5x2&font=plain');
    const parsed = parseNoteCardParams(new URLSearchParams(href.split('?')[1]));
    expect(parsed).toEqual({ orderIds: ['a1b2c3d4-1', 'e5f6a7b8-2'], size: '3.5x2', font: 'plain' });
  });

  it('drops blanks, repeats and unknown choices', () => {
    const parsed = parseNoteCardParams(new URLSearchParams('orders=a,,b,a,%20c&size=b5&font=comic'));
    expect(parsed).toEqual({ orderIds: ['a', 'b', 'c'], size: undefined, font: undefined });
    expect(noteCardsHref([])).toBe('/print/notes?orders=');
  });
});
