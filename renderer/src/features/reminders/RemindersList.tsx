import { useState, type ReactNode } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import type { Reminder } from '@shared/domain/other';
import { isDue, isPending } from '@shared/reminders/due';
import {
  dueReminders,
  listReminders,
  reminderLinks,
  remindersForCustomer,
  remindersForOrder,
} from '@/db/reminders';
import { today as clockToday } from '@/app/clock';
import { AddReminderButton, ReminderFormModal } from './AddReminderButton';
import { useMessageContext } from './copyMessage';
import { ReminderRow, SnoozeDialog } from './ReminderRow';
import classes from './reminders.module.css';

export interface RemindersListProps {
  /** Only this order's reminders. */
  orderId?: string;
  /** Only this customer's reminders. */
  customerId?: string;
  /** Only reminders whose date has come (today and overdue), as on Today. */
  dueOnly?: boolean;
  /** The local date to count from; defaults to today's. */
  today?: string;
  /** Rows shown at most (with `dueOnly`: 20 unless given); a link leads to the Reminders screen for the rest. */
  limit?: number;
}

const DUE_LIMIT = 20;

interface Loaded {
  rows: Reminder[];
  customers: Map<string, Customer>;
  orders: Map<string, Order>;
}

/**
 * Reminders with their actions, for the order and customer pages (all of theirs, done and dismissed ones
 * behind a toggle) and for Today (`dueOnly`).
 */
export function RemindersList({
  orderId,
  customerId,
  dueOnly = false,
  today,
  limit: limitProp,
}: RemindersListProps) {
  const limit = limitProp ?? (dueOnly && !orderId && !customerId ? DUE_LIMIT : undefined);
  const { t } = useTranslation('reminders');
  const day = today ?? clockToday();
  const messages = useMessageContext();
  const [showClosed, setShowClosed] = useState(false);
  const [editing, setEditing] = useState<Reminder | null>(null);
  const [snoozing, setSnoozing] = useState<{ reminder: Reminder; what: string } | null>(null);

  const data = useLiveQuery(async (): Promise<Loaded> => {
    let rows: Reminder[];
    if (orderId) rows = await remindersForOrder(orderId);
    else if (customerId) rows = await remindersForCustomer(customerId);
    else if (dueOnly) rows = await dueReminders(day, { limit: limit === undefined ? undefined : limit + 1 });
    else rows = (await listReminders({ state: 'open' }, day, limit ?? 100)).rows;
    if (dueOnly) rows = rows.filter((r) => isDue(r, day));
    return { rows, ...(await reminderLinks(rows)) };
  }, [orderId, customerId, dueOnly, day, limit]);

  if (!data) return null;
  const pending = data.rows.filter(isPending);
  const closed = data.rows.filter((r) => !isPending(r));
  const visible = showClosed ? [...pending, ...closed] : pending;
  const shown = limit !== undefined ? visible.slice(0, limit) : visible;
  const cut = visible.length - shown.length;
  const context = { orderId, customerId };

  return (
    <Stack gap="xs">
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {dueOnly
            ? t('empty.due')
            : orderId
              ? t('empty.order')
              : customerId
                ? t('empty.customer')
                : t('empty.none')}
        </Text>
      ) : (
        <div role="list" aria-label={t('listLabel')} className={classes.list}>
          {shown.map((r) => (
            <ReminderRow
              key={r.id}
              reminder={r}
              customer={r.customerId ? data.customers.get(r.customerId) : undefined}
              order={r.orderId ? data.orders.get(r.orderId) : undefined}
              today={day}
              context={context}
              messages={messages}
              onEdit={setEditing}
              onSnoozePick={(reminder, what) => setSnoozing({ reminder, what })}
            />
          ))}
        </div>
      )}
      <Group gap="sm">
        {closed.length > 0 && !dueOnly && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setShowClosed((s) => !s)}>
            {showClosed ? t('hideClosed') : t('showClosed', { count: closed.length })}
          </Button>
        )}
        {(cut > 0 || dueOnly) && (
          <Anchor component={Link} to="/reminders" size="sm">
            {t('allReminders')}
          </Anchor>
        )}
      </Group>
      <ReminderFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        reminder={editing ?? undefined}
      />
      <SnoozeDialog target={snoozing} today={day} onClose={() => setSnoozing(null)} />
    </Stack>
  );
}

/** The order and customer pages' "Reminders" card: the list and "Add reminder". */
export function RemindersSection({
  orderId,
  customerId,
  children,
}: {
  orderId?: string;
  customerId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('reminders');
  const titleId = `reminders-title-${orderId ?? customerId ?? 'all'}`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {t('section.title')}
        </Title>
        <AddReminderButton orderId={orderId} customerId={customerId} />
      </Group>
      <RemindersList orderId={orderId} customerId={customerId} />
      {children}
    </Paper>
  );
}
