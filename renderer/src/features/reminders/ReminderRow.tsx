import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, Menu, Modal, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconBellZ,
  IconCalendarEvent,
  IconCheck,
  IconCopy,
  IconHeart,
  IconMessageCircle,
  IconPencil,
  IconRestore,
  IconStar,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import type { Reminder } from '@shared/domain/other';
import { addDays, daysBetween } from '@shared/dates';
import { effectiveDate, isPending } from '@shared/reminders/due';
import { useFormat } from '@/app/useFormat';
import { DateField, OrderDatesProvider } from '@/features/orders/DateField';
import { orderNumber } from '@/features/orders/model';
import { copyOrderMessage, type MessageContext } from './copyMessage';
import { reminderTitle } from './titles';
import { useReminderActions } from './useReminderActions';
import classes from './reminders.module.css';

const kindIcon = {
  'thank-you-note': <IconHeart size={18} aria-hidden />,
  'review-request': <IconStar size={18} aria-hidden />,
  'follow-up': <IconMessageCircle size={18} aria-hidden />,
} as const;

const kindColor = { 'thank-you-note': 'pink', 'review-request': 'yellow', 'follow-up': 'blue' } as const;

export interface ReminderRowProps {
  reminder: Reminder;
  customer?: Customer;
  order?: Order;
  today: string;
  /** The page already is about this order / customer: no link to it. */
  context?: { orderId?: string; customerId?: string };
  messages?: MessageContext;
  onEdit?: (r: Reminder) => void;
  onSnoozePick?: (r: Reminder, what: string) => void;
}

/** One reminder: what, for whom, when, and what can be done with it. */
export function ReminderRow({
  reminder: r,
  customer,
  order,
  today,
  context,
  messages,
  onEdit,
  onSnoozePick,
}: ReminderRowProps) {
  const { t } = useTranslation('reminders');
  const f = useFormat();
  const actions = useReminderActions();
  const what = reminderTitle(r, order, t);
  const pending = isPending(r);
  const optedOut = r.kind === 'review-request' && customer?.preferences.noReviewRequests === true;
  const extra = r.kind !== 'follow-up' && r.text ? r.text : undefined;

  return (
    <div role="listitem" className={classes.row} data-state={r.state} aria-label={what}>
      <span
        className={classes.icon}
        style={{ color: `var(--mantine-color-${kindColor[r.kind]}-filled)` }}
        aria-hidden
      >
        {kindIcon[r.kind]}
      </span>
      <Stack gap={2} className={classes.body}>
        <Text size="sm" fw={500} td={r.state === 'dismissed' ? 'line-through' : undefined}>
          {what}
        </Text>
        {extra && (
          <Text size="xs" c="dimmed">
            {extra}
          </Text>
        )}
        <Group gap={8} wrap="wrap">
          <When reminder={r} today={today} />
          {r.customerId !== context?.customerId && customer && (
            <Anchor component={Link} to={`/customers/${customer.id}`} size="xs">
              {customer.name}
            </Anchor>
          )}
          {r.orderId !== context?.orderId && order && (
            <Anchor component={Link} to={`/orders/${order.id}`} size="xs">
              {t('order', { number: orderNumber(order) })}
            </Anchor>
          )}
          {optedOut && pending && (
            <Badge size="xs" color="orange" variant="light" tt="none">
              {t('optedOut')}
            </Badge>
          )}
        </Group>
      </Stack>
      <Group gap={4} wrap="nowrap" className={classes.actions} role="group" aria-label={t('actions.label')}>
        {pending && r.kind === 'review-request' && order && messages && !optedOut && (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconCopy size={12} aria-hidden />}
            aria-label={t('actions.copyMessageLabel', { number: orderNumber(order) })}
            onClick={() => void copyOrderMessage('reviewRequest', order, customer, messages, t)}
          >
            {t('actions.copyMessage')}
          </Button>
        )}
        {pending ? (
          <>
            <Tooltip label={t('actions.done')} withArrow>
              <ActionIcon
                variant="subtle"
                color="teal"
                aria-label={t('actions.markDone', { what })}
                onClick={() => void actions.done(r, what)}
              >
                <IconCheck size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Tooltip label={t('actions.snooze')} withArrow>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('actions.snoozeLabel', { what })}>
                    <IconBellZ size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Menu.Target>
              <Menu.Dropdown>
                {[1, 3, 7].map((days) => (
                  <Menu.Item
                    key={days}
                    onClick={() => void actions.snooze(r, addDays(today, days), what)}
                    rightSection={
                      <Text size="xs" c="dimmed">
                        {f.date(addDays(today, days), 'short')}
                      </Text>
                    }
                  >
                    {t('actions.snoozeDays', { count: days })}
                  </Menu.Item>
                ))}
                {onSnoozePick && (
                  <Menu.Item
                    leftSection={<IconCalendarEvent size={14} aria-hidden />}
                    onClick={() => onSnoozePick(r, what)}
                  >
                    {t('actions.snoozePick')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
            {onEdit && r.kind === 'follow-up' && (
              <Tooltip label={t('actions.edit')} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('actions.editLabel', { what })}
                  onClick={() => onEdit(r)}
                >
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label={t('actions.dismiss')} withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('actions.dismissLabel', { what })}
                onClick={() => void actions.dismiss(r, what)}
              >
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconRestore size={12} aria-hidden />}
            aria-label={t('actions.reopenLabel', { what })}
            onClick={() => void actions.reopen(r, what)}
          >
            {t('actions.reopen')}
          </Button>
        )}
      </Group>
    </div>
  );
}

