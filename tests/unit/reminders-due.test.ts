import { describe, expect, it } from 'vitest';
import { localDate } from '@shared/dates';
import type { Reminder } from '@shared/domain/other';
import {
  bucketRange,
  dueBucket,
  effectiveDate,
  isDue,
  isOverdue,
  snoozeDate,
  sortReminders,
} from '@shared/reminders/due';

function r(id: string, over: Partial<Reminder> = {}): Reminder {
  return {
    id,
    kind: 'follow-up',
    dueDate: '2026-03-10',
    state: 'due',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

describe('when a reminder is due', () => {
  const today = '2026-03-10';
  it('is due on and after its due date, while due', () => {
    expect(isDue(r('a', { dueDate: '2026-03-10' }), today)).toBe(true);
    expect(isDue(r('a', { dueDate: '2026-03-09' }), today)).toBe(true);
    expect(isDue(r('a', { dueDate: '2026-03-11' }), today)).toBe(false);
    expect(isDue(r('a', { dueDate: '2026-03-01', state: 'done' }), today)).toBe(false);
    expect(isDue(r('a', { dueDate: '2026-03-01', state: 'dismissed' }), today)).toBe(false);
  });
  it('counts a snoozed reminder from its snooze date', () => {
    const snoozed = r('a', { dueDate: '2026-03-01', state: 'snoozed', snoozedUntil: '2026-03-12' });
    expect(effectiveDate(snoozed)).toBe('2026-03-12');
    expect(isDue(snoozed, today)).toBe(false);
    expect(isDue(snoozed, '2026-03-12')).toBe(true);
    expect(isOverdue(snoozed, '2026-03-12')).toBe(false);
    expect(isOverdue(snoozed, '2026-03-13')).toBe(true);
    // A closed reminder keeps its last snooze date but is dated by its due date.
    expect(effectiveDate({ ...snoozed, state: 'done' })).toBe('2026-03-01');
  });
  it('sorts into overdue, today and upcoming', () => {
    expect(dueBucket(r('a', { dueDate: '2026-03-09' }), today)).toBe('overdue');
    expect(dueBucket(r('a', { dueDate: '2026-03-10' }), today)).toBe('today');
    expect(dueBucket(r('a', { dueDate: '2026-03-11' }), today)).toBe('upcoming');
    expect(bucketRange('overdue', '2026-03-01')).toEqual(['0000-00-00', '2026-02-28']);
    expect(bucketRange('upcoming', '2026-12-31')).toEqual(['2027-01-01', '9999-99-99']);
    expect(bucketRange('today', today)).toEqual([today, today]);
  });
});

describe('snoozing', () => {
  it('counts calendar days from the local date, across daylight saving and year ends', () => {
    // The evening before the US spring-forward, and the night before New Zealand's.
    expect(snoozeDate(localDate(new Date(2026, 2, 7, 22, 0)), 1)).toBe('2026-03-08');
    expect(snoozeDate(localDate(new Date(2026, 8, 26, 23, 59)), 1)).toBe('2026-09-27');
    expect(snoozeDate(localDate(new Date(2026, 3, 4, 23, 0)), 3)).toBe('2026-04-07');
    expect(snoozeDate('2026-12-29', 7)).toBe('2027-01-05');
    expect(snoozeDate('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('list order', () => {
  it('puts pending first by date (snoozed by their snooze date), then closed newest first', () => {
    const list = [
      r('done-old', { state: 'done', dueDate: '2026-01-01' }),
      r('later', { dueDate: '2026-03-15' }),
      r('snoozed', { dueDate: '2026-03-01', state: 'snoozed', snoozedUntil: '2026-03-12' }),
      r('dismissed-new', { state: 'dismissed', dueDate: '2026-02-01' }),
      r('overdue-note', { dueDate: '2026-03-05', kind: 'thank-you-note' }),
      r('overdue-follow', { dueDate: '2026-03-05', createdAt: 0 }),
      r('overdue-review', { dueDate: '2026-03-05', kind: 'review-request' }),
    ];
    expect(sortReminders(list).map((x) => x.id)).toEqual([
      'overdue-note',
      'overdue-review',
      'overdue-follow',
      'snoozed',
      'later',
      'dismissed-new',
      'done-old',
    ]);
  });
});
