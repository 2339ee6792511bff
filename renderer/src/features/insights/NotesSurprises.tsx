import { useMemo } from 'react';
import { Badge, Group, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { notesAndSurprises, type GroupFigures } from '@shared/insights/notes-surprises';
import type { DateRange } from '@shared/insights/periods';
import { notesSurprisesData } from '@/db/insights-reads';
import { ChartCard, type Column } from './ChartCard';
import { round, type Formatters } from './format';

/** Groups with fewer orders than this are marked as a small sample. */
export const SMALL_SAMPLE = 20;

/**
 * Average rating and repeat-purchase rate with and without a surprise (per kind) and a handwritten note.
 * Its own, later read: it needs every order, so the main charts do not wait for it.
 */
export function NotesSurprises({ range, f }: { range: DateRange; f: Formatters }) {
  const { t } = useTranslation('insights');
  const input = useLiveQuery(() => notesSurprisesData(), []);
  const rows = useMemo(() => (input ? notesAndSurprises(input, range) : undefined), [input, range]);
  const name = (g: GroupFigures['group']) =>
    g.startsWith('surprise:') ? t(`extras.kind.${g.slice(9) as 'sticker'}`) : t(`extras.${g as 'surprise'}`);
  const columns: Column<GroupFigures>[] = [
    {
      header: t('extras.group'),
      value: (r) => name(r.group),
      show: (r) => (
        <Group gap={6} wrap="nowrap">
          {name(r.group)}
          {r.orders < SMALL_SAMPLE && (
            <Badge size="xs" color="orange" variant="light" tt="none">
              {t('extras.smallSample')}
            </Badge>
          )}
        </Group>
      ),
    },
    { header: t('extras.orders'), value: (r) => r.orders, numeric: true },
    { header: t('extras.reviewed'), value: (r) => r.reviewed, numeric: true },
    {
      header: t('extras.averageRating'),
      value: (r) => round(r.averageRating),
      show: (r) => f.rating(r.averageRating),
      numeric: true,
    },
    {
      header: t('extras.repeatRate'),
      value: (r) => round(r.repeatRate),
      show: (r) => f.percent(r.repeatRate),
      numeric: true,
    },
  ];
  if (!rows) return <Loader size="sm" aria-label={t('extras.loading')} />;
  return (
    <ChartCard
      title={t('extras.title')}
      note={t('extras.note')}
      columns={columns}
      rows={rows}
      empty={rows.every((r) => r.orders === 0)}
    />
  );
}
