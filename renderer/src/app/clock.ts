import { localDate } from '@shared/dates';

/** Today's calendar date on this computer. The one place the renderer reads the clock for dates. */
export function today(): string {
  return localDate(Date.now());
}
