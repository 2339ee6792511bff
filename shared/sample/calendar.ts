// Days in the sample are counted as offsets from `today` (0 = today, -1 = yesterday): integers are cheap to
// compare and shift, and each offset is turned into a `YYYY-MM-DD` string only once.
import { isoDateSchema } from '../domain/common';
import { addDays } from '../dates';
import type { Rng } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export class Calendar {
  private readonly dates = new Map<number, string>();
  /** UTC midnight of today; moments are placed relative to it. */
  private readonly midnight: number;

  constructor(readonly today: string) {
    if (!isoDateSchema.safeParse(today).success)
      throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    this.midnight = Date.UTC(y, m - 1, d);
  }

  date(offset: number): string {
    let s = this.dates.get(offset);
    if (s === undefined) {
      s = addDays(this.today, offset);
      this.dates.set(offset, s);
    }
    return s;
  }

  month(offset: number): number {
    return Number(this.date(offset).slice(5, 7));
  }

  dayOfMonth(offset: number): number {
    return Number(this.date(offset).slice(8, 10));
  }

  /** A moment in the working hours of that day, never after `now` (rows cannot come from the future). */
  moment(offset: number, r: Rng, now: number): number {
    return Math.max(0, Math.min(now, this.midnight + offset * DAY + r.int(8 * HOUR, 20 * HOUR)));
  }
}
