import { useCallback, useEffect, useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Chip,
  CloseButton,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconFileImport,
  IconFilterOff,
  IconMessageStar,
  IconPlus,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { reviewCategories } from '@shared/domain/other';
import { channels, type Channel } from '@shared/domain/order';
import { needsRecovery } from '@shared/reviews/recovery';
import {
  deleteReview,
  getReviewRow,
  hasReviews,
  isFiltered,
  reviewIds,
  reviewRows,
  type ReviewCategory,
  type ReviewFilter,
  type ReviewRow,
  type ReviewWrite,
} from '@/db/reviews';
import { useFormat } from '@/app/useFormat';
import { VirtualList } from '@/components/VirtualList';
import { DateField, OrderDatesProvider } from '@/features/orders/DateField';
import { SurveysView } from '@/features/surveys/SurveysView';
import { ImportReviewsModal, useReviewImport } from './ImportReviews';
import { clockText, starText } from './model';
import { ReviewFormModal } from './ReviewForm';

const ROW_HEIGHT = 96;
const MINUTE = 60_000;

interface Filters {
  q: string;
  rating: string | null;
  category: ReviewCategory | null;
  channel: Channel | null;
  from: string | null;
  to: string | null;
  needsReply: boolean;
}
const noFilters: Filters = {
  q: '',
  rating: null,
  category: null,
  channel: null,
  from: null,
  to: null,
  needsReply: false,
};

function toFilter(f: Filters): ReviewFilter {
  const out: ReviewFilter = {};
  if (f.q.trim()) out.q = f.q;
  if (f.rating) out.ratings = f.rating === 'bad' ? [1, 2, 3] : [Number(f.rating)];
  if (f.category) out.category = f.category;
  if (f.channel) out.channel = f.channel;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.needsReply) out.needsReply = true;
  return out;
}

