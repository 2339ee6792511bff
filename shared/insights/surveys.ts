// NPS and CSAT from the seller's own surveys, for a range and per period.
// - NPS ("how likely are you to recommend", 0–10): promoters 9–10, passives 7–8, detractors 0–6;
//   score = % promoters − % detractors, from −100 to 100 (not rounded: the screen rounds).
// - CSAT ("how satisfied", 1–5): the share of 4 and 5 answers, as a fraction 0..1. A CSAT answer outside
//   1–5 is a data error and is left out.
// Each figure is computed from answers counted per score (day rows, `...Days` forms: see survey-days); the
// answer-array forms count every answer as a day row of one.
import type { Survey } from '../domain/other';
import { bucket, inRange, type DateRange, type Granularity } from './periods';
import { ratio } from './stats';
import { countScores, surveyDayOf, type ScoreCounts, type SurveyDay } from './survey-days';

export type SurveyAnswer = Pick<Survey, 'kind' | 'score' | 'date'>;
export type ScoreDay = Pick<SurveyDay, 'date' | 'kind' | 'scores'>;

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
  return npsOfCounts([countScores(scores)]);
}

export function csatOf(scores: readonly number[]): CsatFigures {
  return csatOfCounts([countScores(scores)]);
}

export function npsOfCounts(counts: readonly ScoreCounts[]): NpsFigures {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const c of counts) {
    for (const [score, count] of Object.entries(c)) {
      const s = Number(score);
      if (s >= 9) promoters += count ?? 0;
      else if (s >= 7) passives += count ?? 0;
      else detractors += count ?? 0;
    }
  }
  const n = promoters + passives + detractors;
  return { n, promoters, passives, detractors, nps: n > 0 ? (100 * (promoters - detractors)) / n : null };
}

export function csatOfCounts(counts: readonly ScoreCounts[]): CsatFigures {
  let n = 0;
  let satisfied = 0;
  for (const c of counts) {
    for (const [score, count] of Object.entries(c)) {
      const s = Number(score);
      if (!(s >= 1 && s <= 5)) continue;
      n += count ?? 0;
      if (s >= 4) satisfied += count ?? 0;
    }
  }
  return { n, satisfied, csat: ratio(satisfied, n) };
}

export function npsFor(surveys: readonly SurveyAnswer[], range: DateRange): NpsFigures {
  return npsFromDays(surveys.map(surveyDayOf), range);
}

export function csatFor(surveys: readonly SurveyAnswer[], range: DateRange): CsatFigures {
  return csatFromDays(surveys.map(surveyDayOf), range);
}

export function npsFromDays(days: readonly ScoreDay[], range: DateRange): NpsFigures {
  return npsOfCounts(countsOf(days, 'nps', range));
}

export function csatFromDays(days: readonly ScoreDay[], range: DateRange): CsatFigures {
  return csatOfCounts(countsOf(days, 'csat', range));
}

export function npsByPeriod(
  surveys: readonly SurveyAnswer[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (NpsFigures & { period: string })[] } {
  return npsByPeriodFromDays(surveys.map(surveyDayOf), range, granularity);
}

export function csatByPeriod(
  surveys: readonly SurveyAnswer[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (CsatFigures & { period: string })[] } {
  return csatByPeriodFromDays(surveys.map(surveyDayOf), range, granularity);
}

export function npsByPeriodFromDays(
  days: readonly ScoreDay[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (NpsFigures & { period: string })[] } {
  const b = bucket(
    days.filter((d) => d.kind === 'nps'),
    (d) => d.date,
    range,
    granularity,
  );
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => ({ period: p.key, ...npsOfCounts(p.items.map((d) => d.scores)) })),
  };
}

export function csatByPeriodFromDays(
  days: readonly ScoreDay[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (CsatFigures & { period: string })[] } {
  const b = bucket(
    days.filter((d) => d.kind === 'csat'),
    (d) => d.date,
    range,
    granularity,
  );
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => ({ period: p.key, ...csatOfCounts(p.items.map((d) => d.scores)) })),
  };
}

function countsOf(days: readonly ScoreDay[], kind: Survey['kind'], range: DateRange): ScoreCounts[] {
  return days.filter((d) => d.kind === kind && inRange(d.date, range)).map((d) => d.scores);
}
