// The response times of cases by the UTC day they opened and their kind (the `caseMonths` table, packed by
// month): what the service figures need, so the insights screen does not read every case. Each case is kept
// whole (by id), so the median is exact. The day is UTC's so the rows do not depend on the time zone of the
// write; the reader takes the days around a range and service.ts keeps the cases of its local dates.
import type { Case } from '../domain/other';
import { dayKey, type DayAggregate, type DayRow } from './day-rows';
import type { CaseTimes } from './service';

export type DayCase = Pick<Case, 'id' | 'kind' | 'openedAt' | 'firstResponseAt' | 'outcome'>;

export interface CaseDay extends DayRow {
  kind: Case['kind'];
  cases: Record<string, Pick<Case, 'openedAt' | 'firstResponseAt' | 'outcome'>>;
}

export const utcDate = (moment: number) => new Date(moment).toISOString().slice(0, 10);

export const caseDays: DayAggregate<DayCase, CaseDay> = {
  keyOf: (c) => dayKey(utcDate(c.openedAt), c.kind),
  empty: (c) => ({
    key: dayKey(utcDate(c.openedAt), c.kind),
    date: utcDate(c.openedAt),
    kind: c.kind,
    cases: {},
  }),
  clone: (d) => ({ ...d, cases: { ...d.cases } }),
  add(day, c, sign) {
    if (sign < 0) {
      delete day.cases[c.id];
      return;
    }
    const times: CaseDay['cases'][string] = { openedAt: c.openedAt, outcome: c.outcome };
    if (c.firstResponseAt !== undefined) times.firstResponseAt = c.firstResponseAt;
    day.cases[c.id] = times;
  },
  isEmpty: (d) => Object.keys(d.cases).length === 0,
};

/** The cases of some day rows, as the service figures take them. */
export function caseTimes(days: readonly CaseDay[]): CaseTimes[] {
  return days.flatMap((d) => Object.values(d.cases).map((c) => ({ kind: d.kind, ...c })));
}
