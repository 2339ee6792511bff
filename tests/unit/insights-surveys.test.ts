import { describe, expect, it } from 'vitest';
import { csatByPeriod, csatFor, csatOf, npsByPeriod, npsFor, npsOf } from '@shared/insights/surveys';

describe('NPS', () => {
  it('sorts 9–10 as promoters, 7–8 as passives, 0–6 as detractors', () => {
    expect(npsOf([10, 9, 8, 7, 6, 0])).toEqual({ n: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 });
  });

  it('scores % promoters minus % detractors, from −100 to 100', () => {
    expect(npsOf([10, 10, 10, 6]).nps).toBe(50);
    expect(npsOf([10]).nps).toBe(100);
    expect(npsOf([0, 6]).nps).toBe(-100);
    expect(npsOf([7, 8]).nps).toBe(0);
    expect(npsOf([10, 9, 5]).nps).toBeCloseTo(100 / 3, 12);
    expect(npsOf([]).nps).toBeNull();
  });
});

describe('CSAT', () => {
  it('is the share of 4 and 5 answers, leaving answers outside 1–5 out', () => {
    expect(csatOf([5, 4, 3, 1])).toEqual({ n: 4, satisfied: 2, csat: 0.5 });
    expect(csatOf([5, 0, 9])).toEqual({ n: 1, satisfied: 1, csat: 1 });
    expect(csatOf([])).toEqual({ n: 0, satisfied: 0, csat: null });
  });
});

describe('surveys over time', () => {
  const surveys = [
    { kind: 'nps' as const, score: 10, date: '2026-01-05' },
    { kind: 'nps' as const, score: 3, date: '2026-01-31' },
    { kind: 'nps' as const, score: 9, date: '2026-03-01' },
    { kind: 'csat' as const, score: 5, date: '2026-01-10' },
    { kind: 'csat' as const, score: 2, date: '2026-03-10' },
    { kind: 'nps' as const, score: 0, date: '2025-12-31' },
  ];
  const range = { from: '2026-01-01', to: '2026-03-31' };

  it('gives NPS per month, with no score for a month without answers', () => {
    expect(npsByPeriod(surveys, range).rows.map((r) => [r.period, r.n, r.nps])).toEqual([
      ['2026-01', 2, 0],
      ['2026-02', 0, null],
      ['2026-03', 1, 100],
    ]);
  });

  it('gives CSAT per month, never mixing in NPS answers', () => {
    expect(csatByPeriod(surveys, range).rows.map((r) => [r.period, r.n, r.csat])).toEqual([
      ['2026-01', 1, 1],
      ['2026-02', 0, null],
      ['2026-03', 1, 0],
    ]);
  });

  it('sums the range', () => {
    expect(npsFor(surveys, range)).toEqual({ n: 3, promoters: 2, passives: 0, detractors: 1, nps: 100 / 3 });
    expect(csatFor(surveys, range)).toEqual({ n: 2, satisfied: 1, csat: 0.5 });
  });
});
