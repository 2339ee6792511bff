// Today is the first screen: its first read starts at boot, as soon as the database is open, instead of after
// React's first render. The screen shows that read until its own live query (which keeps it current) answers.
// A store, not Suspense: React holds back revealing suspended content, which would cost more than it saves.
import { useSyncExternalStore } from 'react';
import { todayData, type TodayData } from '@/db/today-reads';

let result: TodayData | undefined;
const listeners = new Set<() => void>();

/** Whether a window opening on `hash` shows Today. */
export function opensOnToday(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' || path === '/' || path === '/today';
}

export function primeToday(): void {
  todayData().then(
    (data) => {
      result = data;
      for (const l of listeners) l();
    },
    () => undefined, // the live query reports failures
  );
}

/** Once the live query has answered, the boot read is stale: a later visit to Today reads afresh. */
export function releasePrimedToday(): void {
  result = undefined;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function usePrimedToday(): TodayData | undefined {
  return useSyncExternalStore(subscribe, () => result);
}
