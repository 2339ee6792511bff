import { describe, expect, it } from 'vitest';
import {
  requestConversion,
  requestConversionByPeriod,
  requestsFromReminders,
  type ReviewRequest,
} from '@shared/insights/review-requests';

const today = '2026-06-30';
const requests: ReviewRequest[] = [
  { orderId: 'o1', date: '2026-01-01' },
  { orderId: 'o2', date: '2026-01-05' },
  { orderId: 'o3', date: '2026-01-06' },
  { orderId: 'o4', date: '2026-01-10' },
  { orderId: 'o5', date: '2026-05-01' },
  { orderId: 'o6', date: '2026-02-20' },
  { orderId: 'o6', date: '2026-01-20' },
  { orderId: 'o7', date: '2026-02-01' },
];
const reviews = [
  { orderId: 'o1', date: '2026-02-01' },
  // Day 100 after the request still counts; day 101 does not.
  { orderId: 'o2', date: '2026-04-15' },
  { orderId: 'o3', date: '2026-04-17' },
  // Reviewed before being asked.
  { orderId: 'o4', date: '2026-01-08' },
  // Edited in May; first written in January, within the window.
  { orderId: 'o6', date: '2026-05-30', ratingHistory: [{ rating: 2, date: '2026-01-25' }] },
  { orderId: undefined, date: '2026-01-02' },
];

describe('review requests', () => {
  it('counts requested orders reviewed within 100 days, leaving out those reviewed before the request', () => {
    expect(requestConversion(requests, reviews, { from: '2026-01-01', to: '2026-06-30' }, today)).toEqual({
      requested: 7,
      reviewed: 3,
      alreadyReviewed: 1,
      waiting: 1,
      share: 0.5,
    });
  });

  it('gives the figures per month of the request', () => {
    const { rows } = requestConversionByPeriod(
      requests,
      reviews,
      { from: '2026-01-01', to: '2026-06-30' },
      today,
    );
    expect(
      rows.map((r) => [r.period, r.requested, r.reviewed, r.alreadyReviewed, r.waiting, r.share]),
    ).toEqual([
      ['2026-01', 5, 3, 1, 0, 0.75],
      ['2026-02', 1, 0, 0, 0, 0],
      ['2026-03', 0, 0, 0, 0, null],
      ['2026-04', 0, 0, 0, 0, null],
      // Still inside its 100 days: not reviewed so far, and said to be waiting.
      ['2026-05', 1, 0, 0, 1, 0],
      ['2026-06', 0, 0, 0, 0, null],
    ]);
  });

  it('has no share without requests, and an exact one with one', () => {
    expect(requestConversion([], reviews, { from: '2026-01-01', to: '2026-06-30' }, today).share).toBeNull();
    expect(
      requestConversion([requests[0]!], reviews, { from: '2026-01-01', to: '2026-01-01' }, today).share,
    ).toBe(1);
  });

  it('reads the requests sent from review-request reminders marked done', () => {
    const sent = new Date(2026, 0, 1, 23, 30).getTime();
    expect(
      requestsFromReminders([
        { kind: 'review-request', state: 'done', orderId: 'o1', updatedAt: sent },
        { kind: 'review-request', state: 'due', orderId: 'o2', updatedAt: sent },
        { kind: 'review-request', state: 'dismissed', orderId: 'o3', updatedAt: sent },
        { kind: 'thank-you-note', state: 'done', orderId: 'o4', updatedAt: sent },
        { kind: 'review-request', state: 'done', updatedAt: sent },
      ]),
    ).toEqual([{ orderId: 'o1', date: '2026-01-01' }]);
  });
});
