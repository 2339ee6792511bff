import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/dates';
import type { Reminder } from '@shared/domain/other';
import { ValidationError } from '@shared/validation';
import { getCustomer } from '@/db/customers';
import { getOrder } from '@/db/order-reads';
import { createReminder, updateReminder } from '@/db/reminders';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { DateField, OrderDatesProvider } from '@/features/orders/DateField';
import { orderNumber } from '@/features/orders/model';
import { failureReason } from './useReminderActions';

export interface AddReminderButtonProps {
  customerId?: string;
  orderId?: string;
}

/** "Add reminder": a follow-up written by hand, about this customer and/or order. */
export function AddReminderButton({ customerId, orderId }: AddReminderButtonProps) {
  const { t } = useTranslation('reminders');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconBellPlus size={14} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('add.button')}
      </Button>
      <ReminderFormModal
        opened={opened}
        onClose={() => setOpened(false)}
        customerId={customerId}
        orderId={orderId}
      />
    </>
  );
}

export interface ReminderFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edits this reminder; otherwise a new follow-up is made. */
  reminder?: Reminder;
  customerId?: string;
  orderId?: string;
}

export function ReminderFormModal({
  opened,
  onClose,
  reminder,
  customerId,
  orderId,
}: ReminderFormModalProps) {
  const { t } = useTranslation('reminders');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={reminder ? t('add.titleEdit') : t('add.titleNew')}
      styles={{ title: { fontWeight: 600 } }}
    >
      {opened && (
        <ReminderForm
          reminder={reminder}
          customerId={reminder ? reminder.customerId : customerId}
          orderId={reminder ? reminder.orderId : orderId}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function ReminderForm({
  reminder,
  customerId,
  orderId,
  onDone,
}: {
  reminder?: Reminder;
  customerId?: string;
  orderId?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('reminders');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const day = today();
  const [text, setText] = useState(reminder?.text ?? '');
  const [date, setDate] = useState<string | null>(reminder?.dueDate ?? addDays(day, 1));
  const [errors, setErrors] = useState<{ text?: string; date?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const about = useLiveQuery(async () => {
    const order = orderId ? await getOrder(orderId) : undefined;
    const cid = customerId ?? order?.customerId;
    const customer = cid ? await getCustomer(cid) : undefined;
    // "About order 3141 · Ana Muñoz", or "About Ana Muñoz".
    return [
      order ? t('add.forOrder', { number: orderNumber(order) }) : undefined,
      customer ? (order ? customer.name : t('add.forCustomer', { name: customer.name })) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
  }, [orderId, customerId, t]);

  async function save() {
    const next: typeof errors = {};
    if (!text.trim()) next.text = t('add.textRequired');
    if (!date) next.date = t('add.dateRequired');
    setErrors(next);
    if (next.text || next.date || !date) return;
    setBusy(true);
    try {
      if (reminder) {
        await updateReminder(reminder.id, { text, dueDate: date });
        notifications.show({ color: 'teal', message: t('notify.updated') });
      } else {
        await createReminder({ text, dueDate: date, customerId, orderId });
        notifications.show({ color: 'teal', message: t('notify.added', { date: f.date(date) }) });
      }
      onDone();
    } catch (e) {
      if (e instanceof ValidationError) {
        const byPath = (p: string) => e.issues.find((i) => i.path === p)?.message;
        setErrors({
          text: byPath('text'),
          date: byPath('dueDate') ? t('add.dateRequired') : undefined,
          form: e.issues
            .filter((i) => i.path !== 'text' && i.path !== 'dueDate')
            .map((i) => i.message)
            .join('; '),
        });
      } else {
        setErrors({ form: failureReason(e) });
      }
    } finally {
      setBusy(false);
    }
  }

  const quick = [
    { label: t('add.tomorrow'), days: 1 },
    { label: t('add.inDays', { count: 3 }), days: 3 },
    { label: t('add.inWeek'), days: 7 },
  ];

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        void save();
      }}
    >
      <Stack>
        {about && (
          <Text size="sm" c="dimmed">
            {about}
          </Text>
        )}
        <Textarea
          label={t('add.text')}
          placeholder={t('add.textPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
          withAsterisk
          autosize
          minRows={2}
          maxLength={2_000}
          data-autofocus
        />
        <OrderDatesProvider>
          <DateField label={t('add.date')} value={date} onChange={setDate} error={errors.date} withAsterisk />
        </OrderDatesProvider>
        <Group gap="xs">
          {quick.map((q) => (
            <Button
              key={q.days}
              size="compact-xs"
              variant="default"
              onClick={() => setDate(addDays(day, q.days))}
            >
              {q.label}
            </Button>
          ))}
        </Group>
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('add.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
