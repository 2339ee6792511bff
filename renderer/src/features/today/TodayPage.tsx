import { Suspense, lazy, useState } from 'react';
import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { TODAY_FIRST, TODAY_STEP, todayData, type TodayData, type TodayLimits } from '@/db/today-reads';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { EmptyShop } from '@/components/EmptyShop';
import { releasePrimedToday, usePrimedToday } from './prime';
import { PrintList } from './PrintList';
import { PackList } from './PackList';

// The side column (reminders, low stock) loads after the lists: it is not what the seller reads first.
const SideColumn = lazy(() => import('./SideColumn'));

export default function TodayPage() {
  const [limits, setLimits] = useState<TodayLimits>({ print: TODAY_FIRST, pack: TODAY_FIRST });
  const first = usePrimedToday();
  const live = useLiveQuery(() => (first.pending ? undefined : todayData(limits)), [limits, first.pending]);
  if (live) releasePrimedToday();
  // While a longer list is read, the shorter one stays on screen.
  const [shown, setShown] = useState(live);
  if (live && live !== shown) setShown(live);
  const data = live ?? shown ?? first.data;
  if (data === undefined) return null;
  if (data.empty) return <EmptyShop />;
  const more = (list: keyof TodayLimits) => () => setLimits((l) => ({ ...l, [list]: l[list] + TODAY_STEP }));
  return <TodayScreen data={data} onMore={{ print: more('print'), pack: more('pack') }} />;
}

function TodayScreen({ data, onMore }: { data: TodayData; onMore: Record<keyof TodayLimits, () => void> }) {
  const { t } = useTranslation('today');
  const f = useFormat();
  const day = today();
  return (
    <Stack gap="md" data-today-ready>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {f.date(day, 'medium')} · {t('summary', { print: data.counts.toPrint, pack: data.counts.toPack })}
          </Text>
        </div>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <PackList
              orders={data.toPack}
              total={data.counts.toPack}
              onMore={onMore.pack}
              customers={data.customers}
              today={day}
            />
            <PrintList
              orders={data.toPrint}
              total={data.counts.toPrint}
              onMore={onMore.print}
              customers={data.customers}
              today={day}
            />
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
