import { useCallback, useMemo } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/domain/other';
import { ValidationError } from '@shared/validation';
import {
  dismissReminder,
  markReminderDone,
  reopenReminder,
  restoreReminder,
  snoozeReminder,
  type ReminderChange,
} from '@/db/reminders';
import { formatDate } from '@shared/format';
import { useFormat } from '@/app/useFormat';

export function failureReason(e: unknown): string {
  if (e instanceof ValidationError) return e.issues.map((i) => i.message).join('; ');
  return e instanceof Error ? e.message : String(e);
}

/**
 * What can be done to a reminder, each announced with an Undo that puts it back exactly as it was.
 * `what` names the reminder in the Undo button's accessible name.
 */
export function useReminderActions() {
  const { t } = useTranslation('reminders');
  const { locale } = useFormat();

  const run = useCallback(
    async (change: () => Promise<ReminderChange>, message: (after: Reminder) => string, what: string) => {
      try {
        const { before, after } = await change();
        const id = `reminder-${after.id}-${after.updatedAt}`;
        const undo = async () => {
          notifications.hide(id);
          try {
            await restoreReminder(before);
            notifications.show({ color: 'gray', message: t('notify.undone') });
          } catch (e) {
            notifications.show({ color: 'red', message: t('notify.failed', { reason: failureReason(e) }) });
          }
        };
        notifications.show({
          id,
          color: 'teal',
          icon: <IconCheck size={18} aria-hidden />,
          autoClose: 8_000,
          message: (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{message(after)}</Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => void undo()}
                aria-label={t('notify.undoLabel', { what })}
                style={{ flexShrink: 0 }}
              >
                {t('notify.undo')}
              </Button>
            </Group>
          ),
        });
        return after;
      } catch (e) {
        notifications.show({ color: 'red', message: t('notify.failed', { reason: failureReason(e) }) });
        return undefined;
      }
    },
    [t],
  );

  return useMemo(
    () => ({
      done: (r: Reminder, what: string) =>
        run(
          () => markReminderDone(r.id),
          () => t('notify.done'),
          what,
        ),
      dismiss: (r: Reminder, what: string) =>
        run(
          () => dismissReminder(r.id),
          () => t('notify.dismissed'),
          what,
        ),
      reopen: (r: Reminder, what: string) =>
        run(
          () => reopenReminder(r.id),
          () => t('notify.reopened'),
          what,
        ),
      snooze: (r: Reminder, until: string, what: string) =>
        run(
          () => snoozeReminder(r.id, until),
          (after) => t('notify.snoozed', { date: formatDate(after.snoozedUntil ?? until, locale) }),
          what,
        ),
    }),
    [run, t, locale],
  );
}
