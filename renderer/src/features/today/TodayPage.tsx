import { Suspense, lazy } from 'react';
import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { todayData } from '@/db/today-reads';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { EmptyShop } from '@/components/EmptyShop';
import { PrintList } from './PrintList';
import { PackList } from './PackList';

// The side column (reminders, low stock) loads after the lists: it is not what the seller reads first.
const SideColumn = lazy(() => import('./SideColumn'));

export default function TodayPage() {
  const data = useLiveQuery(() => todayData(), []);
  if (data === undefined) return null;
  if (data.empty) return <EmptyShop />;
  return <TodayScreen data={data} />;
}

function TodayScreen({ data }: { data: NonNullable<Awaited<ReturnType<typeof todayData>>> }) {
  const { t } = useTranslation('today');
  const f = useFormat();
  const day = today();
  return (
    <Stack gap="md" data-today-ready>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {f.date(day, 'medium')} · {t('summary', { print: data.toPrint.length, pack: data.toPack.length })}
          </Text>
        </div>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <PackList orders={data.toPack} names={data.names} extras={data.pack} today={day} />
            <PrintList orders={data.toPrint} names={data.names} today={day} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Suspense fallback={null}>
            <SideColumn today={day} />
          </Suspense>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
