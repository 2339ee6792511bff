import { useLiveQuery } from 'dexie-react-hooks';
import { shopIsEmpty } from '@/db/shop';
import { EmptyShop } from '@/components/EmptyShop';
import { ComingSoon } from '@/features/coming-soon/ComingSoon';

export default function TodayPage() {
  const empty = useLiveQuery(() => shopIsEmpty(), []);
  if (empty === undefined) return null;
  return empty ? <EmptyShop /> : <ComingSoon screen="today" />;
}
