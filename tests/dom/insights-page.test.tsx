import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Order } from '@shared/domain/order';
import type { Case, Reminder, Review, Surprise, SurpriseGift, Survey } from '@shared/domain/other';
import { appDb } from '@/db/db';
import { createReview } from '@/db/reviews';
import InsightsPage from '@/features/insights/InsightsPage';
import { renderApp } from './render';
import { resetAppDb } from './db';

// Today is 2026-06-15 (noon UTC: the same local date in every test time zone from UTC-11 to UTC+11).
const NOW = Date.parse('2026-06-15T12:00:00Z');
const T = Date.parse('2026-01-01T12:00:00Z');

let n = 0;
const id = () => `id-${++n}`;

function review(date: string, rating: number, extra: Partial<Review> = {}): Review {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    channel: 'etsy',
    rating,
    ratingHistory: [],
    text: '',
    date,
    categories: [],
    ...extra,
  };
}

function survey(kind: Survey['kind'], score: number, date: string): Survey {
  return { id: id(), createdAt: T, updatedAt: T, kind, score, date };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await resetAppDb();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

async function seed() {
  const db = appDb();
  const bad = review('2026-06-01', 3, { categories: ['late'] });
  await db.reviews.bulkAdd([
    // Outside the 12-month window of today (2025-06-16 .. 2026-06-15), inside the one of March 2026.
    review('2025-05-10', 1),
    review('2025-07-01', 5, { categories: ['product-quality'] }),
    review('2025-12-20', 4),
    review('2026-03-05', 5, { categories: ['product-quality', 'packaging'] }),
    bad,
    // Not Etsy: counts in the reviews, not in the Etsy shop rating.
    review('2026-04-10', 5, { channel: 'shopify' }),
  ]);
  const opened = Date.parse('2026-06-01T10:00:00Z');
  const kase: Case = {
    id: id(),
    createdAt: T,
    updatedAt: T,
    kind: 'bad-review',
    reviewId: bad.id,
    openedAt: opened,
    firstResponseAt: opened + 2 * 3_600_000,
    offered: [],
    outcome: 'open',
  };
  await db.cases.add(kase);
  await db.surveys.bulkAdd([
    survey('nps', 10, '2026-01-05'),
    survey('nps', 9, '2026-02-05'),
    survey('nps', 8, '2026-02-06'),
    survey('nps', 3, '2026-05-05'),
    survey('csat', 5, '2026-01-05'),
    survey('csat', 4, '2026-02-05'),
    survey('csat', 2, '2026-05-05'),
    // Before the range: left out.
    survey('nps', 0, '2025-01-05'),
  ]);
}

async function seedOrders() {
  const db = appDb();
  const order = (oid: string, customerId: string, orderedDate: string) =>
    ({ id: oid, customerId, orderedDate, status: 'shipped' }) as unknown as Order;
  await db.orders.bulkAdd([
    order('o1', 'c1', '2026-01-10'),
    order('o2', 'c1', '2026-03-01'),
    order('o3', 'c2', '2026-02-01'),
  ]);
  await db.surprises.add({ id: 's1', kind: 'sticker' } as Surprise);
  await db.surpriseGifts.add({ id: 'g1', orderId: 'o1', surpriseId: 's1' } as SurpriseGift);
  await db.reviews.add(review('2026-02-20', 5, { orderId: 'o1' }));
  const reminder: Reminder = {
    id: id(),
    createdAt: T,
    updatedAt: Date.parse('2026-02-01T12:00:00Z'),
    kind: 'review-request',
    orderId: 'o1',
    dueDate: '2026-02-01',
    state: 'done',
  };
  await db.reminders.add(reminder);
}

const kpi = async (name: string) => within(await screen.findByRole('group', { name }));
const section = (name: string) => screen.getByRole('region', { name });

describe('insights page', () => {
  it('shows an honest empty state that leads to the reviews import', async () => {
    await renderApp(<InsightsPage />);
    expect(await screen.findByText('No reviews or surveys yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Reviews to import' })).toHaveAttribute('href', '/reviews');
    expect(document.querySelector('[data-insights-ready]')).not.toBeNull();
  });

  it('counts the bad reviews that were turned around (edited by the buyer to 4 or 5 stars)', async () => {
    await seed();
    await appDb().reviews.add(
      review('2026-05-02', 5, { ratingHistory: [{ rating: 2, date: '2026-05-02' }] }),
    );
    await renderApp(<InsightsPage />);
    // Now 6 reviews in range, 1 of them 3 stars or less; 2 were ever that low, 1 of which is 5 stars now.
    const low = await kpi('3 stars or less');
    expect(low.getByText('17%')).toBeInTheDocument();
    expect(low.getByText('1 review · 1 of 2 turned around')).toBeInTheDocument();
  });

  it('shows the 12-month shop rating, review shares, NPS, CSAT and response times', async () => {
    await seed();
    await renderApp(<InsightsPage />);
    // Etsy reviews from 2025-06-16 to today: 5, 4, 5, 3.
    const rating = await kpi('Etsy shop rating (12 months)');
    expect(rating.getByText('4.25')).toBeInTheDocument();
    expect(rating.getByText('Below 4.80')).toBeInTheDocument();
    expect(rating.getByText('from 4 reviews · Star Seller needs 4.80')).toBeInTheDocument();
    expect((await kpi('Reviews in range')).getByText('5')).toBeInTheDocument();
    // 1 of 5 reviews has 3 stars or less.
    expect((await kpi('3 stars or less')).getByText('20%')).toBeInTheDocument();
    // Promoters 2, passives 1, detractors 1 of 4: (2 − 1) / 4 = 25.
    const nps = await kpi('NPS');
    expect(nps.getByText('25')).toBeInTheDocument();
    expect(nps.getByText('from 4 answers')).toBeInTheDocument();
    expect((await kpi('CSAT')).getByText('67%')).toBeInTheDocument();
    expect((await kpi('Median first response')).getByText('2 h')).toBeInTheDocument();
    expect((await kpi('Answered within 24 h')).getByText('100%')).toBeInTheDocument();
    expect(document.querySelector('[data-insights-ready]')).not.toBeNull();
  });

  it('draws every chart, and follows a review added while it is open', async () => {
    await seed();
    await renderApp(<InsightsPage />);
    expect((await kpi('Reviews in range')).getByText('5')).toBeInTheDocument();
    for (const name of [
      'Shop rating, rolling 12 months',
      'Reviews and average rating',
      'Rating distribution',
      'Reviews by category',
      'NPS and CSAT',
    ]) {
      // recharts' surface, at the measured width's fallback (jsdom has no layout), with its series drawn.
      const chart = screen.getByRole('img', { name });
      expect(chart).toHaveClass('recharts-surface');
      expect(chart).toHaveAttribute('width', '640');
      expect(chart.querySelector('.recharts-line-curve, .recharts-bar-rectangle')).not.toBeNull();
    }
    // The Star Seller line on the shop rating chart.
    const shop = screen.getByRole('img', { name: 'Shop rating, rolling 12 months' });
    expect(shop.querySelector('.recharts-reference-line')).not.toBeNull();
    // Written through the repository: the day rows change with it and the page reads them again.
    await createReview({ channel: 'etsy', rating: 1, date: '2026-06-10' });
    expect(await (await kpi('Reviews in range')).findByText('6')).toBeInTheDocument();
    expect((await kpi('3 stars or less')).getByText('33%')).toBeInTheDocument();
  });

  it('comes back to the figures at once, and to new ones after a review written while away', async () => {
    await seed();
    const first = await renderApp(<InsightsPage />);
    expect((await kpi('Reviews in range')).getByText('5')).toBeInTheDocument();
    first.unmount();
    // Nothing written since: the figures are there in the first render, not read again first.
    const again = await renderApp(<InsightsPage />);
    expect(document.querySelector('[data-insights-ready]')).not.toBeNull();
    expect(
      within(screen.getByRole('group', { name: 'Reviews in range' })).getByText('5'),
    ).toBeInTheDocument();
    again.unmount();
    await createReview({ channel: 'etsy', rating: 1, date: '2026-06-10' });
    await renderApp(<InsightsPage />);
    expect(document.querySelector('[data-insights-ready]')).toBeNull(); // read again: a review came
    expect(await (await kpi('Reviews in range')).findByText('6')).toBeInTheDocument();
  });

  it('puts the tooltip on a chart once the pointer comes onto its card', async () => {
    await seed();
    const user = userEvent.setup();
    await renderApp(<InsightsPage />);
    const chart = await screen.findByRole('img', { name: 'Reviews by category' });
    const card = chart.closest('section')!;
    expect(card.querySelector('.recharts-tooltip-wrapper')).toBeNull();
    await user.hover(within(card).getByRole('heading', { name: 'Reviews by category' }));
    await waitFor(() => expect(card.querySelector('.recharts-tooltip-wrapper')).not.toBeNull());
  });

  it('shows a chart as a table and copies its numbers as CSV', async () => {
    await seed();
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await renderApp(<InsightsPage />);
    const title = 'Shop rating, rolling 12 months';
    const toggle = await screen.findByRole('button', { name: `Show ${title} as a table` });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = within(section(title)).getByRole('table', { name: title });
    // March 2026: the window 2025-04-01 .. 2026-03-31 holds 1, 5, 4, 5 → 15 / 4 = 3.75.
    const march = within(table).getByRole('rowheader', { name: 'Mar 2026' }).closest('tr')!;
    expect(within(march).getByText('3.75')).toBeInTheDocument();
    expect(within(march).getByText('No')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 13); // header + Jun 2025 .. Jun 2026

    await user.click(screen.getByRole('button', { name: `Copy ${title} as CSV` }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const csv = writeText.mock.calls[0]![0];
    expect(csv.startsWith('Period,Window,Reviews,Rating,Star Seller\r\n')).toBe(true);
    expect(csv).toContain('2026-03,2025-04-01/2026-03-31,4,3.75,false\r\n');
    expect(await screen.findByText(`Copied ${title} as CSV`)).toBeInTheDocument();

    // Reviews by category: a review with two categories counts in both.
    const categories = 'Reviews by category';
    await user.click(screen.getByRole('button', { name: `Show ${categories} as a table` }));
    const cats = within(section(categories)).getByRole('table', { name: categories });
    const quality = within(cats).getByRole('rowheader', { name: 'Product quality' }).closest('tr')!;
    expect(within(quality).getByText('2')).toBeInTheDocument();
    expect(
      within(section(categories)).getByText('2 reviews without a category are not shown.'),
    ).toBeInTheDocument();
  });

  it('narrows to 30 days and shows notes and surprises with their sample sizes', async () => {
    await seed();
    await seedOrders();
    const user = userEvent.setup();
    await renderApp(<InsightsPage />);
    // The review request of 2026-02-01 for o1 was answered by a review on 2026-02-20.
    expect((await kpi('Review requests reviewed')).getByText('100%')).toBeInTheDocument();
    const extras = await screen.findByRole('table', { name: 'Notes and surprises' });
    const withSurprise = within(extras)
      .getByRole('rowheader', { name: /^With a surprise/ })
      .closest('tr')!;
    expect(within(withSurprise).getByText('Small sample')).toBeInTheDocument();
    // o1: reviewed 5 stars, and its customer ordered again (o2).
    expect(within(withSurprise).getByText('5.00')).toBeInTheDocument();
    expect(within(withSurprise).getByText('100%')).toBeInTheDocument();
    const without = within(extras)
      .getByRole('rowheader', { name: /^Without a surprise/ })
      .closest('tr')!;
    expect(
      within(without)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '–', '0%']);

    await user.click(screen.getByRole('radio', { name: '30 days' }));
    // Only the 3-star review of 2026-06-01 is inside 2026-05-17 .. 2026-06-15.
    await waitFor(async () => expect((await kpi('Reviews in range')).getByText('1')).toBeInTheDocument());
    expect((await kpi('3 stars or less')).getByText('100%')).toBeInTheDocument();
  });

  it('speaks Turkish', async () => {
    await seed();
    await renderApp(<InsightsPage />, { lang: 'tr' });
    expect(await screen.findByRole('heading', { name: 'Analiz' })).toBeInTheDocument();
    const rating = await kpi('Etsy mağaza puanı (12 ay)');
    expect(rating.getByText('4,25')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '365 gün' })).toBeChecked();
    expect(
      screen.getByRole('button', { name: 'Mağaza puanı, son 12 ay tablo olarak göster' }),
    ).toBeInTheDocument();
  });
});
