import { ComingSoon } from '@/features/coming-soon/ComingSoon';

export default function RemindersPage() {
  return <ComingSoon screen="reminders" />;
}
