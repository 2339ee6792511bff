import { Box, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemindersList } from '@/features/reminders/RemindersList';
import { LowStockSurprises, useLowStockSurprises } from '@/features/surprises/LowStockSurprises';
import { Section } from './Section';

/** Reminders due today or overdue, and surprises running low. */
export default function SideColumn({ today }: { today: string }) {
  const { t } = useTranslation('today');
  const low = useLowStockSurprises();
  return (
    <Stack gap="md">
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
