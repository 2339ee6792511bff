import { ComingSoon } from '@/features/coming-soon/ComingSoon';

export default function SurprisesPage() {
  return <ComingSoon screen="surprises" />;
}
