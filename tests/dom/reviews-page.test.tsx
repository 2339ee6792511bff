import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DesktopApi } from '@shared/ipc/contract';
import { appDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import { createReview } from '@/db/reviews';
import ReviewsPage from '@/features/reviews/ReviewsPage';
import { withListLayout } from './customers-helpers';
import { renderApp } from './render';
import { resetAppDb } from './db';
import brokenFile from '../fixtures/etsy-reviews-broken.json?raw';
import reviewsFile from '../fixtures/etsy-reviews.json?raw';

const fake = vi.hoisted(() => ({ openFile: vi.fn<DesktopApi['openFile']>() }));

vi.mock('@/platform/desktop', () => ({
  isDesktop: true,
  desktop: { openFile: fake.openFile },
}));

const file = (name: string, text: string) =>
  fake.openFile.mockResolvedValueOnce({ ok: true, name, content: new TextEncoder().encode(text) });

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  fake.openFile.mockReset();
});

async function pick(user: ReturnType<typeof userEvent.setup>, combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

const list = () => screen.findByRole('list', { name: 'Reviews' });
const rowNames = async () =>
  within(await list())
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));

describe('reviews page', () => {
  withListLayout();

  it('lists reviews newest first, filters them and shows the first-response clock', async () => {
    const c = await createCustomer({ name: 'Ayşe Yılmaz', createdDate: '2026-01-01' });
    const o = await createOrder({
      customerId: c.id,
      channel: 'etsy',
      externalId: '3401234001',
      currency: 'USD',
      orderedDate: '2026-02-01',
      items: [{ title: 'Lamp', material: 'PLA', quantity: 1, unitPrice: 2500 }],
    });
    await createReview({
      channel: 'etsy',
      rating: 5,
      date: '2026-01-10',
      text: 'Great quality',
      reviewer: 'Sam',
    });
    await createReview({
      channel: 'etsy',
      rating: 2,
      date: '2026-02-10',
      text: 'Kırık geldi',
      orderId: o.id,
      categories: ['damaged-in-shipping'],
    });
    await createReview({
      channel: 'shopify',
      rating: 1,
      date: '2026-03-01',
      reviewer: 'Lee',
      reply: 'Sorry',
    });

    const user = userEvent.setup();
    await renderApp(<ReviewsPage />);
    expect(await screen.findByText('3 reviews')).toBeInTheDocument();
    await waitFor(async () => expect(await rowNames()).toHaveLength(3));
    expect((await rowNames())[0]).toMatch(/^Edit review from Lee/);
    // The customer's name from the linked order, its category and the clock of its open case.
    const ayse = within(await list()).getByRole('button', { name: /Ayşe Yılmaz/ });
    expect(within(ayse).getByText('Damaged in shipping')).toBeInTheDocument();
    expect(within(ayse).getByText(/Answer within \d+ h/)).toBeInTheDocument();
    expect(within(await list()).getByText(/Answered in 0 h/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Needs reply' }));
    await waitFor(async () => expect(await rowNames()).toEqual([expect.stringMatching(/Ayşe Yılmaz/)]));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(async () => expect(await rowNames()).toHaveLength(3));

    await pick(user, 'Channel', 'Shopify');
    await waitFor(async () => expect(await rowNames()).toEqual([expect.stringMatching(/Lee/)]));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.type(screen.getByRole('textbox', { name: 'Search reviews' }), 'kirik');
    await waitFor(async () => expect(await rowNames()).toEqual([expect.stringMatching(/Ayşe/)]));
  });

  it('adds a review through the form with suggested categories and a reply template', async () => {
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />);
    expect(await screen.findByText('Keep every review in one place')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add review' }));

    const form = await screen.findByRole('form', { name: 'Add review' });
    await user.click(within(form).getByRole('button', { name: 'Add review' }));
    expect(await within(form).findByText('Pick 1 to 5 stars')).toBeInTheDocument();

    await pick(user, 'Rating', '2 stars');
    await user.type(within(form).getByLabelText('Reviewer'), 'Jo Smith');
    await user.type(within(form).getByLabelText('Review text'), 'It arrived broken and late');
    await user.click(await within(form).findByRole('checkbox', { name: 'Add category Damaged in shipping' }));

    const template = within(form).getByRole('region', { name: 'Reply template' });
    expect(within(template).getByText(/a public reply ends the buyer’s chance to edit/)).toBeInTheDocument();
    const text = within(template).getByRole('textbox', { name: 'Reply template text' });
    expect((text as HTMLTextAreaElement).value).toMatch(/^Hi Jo,/);
    expect((text as HTMLTextAreaElement).value).toMatch(/reprint/);
    await user.click(within(template).getByRole('radio', { name: 'Turkish' }));
    expect((text as HTMLTextAreaElement).value).toMatch(/^Merhaba Jo,/);
    expect(within(template).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Add review' }));
    expect(await screen.findByText(/A recovery case is open/)).toBeInTheDocument();
    const [r] = await appDb().reviews.toArray();
    expect(r).toMatchObject({ rating: 2, reviewer: 'Jo Smith', categories: ['damaged-in-shipping'] });
    expect(await appDb().cases.where('reviewId').equals(r!.id).count()).toBe(1);
  });

  it('previews an Etsy import, writes it at once, and finds nothing to do the second time', async () => {
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />);
    file('reviews.json', reviewsFile);
    await user.click(await screen.findByRole('button', { name: 'Import Etsy reviews' }));
    expect(fake.openFile).toHaveBeenCalledWith({ filters: [{ name: 'Etsy reviews', extensions: ['json'] }] });

    const counts = await screen.findByRole('list', { name: 'What the import will do' });
    expect(within(counts).getByRole('listitem', { name: 'New: 6' })).toBeInTheDocument();
    expect(within(counts).getByRole('listitem', { name: 'Duplicates folded: 2' })).toBeInTheDocument();
    expect(within(counts).getByRole('listitem', { name: 'Without an order: 6' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'First reviews in the file' })).toHaveTextContent('3401234001');
    expect(await appDb().reviews.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported: 6 new, 0 changed/)).toBeInTheDocument();
    expect(await appDb().reviews.count()).toBe(6);
    await waitFor(async () => expect(await rowNames()).toHaveLength(6));

    file('reviews.json', reviewsFile);
    await user.click(screen.getByRole('button', { name: 'Import Etsy reviews' }));
    expect(
      await screen.findByText('Nothing changed: every review in this file is already here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await appDb().reviews.count()).toBe(6);
  });

  it('explains a malformed file and writes nothing', async () => {
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />);
    file('broken.json', brokenFile);
    await user.click(await screen.findByRole('button', { name: 'Import Etsy reviews' }));
    const alert = (await screen.findByText('This file cannot be imported')).closest('[role="alert"]');
    expect(alert).toHaveTextContent(/Item 2: .*star_rating/);
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(await appDb().reviews.count()).toBe(0);
  });
  it('edits a review from its row, keeping the old rating, and deletes it after confirming', async () => {
    await createReview({ channel: 'etsy', rating: 2, date: '2026-02-10', text: 'Late', reviewer: 'Kim' });
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />);
    await user.click(await within(await list()).findByRole('button', { name: /Edit review from Kim/ }));
    const form = await screen.findByRole('form', { name: 'Edit review' });
    const rating = within(form).getByRole('combobox', { name: 'Rating' });
    await user.click(rating);
    const options = await waitFor(() => document.getElementById(rating.getAttribute('aria-controls') ?? '')!);
    await user.click(within(options).getByRole('option', { name: '5 stars', hidden: true }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Review saved')).toBeInTheDocument();
    const [r] = await appDb().reviews.toArray();
    expect(r).toMatchObject({ rating: 5, ratingHistory: [{ rating: 2, date: '2026-02-10' }] });

    await user.click(await within(await list()).findByRole('button', { name: /Edit review from Kim/ }));
    await user.click(
      within(await screen.findByRole('form', { name: 'Edit review' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Delete review' }));
    await waitFor(async () => expect(await appDb().reviews.count()).toBe(0));
    expect(await appDb().cases.count()).toBe(0);
  });
});
