import { describe, expect, it } from 'vitest';
import { caseSchema } from '@shared/domain/other';
import {
  caseForReview,
  firstResponseDeadline,
  isRecovered,
  needsRecovery,
  ratingChange,
  responseState,
} from '@shared/reviews/recovery';

const HOUR = 3_600_000;
const opened = new Date(2026, 2, 7, 22, 0).getTime();

describe('bad reviews', () => {
  it('needs recovery at 3 stars or less', () => {
    expect([1, 2, 3, 4, 5].map(needsRecovery)).toEqual([true, true, true, false, false]);
  });

  it('is recovered when once 3 stars or less and now 4 or 5', () => {
    expect(isRecovered({ rating: 5, ratingHistory: [{ rating: 1, date: '2026-03-01' }] })).toBe(true);
    expect(isRecovered({ rating: 4, ratingHistory: [{ rating: 3, date: '2026-03-01' }] })).toBe(true);
    expect(
      isRecovered({
        rating: 5,
        ratingHistory: [
          { rating: 2, date: '2026-03-01' },
          { rating: 4, date: '2026-03-02' },
        ],
      }),
    ).toBe(true);
    expect(isRecovered({ rating: 5, ratingHistory: [{ rating: 4, date: '2026-03-01' }] })).toBe(false);
    expect(isRecovered({ rating: 3, ratingHistory: [{ rating: 1, date: '2026-03-01' }] })).toBe(false);
    expect(isRecovered({ rating: 5, ratingHistory: [] })).toBe(false);
  });

  it('tells which side of 3 stars an edit crosses', () => {
    expect(ratingChange(1, 5)).toBe('recovered');
    expect(ratingChange(3, 4)).toBe('recovered');
    expect(ratingChange(5, 2)).toBe('turned-bad');
    expect(ratingChange(4, 5)).toBe('same-side');
    expect(ratingChange(2, 3)).toBe('same-side');
  });

  it('opens a case that the case schema accepts', () => {
    const draft = caseForReview(
      { id: 'review-0001', orderId: 'order-0001', customerId: 'customer-0001' },
      opened,
    );
    expect(draft).toEqual({
      kind: 'bad-review',
      openedAt: opened,
      offered: [],
      outcome: 'open',
      reviewId: 'review-0001',
      orderId: 'order-0001',
      customerId: 'customer-0001',
    });
    expect(
      caseSchema.safeParse({ ...draft, id: 'case-0001', createdAt: opened, updatedAt: opened }).success,
    ).toBe(true);
    expect(caseForReview({}, opened)).toEqual({
      kind: 'bad-review',
      openedAt: opened,
      offered: [],
      outcome: 'open',
    });
  });
});

describe('the 24-hour first-response clock', () => {
  // Opened the evening before the US clocks spring forward: the deadline is 24 real hours later.
  it('is due 24 hours after the case opens', () => {
    expect(firstResponseDeadline(opened) - opened).toBe(24 * HOUR);
  });

  it('counts down in whole hours, rounded up', () => {
    expect(responseState({ openedAt: opened }, opened)).toEqual({
      state: 'due',
      msLeft: 24 * HOUR,
      hoursLeft: 24,
    });
    expect(responseState({ openedAt: opened }, opened + 23 * HOUR)).toEqual({
      state: 'due',
      msLeft: HOUR,
      hoursLeft: 1,
    });
    expect(responseState({ openedAt: opened }, opened + 23 * HOUR + 60_000)).toMatchObject({ hoursLeft: 1 });
    // At the deadline itself it is still due (answering now is on time).
    expect(responseState({ openedAt: opened }, opened + 24 * HOUR)).toEqual({
      state: 'due',
      msLeft: 0,
      hoursLeft: 0,
    });
    // A clock before the opening never gives more than the full day.
    expect(responseState({ openedAt: opened }, opened - HOUR)).toMatchObject({
      msLeft: 24 * HOUR,
      hoursLeft: 24,
    });
  });

  it('is overdue past the deadline, counted in whole hours, rounded down', () => {
    expect(responseState({ openedAt: opened, outcome: 'open' }, opened + 24 * HOUR + 1)).toEqual({
      state: 'overdue',
      msOver: 1,
      hoursOver: 0,
    });
    expect(responseState({ openedAt: opened }, opened + 50 * HOUR)).toMatchObject({
      state: 'overdue',
      hoursOver: 26,
    });
  });

  it('is on time when answered within 24 hours, exactly 24 included', () => {
    const later = opened + 100 * HOUR;
    expect(responseState({ openedAt: opened, firstResponseAt: opened + 2 * HOUR }, later)).toEqual({
      state: 'answered',
      onTime: true,
      tookMs: 2 * HOUR,
    });
    expect(responseState({ openedAt: opened, firstResponseAt: opened + 24 * HOUR }, later)).toMatchObject({
      onTime: true,
    });
    expect(responseState({ openedAt: opened, firstResponseAt: opened + 24 * HOUR + 1 }, later)).toMatchObject(
      {
        onTime: false,
      },
    );
    expect(responseState({ openedAt: opened, firstResponseAt: opened - HOUR }, later)).toEqual({
      state: 'answered',
      onTime: true,
      tookMs: 0,
    });
  });

  it('stops when the case is closed without a response', () => {
    expect(responseState({ openedAt: opened, outcome: 'closed' }, opened + 50 * HOUR)).toEqual({
      state: 'closed',
    });
    expect(responseState({ openedAt: opened, outcome: 'no-change' }, opened)).toEqual({ state: 'closed' });
  });
});
