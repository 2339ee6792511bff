import { useState } from 'react';
import {
  Button,
  EmptyState,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconBellCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Reminder } from '@shared/domain/other';
import {
  dueFilters,
  kindFilters,
  listReminders,
  reminderLinks,
  stateFilters,
  type DueFilter,
  type KindFilter,
  type StateFilter,
} from '@/db/reminders';
import { today as clockToday } from '@/app/clock';
import { AddReminderButton, ReminderFormModal } from './AddReminderButton';
import { useMessageContext } from './copyMessage';
import { ReminderRow, SnoozeDialog } from './ReminderRow';
import classes from './reminders.module.css';

const PAGE = 100;

export interface Filters {
  state: StateFilter;
  kind: KindFilter;
  due: DueFilter;
}

const defaults: Filters = { state: 'open', kind: 'all', due: 'all' };

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Filters from the query string (`?state=done&kind=review-request&due=overdue`); anything unknown is ignored. */
export function filtersFromParams(p: URLSearchParams): Filters {
  return {
    state: pick(p.get('state'), stateFilters, defaults.state),
    kind: pick(p.get('kind'), kindFilters, defaults.kind),
    due: pick(p.get('due'), dueFilters, defaults.due),
  };
}

/** `/reminders`: every reminder, filtered by state, kind and date, with their actions. */
export default function RemindersPage() {
  const { t } = useTranslation('reminders');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<Reminder | null>(null);
  const [snoozing, setSnoozing] = useState<{ reminder: Reminder; what: string } | null>(null);
  const messages = useMessageContext();
  const day = clockToday();

  const data = useLiveQuery(async () => {
    const page = await listReminders(filters, day, limit);
    return { ...page, ...(await reminderLinks(page.rows)) };
  }, [filters.state, filters.kind, filters.due, day, limit]);

  const setFilter = (key: keyof Filters, value: string) => {
    const next = new URLSearchParams(params);
    if (value === defaults[key]) next.delete(key);
    else next.set(key, value);
    setLimit(PAGE);
    setParams(next, { replace: true });
  };
  const filtered =
    filters.state !== defaults.state || filters.kind !== defaults.kind || filters.due !== defaults.due;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('intro')}
          </Text>
        </div>
        <AddReminderButton />
      </Group>

      <Group gap="md" align="flex-end" role="group" aria-label={t('filters.label')}>
        <div>
          <Text size="sm" fw={500} mb={4} id="reminders-due-filter">
            {t('filters.due')}
          </Text>
          <SegmentedControl
            aria-labelledby="reminders-due-filter"
            value={filters.due}
            onChange={(v) => setFilter('due', v)}
            data={dueFilters.map((d) => ({ value: d, label: t(`filters.dues.${d}`) }))}
          />
        </div>
        <NativeSelect
          label={t('filters.state')}
          value={filters.state}
          onChange={(e) => setFilter('state', e.currentTarget.value)}
          data={stateFilters.map((s) => ({ value: s, label: t(`filters.states.${s}`) }))}
        />
        <NativeSelect
          label={t('filters.kind')}
          value={filters.kind}
          onChange={(e) => setFilter('kind', e.currentTarget.value)}
          data={kindFilters.map((k) => ({ value: k, label: t(`filters.kinds.${k}`) }))}
        />
        {filtered && (
          <Button variant="subtle" color="gray" onClick={() => setParams({}, { replace: true })}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>

      {data && data.rows.length === 0 ? (
        <EmptyState
          mt="md"
          icon={<IconBellCheck size={30} aria-hidden />}
          variant="light"
          color="gray"
          title={t('empty.title')}
          description={filtered ? t('empty.filtered') : t('empty.none')}
        >
          {filtered && (
            <EmptyState.Actions>
              <Button variant="default" onClick={() => setParams({}, { replace: true })}>
                {t('filters.clear')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        data && (
          <Paper withBorder radius="md" px="md" py={4}>
            <div role="list" aria-label={t('listLabel')} className={classes.list}>
              {data.rows.map((r) => (
                <ReminderRow
                  key={r.id}
                  reminder={r}
                  customer={r.customerId ? data.customers.get(r.customerId) : undefined}
                  order={r.orderId ? data.orders.get(r.orderId) : undefined}
                  today={day}
                  messages={messages}
                  onEdit={setEditing}
                  onSnoozePick={(reminder, what) => setSnoozing({ reminder, what })}
                />
              ))}
            </div>
          </Paper>
        )
      )}
      {data?.more && (
        <Button variant="default" onClick={() => setLimit((n) => n + PAGE)} w="fit-content">
          {t('more')}
        </Button>
      )}
      <ReminderFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        reminder={editing ?? undefined}
      />
      <SnoozeDialog target={snoozing} today={day} onClose={() => setSnoozing(null)} />
    </Stack>
  );
}
