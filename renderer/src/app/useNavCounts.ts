import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countDue } from '@/db/reminder-reads';
import { todayCounts } from '@/db/today-reads';
import { today } from './clock';
import { whenIdle } from './idle';

/**
 * The numbers beside the sidebar's entries: parcels waiting today and reminders due. Index counts only,
 * started once the first screen is up so they do not queue in front of its reads.
 */
export function useNavCounts() {
  const [started, setStarted] = useState(false);
  useEffect(() => whenIdle(() => setStarted(true)), []);
  return useLiveQuery(async () => {
    if (!started) return undefined;
    const [{ toPrint, toPack }, reminders] = await Promise.all([todayCounts(), countDue(today())]);
    return { today: toPrint + toPack, reminders } as Partial<Record<'today' | 'reminders', number>>;
  }, [started]);
}
