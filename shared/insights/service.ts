// How fast the seller answers bad reviews: the median time to the first response and the share answered
// within 24 hours, for the cases opened in a range (by the local date of `openedAt`).
// - The median is over answered cases only; cases still waiting have no time yet (see `waiting`, `overdue`).
// - The 24-hour share counts answered cases and unanswered ones past their deadline; a case still inside its
//   24 hours can go either way and is left out until it is decided. A case closed without a recorded
//   response is left out too (there is nothing to time).
import { localDate } from '../dates';
import type { Case } from '../domain/other';
import { responseState } from '../reviews/recovery';
import { bucket, inRange, type DateRange, type Granularity } from './periods';
import { median, ratio } from './stats';

export type CaseTimes = Pick<Case, 'kind' | 'openedAt' | 'firstResponseAt'> & Partial<Pick<Case, 'outcome'>>;

export interface ResponseFigures {
  cases: number;
  answered: number;
  onTime: number;
  /** Unanswered, still inside the 24 hours. */
  waiting: number;
  /** Unanswered, past the 24 hours. */
  overdue: number;
  medianMs: number | null;
  /** onTime / (answered + overdue). */
  onTimeShare: number | null;
}

const badReviewsOnly: readonly Case['kind'][] = ['bad-review'];

export function firstResponseFigures(
  cases: readonly CaseTimes[],
  range: DateRange,
  now: number,
  kinds: readonly Case['kind'][] = badReviewsOnly,
): ResponseFigures {
  return figures(
    cases.filter((c) => kinds.includes(c.kind) && inRange(localDate(c.openedAt), range)),
    now,
  );
}

export function firstResponseByPeriod(
  cases: readonly CaseTimes[],
  range: DateRange,
  now: number,
  granularity: Granularity = 'month',
  kinds: readonly Case['kind'][] = badReviewsOnly,
): { granularity: Granularity; rows: (ResponseFigures & { period: string })[] } {
  const b = bucket(
    cases.filter((c) => kinds.includes(c.kind)),
    (c) => localDate(c.openedAt),
    range,
    granularity,
  );
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => ({ period: p.key, ...figures(p.items, now) })),
  };
}

function figures(cases: readonly CaseTimes[], now: number): ResponseFigures {
  const took: number[] = [];
  let onTime = 0;
  let waiting = 0;
  let overdue = 0;
  for (const c of cases) {
    const s = responseState(c, now);
    if (s.state === 'answered') {
      took.push(s.tookMs);
      if (s.onTime) onTime++;
    } else if (s.state === 'due') waiting++;
    else if (s.state === 'overdue') overdue++;
  }
  return {
    cases: cases.length,
    answered: took.length,
    onTime,
    waiting,
    overdue,
    medianMs: median(took),
    onTimeShare: ratio(onTime, took.length + overdue),
  };
}
