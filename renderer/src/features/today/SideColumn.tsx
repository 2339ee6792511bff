import { Box, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemindersList } from '@/features/reminders/RemindersList';
import { LowStockSurprises, useLowStockSurprises } from '@/features/surprises/LowStockSurprises';
import { BadReviewsDue, useBadReviewsDue } from '@/features/cases/BadReviewsDue';
import { Section } from './Section';

/** Reminders due today or overdue, and surprises running low. */
export default function SideColumn({ today }: { today: string }) {
  const { t } = useTranslation('today');
  const low = useLowStockSurprises();
  const badReviews = useBadReviewsDue();
  return (
    <Stack gap="md">
      {badReviews && badReviews.length > 0 && (
        <Section id="today-bad-reviews" title={t('side.badReviews')} count={badReviews.length}>
          <Box px="sm" pb="sm">
            <BadReviewsDue />
          </Box>
        </Section>
      )}
      <Section id="today-reminders" title={t('side.reminders')}>
        <Box px="xs" pb="sm">
          <RemindersList dueOnly today={today} />
        </Box>
      </Section>
      {low && low.length > 0 && (
        <Section id="today-low-stock" title={t('side.lowStock')} count={low.length}>
          <Box px="sm" pb="sm">
            <LowStockSurprises />
          </Box>
        </Section>
      )}
    </Stack>
  );
}
