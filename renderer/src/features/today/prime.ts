// Today is the first screen: its first read starts at boot (see app/boot-read).
import { bootRead, hashPath } from '@/app/boot-read';
import { todayData, type TodayData } from '@/db/today-reads';

const first = bootRead<TodayData>();

/** Whether a window opening on `hash` shows Today. */
export function opensOnToday(hash: string): boolean {
  const path = hashPath(hash);
  return path === '' || path === '/' || path === '/today';
}

export const primeToday = () => first.start(() => todayData());
/** Once the live query has answered, the boot read is stale: a later visit to Today reads afresh. */
export const releasePrimedToday = first.release;
export const usePrimedToday = first.use;
