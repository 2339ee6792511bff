// NPS and CSAT from the seller's own surveys, for a range and per period.
// - NPS ("how likely are you to recommend", 0–10): promoters 9–10, passives 7–8, detractors 0–6;
//   score = % promoters − % detractors, from −100 to 100 (not rounded: the screen rounds).
// - CSAT ("how satisfied", 1–5): the share of 4 and 5 answers, as a fraction 0..1. A CSAT answer outside
//   1–5 is a data error and is left out.
import type { Survey } from '../domain/other';
import { bucket, inRange, type DateRange, type Granularity } from './periods';
import { ratio } from './stats';

export type SurveyAnswer = Pick<Survey, 'kind' | 'score' | 'date'>;

export interface NpsFigures {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** null without answers. */
  nps: number | null;
}

export interface CsatFigures {
  n: number;
  satisfied: number;
  csat: number | null;
}

export function npsOf(scores: readonly number[]): NpsFigures {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    if (s >= 9) promoters++;
    else if (s >= 7) passives++;
    else detractors++;
  }
  const n = scores.length;
  return { n, promoters, passives, detractors, nps: n > 0 ? (100 * (promoters - detractors)) / n : null };
}

export function csatOf(scores: readonly number[]): CsatFigures {
  const valid = scores.filter((s) => s >= 1 && s <= 5);
  const satisfied = valid.filter((s) => s >= 4).length;
  return { n: valid.length, satisfied, csat: ratio(satisfied, valid.length) };
}

export function npsFor(surveys: readonly SurveyAnswer[], range: DateRange): NpsFigures {
  return npsOf(scoresOf(surveys, 'nps', range));
}

export function csatFor(surveys: readonly SurveyAnswer[], range: DateRange): CsatFigures {
  return csatOf(scoresOf(surveys, 'csat', range));
}

export function npsByPeriod(
  surveys: readonly SurveyAnswer[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (NpsFigures & { period: string })[] } {
  const b = bucket(
    surveys.filter((s) => s.kind === 'nps'),
    (s) => s.date,
    range,
    granularity,
  );
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => ({ period: p.key, ...npsOf(p.items.map((s) => s.score)) })),
  };
}

export function csatByPeriod(
  surveys: readonly SurveyAnswer[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (CsatFigures & { period: string })[] } {
  const b = bucket(
    surveys.filter((s) => s.kind === 'csat'),
    (s) => s.date,
    range,
    granularity,
  );
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => ({ period: p.key, ...csatOf(p.items.map((s) => s.score)) })),
  };
}

function scoresOf(surveys: readonly SurveyAnswer[], kind: Survey['kind'], range: DateRange): number[] {
  return surveys.filter((s) => s.kind === kind && inRange(s.date, range)).map((s) => s.score);
}
