import { describe, expect, it } from 'vitest';
import { firstResponseByPeriod, firstResponseFigures, type CaseTimes } from '@shared/insights/service';

const HOUR = 3_600_000;
// Local times, so the cases fall on these local dates in every time zone the tests run in.
const at = (day: number, hour: number, month = 3) => new Date(2026, month - 1, day, hour, 0).getTime();

const cases: CaseTimes[] = [
  { kind: 'bad-review', openedAt: at(1, 9), firstResponseAt: at(1, 9) + 2 * HOUR },
  { kind: 'bad-review', openedAt: at(2, 9), firstResponseAt: at(2, 9) + 24 * HOUR },
  { kind: 'bad-review', openedAt: at(3, 9), firstResponseAt: at(3, 9) + 30 * HOUR },
  { kind: 'bad-review', openedAt: at(4, 9), outcome: 'open' },
  { kind: 'bad-review', openedAt: at(5, 8) },
  { kind: 'complaint', openedAt: at(5, 9), firstResponseAt: at(5, 9) + 90 * HOUR },
  { kind: 'bad-review', openedAt: at(4, 9), outcome: 'closed' },
  // The evening before the range: outside it wherever the tests run.
  { kind: 'bad-review', openedAt: new Date(2026, 1, 28, 23, 59).getTime(), firstResponseAt: at(5, 9) },
];
const range = { from: '2026-03-01', to: '2026-03-31' };
const now = at(5, 10);

describe('first response to bad reviews', () => {
  it('takes the median over answered cases and the 24-hour share over decided ones', () => {
    expect(firstResponseFigures(cases, range, now)).toEqual({
      cases: 6,
      answered: 3,
      onTime: 2,
      waiting: 1,
      overdue: 1,
      medianMs: 24 * HOUR,
      // 2 on time of 3 answered + 1 overdue; the one still inside its 24 hours is not decided yet.
      onTimeShare: 0.5,
    });
  });

  it('counts other kinds of case when asked', () => {
    const f = firstResponseFigures(cases, range, now, ['complaint']);
    expect(f).toMatchObject({ cases: 1, answered: 1, onTime: 0, medianMs: 90 * HOUR, onTimeShare: 0 });
  });

  it('has no median and no share without cases, and exact ones with one', () => {
    expect(firstResponseFigures([], range, now)).toMatchObject({
      cases: 0,
      medianMs: null,
      onTimeShare: null,
    });
    expect(firstResponseFigures([cases[0]!], range, now)).toMatchObject({
      medianMs: 2 * HOUR,
      onTimeShare: 1,
    });
    // Only one still running: nothing decided yet.
    expect(firstResponseFigures([cases[4]!], range, now)).toMatchObject({ waiting: 1, onTimeShare: null });
  });

  it('gives the figures per month', () => {
    const { rows } = firstResponseByPeriod(cases, { from: '2026-02-01', to: '2026-03-31' }, now);
    expect(rows.map((r) => [r.period, r.cases, r.answered, r.medianMs, r.onTimeShare])).toEqual([
      ['2026-02', 1, 1, at(5, 9) - new Date(2026, 1, 28, 23, 59).getTime(), 0],
      ['2026-03', 6, 3, 24 * HOUR, 0.5],
    ]);
  });
});
