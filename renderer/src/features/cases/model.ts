// The first-response clock in words, shared by the case panel and the Today list.
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { ResponseState } from '@shared/reviews/recovery';

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function caseClock(s: ResponseState, t: TFunction<'cases'>): { text: string; color: string } {
  switch (s.state) {
    case 'due':
      return { text: t('clock.due', { hours: s.hoursLeft }), color: s.hoursLeft <= 6 ? 'orange' : 'blue' };
    case 'overdue':
      return { text: t('clock.overdue', { hours: s.hoursOver }), color: 'red' };
    case 'answered': {
      const hours = Math.round(s.tookMs / HOUR);
      if (!s.onTime) return { text: t('clock.answeredLate', { hours }), color: 'yellow' };
      return hours < 1
        ? { text: t('clock.answeredSoon'), color: 'teal' }
        : { text: t('clock.answered', { hours }), color: 'teal' };
    }
    case 'closed':
      return { text: t('clock.closed'), color: 'gray' };
  }
}

/** The time now, moved on every minute (the clocks). */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(id);
  }, []);
  return now;
}