/** The time now, moved on every minute (the first-response clocks). */
function useMinuteClock() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * `/reviews`: the reviews, or with `?view=surveys` the satisfaction surveys. `?review=<id>` opens that review
 * (the link from Today's bad reviews to answer).
 */
export default function ReviewsPage() {
  const { t } = useTranslation('surveys');
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'surveys' ? 'surveys' : 'reviews';
  return (
    <Stack gap="md" maw={1280} h="100%">
      <SegmentedControl
        aria-label={t('view.label')}
        value={view}
        onChange={(v) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (v === 'surveys') next.set('view', 'surveys');
              else next.delete('view');
              next.delete('review');
              return next;
            },
            { replace: true },
          )
        }
        data={[
          { value: 'reviews', label: t('view.reviews') },
          { value: 'surveys', label: t('view.surveys') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'surveys' ? <SurveysView /> : <ReviewsView />}
    </Stack>
  );
}

/** Every review newest first, filters, the recovery clocks of bad ones, and the Etsy import. */
function ReviewsView() {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation('common');
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [q] = useDebouncedValue(filters.q, 150);
  const filter = toFilter({ ...filters, q });
  const filterKey = JSON.stringify(filter);
  const ids = useLiveQuery(() => reviewIds(filter), [filterKey]);
  const any = useLiveQuery(() => hasReviews(), []);
  const [editing, setEditing] = useState<ReviewRow | 'new' | null>(null);
  const importer = useReviewImport();
  const now = useMinuteClock();
  const [params, setParams] = useSearchParams();
  const linked = params.get('review');

  // `?review=<id>` opens that review's form; closing it drops the parameter.
  useEffect(() => {
    if (!linked) return;
    let live = true;
    void getReviewRow(linked).then((r) => {
      if (live && r) setEditing(r);
    });
    return () => {
      live = false;
    };
  }, [linked]);

  const close = useCallback(() => {
    setEditing(null);
    if (params.has('review')) {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.delete('review');
          return next;
        },
        { replace: true },
      );
    }
  }, [params, setParams]);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const open = useCallback((r: ReviewRow) => setEditing(r), []);

  function saved(w: ReviewWrite, isNew: boolean) {
    notifications.show({
      color: 'teal',
      message: isNew ? (w.opened ? t('notify.createdCase') : t('notify.created')) : t('notify.updated'),
    });
    close();
  }

  function confirmDelete(r: ReviewRow) {
    modals.openConfirmModal({
      title: t('delete.title'),
      centered: true,
      children: (
        <Text size="sm">
          {t('delete.body', { name: r.customerName ?? r.reviewer ?? t('list.anonymous') })}
        </Text>
      ),
      labels: { confirm: t('delete.confirm'), cancel: t('delete.keep') },
      confirmProps: { color: 'red', leftSection: <IconTrash size={16} aria-hidden /> },
      onConfirm: async () => {
        try {
          await deleteReview(r.id);
          close();
          notifications.show({ color: 'gray', message: t('delete.done') });
        } catch (e) {
          notifications.show({ color: 'red', message: (e as Error).message });
        }
      },
    });
  }

  const renderRow = useCallback(
    (row: ReviewRow | undefined) => (row ? <ReviewLine r={row} now={now} onOpen={open} /> : null),
    [now, open],
  );

  if (ids === undefined || any === undefined) return <Loader m="xl" aria-label={t('loading')} />;

  const importButton = (variant: 'filled' | 'light') => (
    <Button
      variant={variant}
      leftSection={<IconFileImport size={16} aria-hidden />}
      onClick={() => void importer.start()}
    >
      {t('import')}
    </Button>
  );
  const filtered = isFiltered(filter) || filters.q.trim() !== '';

  return (
    <Stack gap="lg" maw={1280} h="100%">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          {any && (
            <Text c="dimmed" size="sm">
              {t('summary', { count: ids.length })}
            </Text>
          )}
        </Stack>
        {any && (
          <Group gap="sm">
            {importButton('light')}
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('add')}
            </Button>
          </Group>
        )}
      </Group>

      {!any ? (
        <EmptyState
          mt="xl"
          icon={<IconMessageStar size={30} aria-hidden />}
          withIndicatorBackground
          title={t('empty.title')}
          description={t('empty.body')}
        >
          <EmptyState.Actions>
            {importButton('filled')}
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('add')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <OrderDatesProvider>
            <Group gap="sm" wrap="wrap" align="flex-end" role="search" aria-label={t('filters.label')}>
              <TextInput
                aria-label={t('filters.search')}
                placeholder={t('filters.searchPlaceholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={filters.q}
                onChange={(e) => set({ q: e.currentTarget.value })}
                rightSection={
                  filters.q ? (
                    <CloseButton
                      size="sm"
                      aria-label={t('filters.clearSearch')}
                      onClick={() => set({ q: '' })}
                    />
                  ) : null
                }
                w={240}
              />
              <Select
                aria-label={t('filters.rating')}
                placeholder={t('filters.anyRating')}
                data={[
                  ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t('stars', { count: n }) })),
                  { value: 'bad', label: t('filters.bad') },
                ]}
                value={filters.rating}
                onChange={(v) => set({ rating: v })}
                clearable
                w={140}
              />
              <Select
                aria-label={t('filters.category')}
                placeholder={t('filters.anyCategory')}
                data={reviewCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                value={filters.category}
                onChange={(v) => set({ category: (v as ReviewCategory | null) ?? null })}
                clearable
                w={200}
              />
              <Select
                aria-label={t('filters.channel')}
                placeholder={t('filters.anyChannel')}
                data={channels.map((c) => ({ value: c, label: tc(`channel.${c}`) }))}
                value={filters.channel}
                onChange={(v) => set({ channel: (v as Channel | null) ?? null })}
                clearable
                w={150}
              />
              <DateField
                aria-label={t('filters.from')}
                placeholder={t('filters.from')}
                value={filters.from}
                onChange={(v) => set({ from: v })}
                clearable
                w={150}
              />
              <DateField
                aria-label={t('filters.to')}
                placeholder={t('filters.to')}
                value={filters.to}
                onChange={(v) => set({ to: v })}
                clearable
                w={150}
              />
              <Chip checked={filters.needsReply} onChange={(v) => set({ needsReply: v })} color="red">
                {t('filters.needsReply')}
              </Chip>
              {filtered && (
                <Button
                  variant="subtle"
                  leftSection={<IconFilterOff size={16} aria-hidden />}
                  onClick={() => setFilters(noFilters)}
                >
                  {t('filters.clear')}
                </Button>
              )}
            </Group>
          </OrderDatesProvider>

          {ids.length === 0 ? (
            <EmptyState
              mt="md"
              icon={<IconFilterOff size={28} aria-hidden />}
              variant="light"
              color="gray"
              title={t('filters.noneTitle')}
              description={t('filters.noneBody')}
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => setFilters(noFilters)}>
                  {t('filters.clear')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <Paper withBorder radius="md" style={{ flex: 1, minHeight: 360, display: 'flex' }}>
              <Box style={{ flex: 1, minHeight: 0, height: '60vh' }}>
                <VirtualList<ReviewRow>
                  ids={ids}
                  load={reviewRows}
                  rowHeight={ROW_HEIGHT}
                  label={t('list.label')}
                  scrollId="reviews"
                  renderRow={renderRow}
                  overscan={4}
                />
              </Box>
            </Paper>
          )}
        </>
      )}

      <ReviewFormModal
        opened={editing !== null}
        onClose={close}
        initial={editing === 'new' || editing === null ? undefined : editing}
        onSaved={saved}
        onDelete={confirmDelete}
      />
      <ImportReviewsModal state={importer.state} onClose={importer.close} />
    </Stack>
  );
}

function ReviewLine({ r, now, onOpen }: { r: ReviewRow; now: number; onOpen: (r: ReviewRow) => void }) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const who = r.customerName ?? r.reviewer ?? t('list.anonymous');
  const bad = needsRecovery(r.rating);
  const clock = bad && r.case ? clockText(r.case, now, t) : undefined;
  return (
    <UnstyledButton
      onClick={() => onOpen(r)}
      aria-label={t('list.open', { name: who, date: f.date(r.date) })}
      w="100%"
      h="100%"
      px="md"
      py={8}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)', display: 'block' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Text c={bad ? 'red' : 'yellow.7'} fw={700} aria-hidden>
            {starText(r.rating)}
          </Text>
          <VisuallyHidden>{t('stars', { count: r.rating })}</VisuallyHidden>
          <Text size="sm" fw={600} truncate>
            {who}
          </Text>
          <Text size="xs" c="dimmed">
            {f.date(r.date)} · {tc(`channel.${r.channel}`)}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          {r.categories.map((c) => (
            <Badge key={c} size="sm" variant="light" color="gray" tt="none">
              {t(`category.${c}`)}
            </Badge>
          ))}
          {r.reply && (
            <Badge size="sm" variant="dot" color="teal" tt="none">
              {t('list.replied')}
            </Badge>
          )}
          {clock && (
            <Badge size="sm" variant="light" color={clock.color} tt="none">
              {clock.text}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" c={r.text ? undefined : 'dimmed'} lineClamp={2} mt={4}>
        {r.text || t('list.noText')}
      </Text>
    </UnstyledButton>
  );
}
