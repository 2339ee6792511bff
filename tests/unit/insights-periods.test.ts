import { describe, expect, it } from 'vitest';
import {
  addMonths,
  bucket,
  countPeriods,
  MAX_POINTS,
  periodEnd,
  periodKey,
  periodsIn,
  periodStart,
  pickGranularity,
} from '@shared/insights/periods';
import { dateRange, earliestDate } from '@shared/insights/range';
import { median, ratio } from '@shared/insights/stats';

describe('periods', () => {
  it('names a date’s day, week (from Monday), month, quarter and year', () => {
    // 2026-03-01 is a Sunday: its week began on Monday 23 February.
    expect(periodKey('2026-03-01', 'day')).toBe('2026-03-01');
    expect(periodKey('2026-03-01', 'week')).toBe('2026-02-23');
    expect(periodKey('2026-03-02', 'week')).toBe('2026-03-02');
    expect(periodKey('2026-03-01', 'month')).toBe('2026-03');
    expect(periodKey('2026-03-31', 'quarter')).toBe('2026-Q1');
    expect(periodKey('2026-04-01', 'quarter')).toBe('2026-Q2');
    expect(periodKey('2026-12-31', 'quarter')).toBe('2026-Q4');
    expect(periodKey('2026-12-31', 'year')).toBe('2026');
  });

  it('knows where each period starts and ends, leap years included', () => {
    expect([periodStart('2024-02', 'month'), periodEnd('2024-02', 'month')]).toEqual([
      '2024-02-01',
      '2024-02-29',
    ]);
    expect([periodStart('2025-02', 'month'), periodEnd('2025-02', 'month')]).toEqual([
      '2025-02-01',
      '2025-02-28',
    ]);
    expect([periodStart('2026-Q4', 'quarter'), periodEnd('2026-Q4', 'quarter')]).toEqual([
      '2026-10-01',
      '2026-12-31',
    ]);
    expect(periodEnd('2025-12-29', 'week')).toBe('2026-01-04');
    expect([periodStart('2026', 'year'), periodEnd('2026', 'year')]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('adds months, keeping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-03-15', -14)).toBe('2025-01-15');
    expect(addMonths('2025-12-01', 1)).toBe('2026-01-01');
  });

  it('lists every period a range touches, the cut ones at the edges whole', () => {
    expect(periodsIn({ from: '2025-11-15', to: '2026-02-01' }, 'month')).toEqual([
      { key: '2025-11', start: '2025-11-01', end: '2025-11-30' },
      { key: '2025-12', start: '2025-12-01', end: '2025-12-31' },
      { key: '2026-01', start: '2026-01-01', end: '2026-01-31' },
      { key: '2026-02', start: '2026-02-01', end: '2026-02-28' },
    ]);
    expect(periodsIn({ from: '2026-03-01', to: '2026-03-02' }, 'week').map((p) => p.key)).toEqual([
      '2026-02-23',
      '2026-03-02',
    ]);
    expect(periodsIn({ from: '2026-03-05', to: '2026-03-05' }, 'day')).toEqual([
      { key: '2026-03-05', start: '2026-03-05', end: '2026-03-05' },
    ]);
    expect(periodsIn({ from: '2026-03-05', to: '2026-03-04' }, 'day')).toEqual([]);
  });

  it('counts periods without listing them, and agrees with the list', () => {
    const ranges = [
      { from: '2025-11-15', to: '2026-02-01' },
      { from: '2025-03-31', to: '2025-04-01' },
      { from: '2019-12-31', to: '2026-01-01' },
      { from: '2026-03-01', to: '2026-03-02' },
    ];
    for (const range of ranges) {
      for (const g of ['day', 'week', 'month', 'quarter', 'year'] as const) {
        expect(countPeriods(range, g)).toBe(periodsIn(range, g).length);
      }
    }
    expect(countPeriods({ from: '2026-03-02', to: '2026-03-01' }, 'month')).toBe(0);
  });
});

describe('keeping charts within 400 points', () => {
  it('stays monthly as long as it can, then goes quarterly, then yearly', () => {
    expect(MAX_POINTS).toBe(400);
    // 400 months exactly is still monthly; one more is quarterly.
    expect(pickGranularity({ from: '1993-01-01', to: '2026-04-30' })).toBe('month');
    expect(pickGranularity({ from: '1993-01-01', to: '2026-05-01' })).toBe('quarter');
    expect(pickGranularity({ from: '1900-01-01', to: '2026-12-31' })).toBe('year');
  });

  it('uses days or weeks when asked and the range is short enough', () => {
    expect(pickGranularity({ from: '2025-04-01', to: '2026-03-31' }, 'day')).toBe('day');
    expect(pickGranularity({ from: '2024-01-01', to: '2026-03-31' }, 'day')).toBe('week');
    expect(pickGranularity({ from: '2010-01-01', to: '2026-03-31' }, 'week')).toBe('month');
  });

  it('buckets items into every period of the range, empty ones too, leaving out-of-range items out', () => {
    const items = ['2025-12-31', '2026-01-01', '2026-01-31', '2026-03-31', '2026-04-01'];
    const b = bucket(items, (d) => d, { from: '2026-01-01', to: '2026-03-31' }, 'month');
    expect(b.granularity).toBe('month');
    expect(b.periods.map((p) => [p.key, p.items])).toEqual([
      ['2026-01', ['2026-01-01', '2026-01-31']],
      ['2026-02', []],
      ['2026-03', ['2026-03-31']],
    ]);
  });

  it('coarsens the buckets instead of drawing too many points', () => {
    const b = bucket(['2000-06-01'], (d) => d, { from: '1980-01-01', to: '2026-12-31' }, 'month');
    expect(b.granularity).toBe('quarter');
    expect(b.periods.length).toBeLessThanOrEqual(400);
    expect(b.periods.find((p) => p.key === '2000-Q2')?.items).toEqual(['2000-06-01']);
  });
});

describe('date ranges', () => {
  const today = '2026-03-31';
  it('counts the last N days including today', () => {
    expect(dateRange({ preset: '30d' }, today)).toEqual({ from: '2026-03-02', to: today });
    expect(dateRange({ preset: '90d' }, today)).toEqual({ from: '2026-01-01', to: today });
    expect(dateRange({ preset: '365d' }, today)).toEqual({ from: '2025-04-01', to: today });
    expect(dateRange({ preset: '365d' }, '2024-12-31')).toEqual({ from: '2024-01-02', to: '2024-12-31' });
  });

  it('runs "all" from the earliest data, or today when there is none', () => {
    expect(dateRange({ preset: 'all' }, today, '2024-05-06')).toEqual({ from: '2024-05-06', to: today });
    expect(dateRange({ preset: 'all' }, today)).toEqual({ from: today, to: today });
    expect(dateRange({ preset: 'all' }, today, '2026-05-01')).toEqual({ from: today, to: today });
    expect(earliestDate(['2025-03-01', '2024-05-06', '2026-01-01'])).toBe('2024-05-06');
    expect(earliestDate([])).toBeUndefined();
  });

  it('takes a custom range as chosen, swapped when backwards', () => {
    expect(dateRange({ preset: 'custom', from: '2026-01-01', to: '2026-01-31' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(dateRange({ preset: 'custom', from: '2026-01-31', to: '2026-01-01' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });
});

describe('small arithmetic', () => {
  it('takes the median of odd and even counts, and null for none', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 2, 24])).toBe(24);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 5, 5, 5])).toBe(5);
  });

  it('divides, or says there is nothing to divide by', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
  });
});
