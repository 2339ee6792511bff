import { useLiveQuery } from 'dexie-react-hooks';
import { todayCounts } from '@/db/today-reads';

/** The numbers beside the sidebar's entries: parcels waiting today. Index counts only. */
export function useNavCounts() {
  return useLiveQuery(async () => {
    const { toPrint, toPack } = await todayCounts();
    return { today: toPrint + toPack } as Partial<Record<'today' | 'reminders', number>>;
  }, []);
}
