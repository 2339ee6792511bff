import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconTruckDelivery } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Order, OrderStatus } from '@shared/domain/order';
import { nextStatus, previousStatus } from '@shared/domain/order-rules';
import { ValidationError } from '@shared/validation';
import { today } from '@/app/clock';
import { orderNumber, restoreTarget } from './model';

/** The write side (zod validation) loads with the first change, not with the screens that list orders. */
const writes = () => import('@/db/orders');

type Change = () => Promise<{ before: Order; after: Order }>;
type Kind = 'moved' | 'cancelled' | 'restored';

/**
 * Status changes of an order, as the board and the order page offer them. Every change is announced
 * with an Undo that puts the order back exactly as it was. Moving to Shipped first asks for the
 * tracking number (optional); render `dialog` somewhere on the page for that.
 */
export function useOrderActions() {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const [shipping, setShipping] = useState<Order | null>(null);

  const run = useCallback(
    async (change: Change, kind: Kind): Promise<Order | undefined> => {
      try {
        const { before, after } = await change();
        const text = t(`notify.${kind}`, {
          number: orderNumber(after),
          status: tc(`status.${after.status}`),
        });
        notifyWithUndo(before, after, text, t, tc);
        return after;
      } catch (e) {
        notifications.show({ color: 'red', message: t('notify.failed', { reason: reason(e) }) });
        return undefined;
      }
    },
    [t, tc],
  );

  const moveTo = useCallback(
    (order: Order, status: OrderStatus) => {
      // Going forward to Shipped asks for the tracking number; going back to it does not.
      if (status === 'shipped' && order.status !== 'delivered') {
        setShipping(order);
        return Promise.resolve(undefined);
      }
      return run(async () => (await writes()).setOrderStatus(order.id, status, today()), 'moved');
    },
    [run],
  );

  const advance = useCallback(
    (order: Order) => {
      const to = nextStatus(order.status);
      return to ? moveTo(order, to) : Promise.resolve(undefined);
    },
    [moveTo],
  );

  const back = useCallback(
    (order: Order) => {
      const to = previousStatus(order.status);
      return to
        ? run(async () => (await writes()).setOrderStatus(order.id, to, today()), 'moved')
        : Promise.resolve(undefined);
    },
    [run],
  );

  const cancel = useCallback(
    (order: Order, customerName: string) => {
      const number = orderNumber(order);
      modals.openConfirmModal({
        title: t('cancelConfirm.title', { number }),
        children: <Text size="sm">{t('cancelConfirm.body', { customer: customerName })}</Text>,
        labels: { confirm: t('cancelConfirm.confirm'), cancel: t('cancelConfirm.keep') },
        confirmProps: { color: 'red' },
        onConfirm: () =>
          void run(async () => (await writes()).setOrderStatus(order.id, 'cancelled', today()), 'cancelled'),
      });
    },
    [run, t],
  );

  const restore = useCallback(
    (order: Order) =>
      run(async () => (await writes()).setOrderStatus(order.id, restoreTarget(order), today()), 'restored'),
    [run],
  );

  const dialog: ReactNode = (
    <ShipDialog
      order={shipping}
      onClose={() => setShipping(null)}
      onShip={(order, tracking) => {
        setShipping(null);
        void run(async () => (await writes()).shipOrder(order.id, today(), tracking), 'moved');
      }}
    />
  );

  const actions = useMemo(
    () => ({ advance, back, moveTo, cancel, restore }),
    [advance, back, moveTo, cancel, restore],
  );
  return { ...actions, dialog };
}

const shownFor = new Map<string, string>();

/**
 * Announces a change to an order with an Undo button that puts the order back exactly as it was
 * (status changes here; edits on the order page).
 */
export function notifyWithUndo(
  before: Order,
  after: Order,
  text: string,
  t: TFunction<'orders'>,
  tc: TFunction<'common'>,
) {
  const number = orderNumber(after);
  const id = `order-change-${after.id}-${after.updatedAt}`;
  // One Undo per order: the newest change replaces the notice of the one before.
  const previous = shownFor.get(after.id);
  if (previous) notifications.hide(previous);
  shownFor.set(after.id, id);
  const undo = async () => {
    notifications.hide(id);
    try {
      await (await writes()).restoreOrder(before);
      notifications.show({
        color: 'gray',
        message: t('notify.undone', { number: orderNumber(before), status: tc(`status.${before.status}`) }),
      });
    } catch (e) {
      notifications.show({ color: 'red', message: t('notify.failed', { reason: reason(e) }) });
    }
  };
  notifications.show({
    id,
    color: after.status === 'cancelled' ? 'gray' : 'teal',
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 8_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{text}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={undo}
          aria-label={t('notify.undoLabel', { number })}
          style={{ flexShrink: 0 }}
        >
          {t('notify.undo')}
        </Button>
      </Group>
    ),
  });
}

function reason(e: unknown): string {
  if (e instanceof ValidationError) return e.issues.map((i) => i.message).join('; ');
  return e instanceof Error ? e.message : String(e);
}

function ShipDialog({
  order,
  onClose,
  onShip,
}: {
  order: Order | null;
  onClose: () => void;
  onShip: (order: Order, tracking: string) => void;
}) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  return (
    <Modal
      opened={order !== null}
      onClose={onClose}
      title={order ? t('ship.title', { number: orderNumber(order) }) : ''}
      styles={{ title: { fontWeight: 600 } }}
    >
      {order && (
        <ShipForm order={order} onCancel={onClose} onShip={onShip} cancelLabel={tc('actions.cancel')} />
      )}
    </Modal>
  );
}

function ShipForm({
  order,
  onCancel,
  onShip,
  cancelLabel,
}: {
  order: Order;
  onCancel: () => void;
  onShip: (order: Order, tracking: string) => void;
  cancelLabel: string;
}) {
  const { t } = useTranslation('orders');
  const [tracking, setTracking] = useState(order.trackingNumber ?? '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onShip(order, tracking);
      }}
    >
      <Stack>
        <TextInput
          label={t('ship.tracking')}
          description={t('ship.trackingHint')}
          value={tracking}
          onChange={(e) => setTracking(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
          maxLength={100}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button type="submit" leftSection={<IconTruckDelivery size={16} aria-hidden />}>
            {t('ship.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
