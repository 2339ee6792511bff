import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appDb, type TezgahDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createReview } from '@/db/reviews';
import {
  caseOfReview,
  openCasesDue,
  recordFirstResponse,
  setOffered,
  setOutcome,
  CaseRefused,
} from '@/db/cases';
import { BadReviewsDue, useBadReviewsDue } from '@/features/cases/BadReviewsDue';
import ReviewsPage from '@/features/reviews/ReviewsPage';
import { ValidationError } from '@shared/validation';
import { renderApp } from './render';
import { freshDb, resetAppDb } from './db';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);

describe('cases repository', () => {
  let db: TezgahDb;
  const deps = (now = NOW) => ({ db, now: () => now });
  beforeEach(() => {
    db = freshDb();
  });

  it('records the first response once, offers and outcome, validated', async () => {
    const { opened } = await createReview({ channel: 'etsy', rating: 2, date: '2026-03-10' }, deps());
    expect(opened).toBeDefined();
    const id = opened!.id;

    const answered = await recordFirstResponse(id, deps(NOW + 3 * HOUR));
    expect(answered.firstResponseAt).toBe(NOW + 3 * HOUR);
    // A second press keeps the first time.
    const again = await recordFirstResponse(id, deps(NOW + 9 * HOUR));
    expect(again.firstResponseAt).toBe(NOW + 3 * HOUR);

    await setOffered(id, ['reship', 'refund', 'refund'], deps());
    expect((await db.cases.get(id))!.offered).toEqual(['refund', 'reship']);
    await setOutcome(id, 'bought-again', deps());
    expect((await db.cases.get(id))!.outcome).toBe('bought-again');

    await expect(setOffered(id, ['bribe' as 'refund'], deps())).rejects.toBeInstanceOf(ValidationError);
    await expect(setOutcome(id, 'won' as 'open', deps())).rejects.toBeInstanceOf(ValidationError);
    await expect(recordFirstResponse('nope', deps())).rejects.toBeInstanceOf(CaseRefused);
    const stored = await db.cases.get(id);
    expect(stored!.offered).toEqual(['refund', 'reship']);
    expect(stored!.outcome).toBe('bought-again');
  });

  it('lists open unanswered bad-review cases by deadline', async () => {
    const late = await createReview(
      { channel: 'etsy', rating: 1, date: '2026-03-09' },
      deps(NOW - 26 * HOUR),
    );
    const soon = await createReview(
      { channel: 'etsy', rating: 3, date: '2026-03-10' },
      deps(NOW - 19 * HOUR),
    );
    await createReview({ channel: 'etsy', rating: 2, date: '2026-03-10', reply: 'Sorry' }, deps(NOW - HOUR));
    const closed = await createReview({ channel: 'etsy', rating: 2, date: '2026-03-10' }, deps(NOW - HOUR));
    await setOutcome(closed.opened!.id, 'no-change', deps());
    await createReview({ channel: 'etsy', rating: 5, date: '2026-03-10' }, deps());

    const due = await openCasesDue(deps());
    expect(due.map((d) => d.review?.id)).toEqual([late.review.id, soon.review.id]);
    expect(due[0]!.state).toMatchObject({ state: 'overdue', hoursOver: 2 });
    expect(due[1]!.state).toMatchObject({ state: 'due', hoursLeft: 5 });
  });
});

function DueProbe() {
  const rows = useBadReviewsDue();
  return <output aria-label="due count">{rows === undefined ? 'loading' : rows.length}</output>;
}

describe('case panel and Today list', () => {
  beforeEach(async () => {
    await resetAppDb();
    localStorage.clear();
  });

  it('"I\'ve answered" sets the response time once; offered and outcome are saved', async () => {
    const { review } = await createReview(
      { channel: 'etsy', rating: 2, date: '2026-03-10', reviewer: 'Kim', text: 'Broken' },
      { now: () => Date.now() - 3 * HOUR },
    );
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />, { path: `/reviews?review=${review.id}` });

    const form = await screen.findByRole('form', { name: 'Edit review' });
    const panel = await within(form).findByRole('region', { name: 'Recovery case' });
    expect(within(panel).getByText('Answer within 21 h')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'I’ve answered' }));
    expect(await within(panel).findByText('Answered in 3 h')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'I’ve answered' })).not.toBeInTheDocument();
    const stamped = (await caseOfReview(review.id))!.firstResponseAt;
    expect(stamped).toBeDefined();

    await user.click(within(panel).getByRole('checkbox', { name: 'Reprint' }));
    await waitFor(async () => expect((await caseOfReview(review.id))!.offered).toEqual(['reprint']));
    await user.click(within(panel).getByRole('checkbox', { name: 'Discount on next order' }));
    await waitFor(async () =>
      expect((await caseOfReview(review.id))!.offered).toEqual(['reprint', 'discount']),
    );

    await user.click(within(panel).getByRole('combobox', { name: 'Outcome' }));
    await user.click(await screen.findByRole('option', { name: 'Review revised', hidden: true }));
    await waitFor(async () => expect((await caseOfReview(review.id))!.outcome).toBe('review-revised'));
    expect((await caseOfReview(review.id))!.firstResponseAt).toBe(stamped);
  });

  it('BadReviewsDue lists an open unanswered bad review with its clock, not an answered one', async () => {
    const c = await createCustomer({ name: 'Ayşe Yılmaz', createdDate: '2026-01-01' });
    const due = await createReview(
      { channel: 'etsy', rating: 2, date: '2026-03-10', customerId: c.id },
      { now: () => Date.now() - 19 * HOUR - 60_000 },
    );
    const overdue = await createReview(
      { channel: 'etsy', rating: 1, date: '2026-03-09', reviewer: 'Lee' },
      { now: () => Date.now() - 26 * HOUR - 60_000 },
    );
    const answered = await createReview({ channel: 'etsy', rating: 3, date: '2026-03-10', reviewer: 'Sam' });
    await recordFirstResponse(answered.opened!.id);

    await renderApp(
      <>
        <BadReviewsDue />
        <DueProbe />
      </>,
    );
    const list = await screen.findByRole('list', { name: 'Bad reviews to answer' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Lee');
    expect(items[0]).toHaveTextContent('Overdue by 2 h');
    expect(items[0]).toHaveTextContent('1 star');
    expect(items[1]).toHaveTextContent('Ayşe Yılmaz');
    expect(items[1]).toHaveTextContent('Answer within 5 h');
    expect(items[1]).toHaveTextContent('2 stars');
    expect(within(items[1]!).getByRole('link', { name: 'Open review from Ayşe Yılmaz' })).toHaveAttribute(
      'href',
      `/reviews?review=${due.review.id}`,
    );
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      `/reviews?review=${overdue.review.id}`,
    );
    expect(list).not.toHaveTextContent('Sam');
    expect(screen.getByRole('status', { name: 'due count' })).toHaveTextContent('2');
  });

  it('renders nothing when no bad review waits for an answer', async () => {
    const r = await createReview({ channel: 'etsy', rating: 2, date: '2026-03-10' });
    await recordFirstResponse(r.opened!.id);
    const { container } = await renderApp(
      <div data-testid="box">
        <BadReviewsDue />
        <DueProbe />
      </div>,
    );
    await waitFor(() => expect(screen.getByRole('status', { name: 'due count' })).toHaveTextContent('0'));
    expect(container.querySelector('ul')).toBeNull();
    expect(appDb().cases).toBeDefined();
  });
});