/** "3 days overdue", "Due today", "Snoozed until 12 Mar", or the state of a closed reminder. */
function When({ reminder: r, today }: { reminder: Reminder; today: string }) {
  const { t } = useTranslation('reminders');
  const f = useFormat();
  if (!isPending(r)) {
    return (
      <Group gap={6}>
        <Badge size="xs" variant="light" color={r.state === 'done' ? 'teal' : 'gray'} tt="none">
          {t(`state.${r.state}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('when.wasDue', { date: f.date(r.dueDate) })}
        </Text>
      </Group>
    );
  }
  const date = effectiveDate(r);
  const late = daysBetween(date, today);
  if (r.state === 'snoozed' && late < 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('when.snoozedUntil', { date: f.date(date) })}
      </Text>
    );
  }
  if (late > 0) {
    return (
      <Badge size="xs" color="red" variant="light" tt="none">
        {t('when.overdue', { count: late })}
      </Badge>
    );
  }
  if (late === 0) {
    return (
      <Badge size="xs" color="orange" variant="light" tt="none">
        {t('when.today')}
      </Badge>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {late === -1 ? t('when.tomorrow') : t('when.on', { date: f.date(date) })}
    </Text>
  );
}

/** "Pick a date…" for a snooze: a date after today. */
export function SnoozeDialog({
  target,
  today,
  onClose,
}: {
  target: { reminder: Reminder; what: string } | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('reminders');
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('snoozeDialog.title')} size="sm">
      {target && <SnoozeForm target={target} today={today} onClose={onClose} />}
    </Modal>
  );
}

function SnoozeForm({
  target,
  today,
  onClose,
}: {
  target: { reminder: Reminder; what: string };
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('reminders');
  const { t: tc } = useTranslation('common');
  const actions = useReminderActions();
  const [date, setDate] = useState<string | null>(addDays(today, 1));
  const [error, setError] = useState<string>();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        if (!date || date <= today) {
          setError(t('snoozeDialog.mustBeLater'));
          return;
        }
        onClose();
        void actions.snooze(target.reminder, date, target.what);
      }}
    >
      <Stack>
        <Text size="sm">{target.what}</Text>
        <OrderDatesProvider>
          <DateField
            label={t('snoozeDialog.date')}
            value={date}
            onChange={setDate}
            error={error}
            minDate={addDays(today, 1)}
            data-autofocus
          />
        </OrderDatesProvider>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit">{t('snoozeDialog.confirm')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
