import { useState } from 'react';
import { Anchor, Button, Checkbox, Divider, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Order } from '@shared/domain/order';
import { today } from '@/app/clock';
import { errorMessage } from '@/app/errors';
import { orderNumber } from '@/features/orders/model';
import { notifyWithUndo } from '@/features/orders/useOrderActions';
import { OrderNote } from '@/features/notes/OrderNote';
import { OrderSurprise } from '@/features/surprises/OrderSurprise';

/** Ticked items survive closing and reopening the parcel while the app runs. */
const ticked = new Map<string, ReadonlySet<number>>();

/** One parcel, step by step: the items, the note, the surprise, the tracking number, then "Mark shipped". */
export default function PackChecklist({ order, onShipped }: { order: Order; onShipped: () => void }) {
  const { t } = useTranslation('today');
  const { t: to } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const number = orderNumber(order);
  const [items, setItems] = useState<ReadonlySet<number>>(() => ticked.get(order.id) ?? new Set());
  const [tracking, setTracking] = useState(order.trackingNumber ?? '');
  const [busy, setBusy] = useState(false);

  const tick = (i: number) => {
    const next = new Set(items);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    ticked.set(order.id, next);
    setItems(next);
  };

  async function ship() {
    setBusy(true);
    try {
      const { shipOrder } = await import('@/db/orders');
      const { before, after } = await shipOrder(order.id, today(), tracking);
      ticked.delete(order.id);
      notifyWithUndo(before, after, t('checklist.shipped', { number }), to, tc);
      onShipped();
    } catch (e) {
      notifications.show({ color: 'red', title: tc('errors.title'), message: errorMessage(e, tc) });
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" aria-label={t('pack.checklistFor', { number })} role="group">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {t('checklist.items')}
        </Title>
        <Anchor component={Link} to={`/orders/${order.id}`} size="xs">
          {t('checklist.open')}
        </Anchor>
      </Group>
      <Stack gap={4}>
        {order.items.map((item, i) => {
          const details = [item.variant, item.material, item.colour].filter(Boolean).join(', ');
          return (
            <Checkbox
              key={i}
              checked={items.has(i)}
              onChange={() => tick(i)}
              label={
                <Text size="sm" span>
                  {t('checklist.item', { quantity: item.quantity, title: item.title })}
                  {details && (
                    <Text span c="dimmed" size="sm">
                      {` (${details})`}
                    </Text>
                  )}
                </Text>
              }
            />
          );
        })}
      </Stack>
      <Divider />
      <Title order={4} size="h5">
        {t('checklist.note')}
      </Title>
      <OrderNote orderId={order.id} compact />
      <Divider />
      <Title order={4} size="h5">
        {t('checklist.surprise')}
      </Title>
      <OrderSurprise orderId={order.id} compact />
      <Divider />
      <Group align="flex-end" justify="space-between">
        <TextInput
          label={t('checklist.tracking')}
          placeholder={t('checklist.trackingPlaceholder')}
          value={tracking}
          onChange={(e) => setTracking(e.currentTarget.value)}
          maw={320}
          style={{ flex: 1 }}
        />
        <Button leftSection={<IconTruckDelivery size={16} />} onClick={() => void ship()} loading={busy}>
          {t('checklist.ship')}
        </Button>
      </Group>
    </Stack>
  );
}
