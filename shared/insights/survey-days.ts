// Survey answers summed per day and kind (the `surveyDays` table): the answers per score, all NPS and CSAT
// need, so the insights screen reads day rows instead of every answer.
import type { Survey } from '../domain/other';
import { dayKey, type DayAggregate, type DayRow } from './day-rows';

export type DaySurvey = Pick<Survey, 'date' | 'kind' | 'score'>;

/** Answers per score (keyed by the score); scores without answers are left out. */
export type ScoreCounts = Partial<Record<number, number>>;

export interface SurveyDay extends DayRow {
  kind: Survey['kind'];
  scores: ScoreCounts;
}

export const surveyDays: DayAggregate<DaySurvey, SurveyDay> = {
  keyOf: (s) => dayKey(s.date, s.kind),
  empty: (s) => ({ key: dayKey(s.date, s.kind), date: s.date, kind: s.kind, scores: {} }),
  clone: (d) => ({ ...d, scores: { ...d.scores } }),
  add(day, s, sign) {
    const n = (day.scores[s.score] ?? 0) + sign;
    if (n === 0) delete day.scores[s.score];
    else day.scores[s.score] = n;
  },
  isEmpty: (d) => Object.keys(d.scores).length === 0,
};

/** Scores as counts per score. */
export function countScores(scores: readonly number[]): ScoreCounts {
  const counts: ScoreCounts = {};
  for (const s of scores) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

/** One answer as a day row of one. */
export function surveyDayOf(s: DaySurvey): SurveyDay {
  return { key: dayKey(s.date, s.kind), date: s.date, kind: s.kind, scores: { [s.score]: 1 } };
}
