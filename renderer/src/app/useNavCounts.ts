import { useLiveQuery } from 'dexie-react-hooks';
import { countDue } from '@/db/reminder-reads';
import { todayCounts } from '@/db/today-reads';
import { today } from './clock';

/** The numbers beside the sidebar's entries: parcels waiting today and reminders due. Index counts only. */
export function useNavCounts() {
  return useLiveQuery(async () => {
    const [{ toPrint, toPack }, reminders] = await Promise.all([todayCounts(), countDue(today())]);
    return { today: toPrint + toPack, reminders } as Partial<Record<'today' | 'reminders', number>>;
  }, []);
}
