// Days in the sample are counted as offsets from `today` (0 = today, -1 = yesterday): integers are cheap to
// compare and shift. The dates of the whole window are made once, so 50k orders share a few hundred strings.
import { isoDateSchema } from '../domain/common';
import { addDays } from '../dates';
import type { Rng } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The window kept ready: two years and a bit back, a month ahead. */
const PAST = 800;
const AHEAD = 40;

export class Calendar {
  private readonly dates: string[] = [];
  private readonly months: number[] = [];
  private readonly days: number[] = [];
  /** UTC midnight of today; moments are placed relative to it. */
  private readonly midnight: number;

  constructor(readonly today: string) {
    if (!isoDateSchema.safeParse(today).success)
      throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    this.midnight = Date.UTC(y, m - 1, d);
    for (let offset = -PAST; offset <= AHEAD; offset++) {
      const s = addDays(today, offset);
      this.dates.push(s);
      this.months.push(Number(s.slice(5, 7)));
      this.days.push(Number(s.slice(8, 10)));
    }
  }

  date(offset: number): string {
    return this.dates[offset + PAST] ?? addDays(this.today, offset);
  }

  month(offset: number): number {
    return this.months[offset + PAST] ?? Number(this.date(offset).slice(5, 7));
  }

  dayOfMonth(offset: number): number {
    return this.days[offset + PAST] ?? Number(this.date(offset).slice(8, 10));
  }

  /** A moment in the working hours of that day, never after `now` (rows cannot come from the future). */
  moment(offset: number, r: Rng, now: number): number {
    return Math.max(0, Math.min(now, this.midnight + offset * DAY + r.int(8 * HOUR, 20 * HOUR)));
  }
}
