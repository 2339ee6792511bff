import { Anchor, Button, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import { ShipBy, StatusBadge } from '@/features/orders/OrderBadges';
import { itemsSummary, orderNumber } from '@/features/orders/model';
import { useOrderActions } from '@/features/orders/useOrderActions';
import { ListFooter } from './ListFooter';
import { Section } from './Section';
import { useProgressive } from './useProgressive';
import classes from './today.module.css';

/** New and printing orders, earliest ship-by first, each one click from its next step. */
export function PrintList({
  orders,
  total,
  onMore,
  customers,
  today,
}: {
  orders: Order[];
  total: number;
  onMore: () => void;
  customers: Map<string, Customer>;
  today: string;
}) {
  const { t } = useTranslation('today');
  const drawn = useProgressive(orders.length);
  const { t: to } = useTranslation('orders');
  const { advance, dialog } = useOrderActions();
  return (
    <Section
      id="today-print"
      title={t('print.heading')}
      hint={t('print.hint')}
      count={total}
      empty={total === 0 ? { title: t('print.emptyTitle'), body: t('print.emptyBody') } : undefined}
    >
      <ul aria-label={t('print.list')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {orders.slice(0, drawn).map((o) => (
          <li key={o.id} className={classes.row} data-order={o.id}>
            <div style={{ width: 96, flex: 'none' }}>
              <ShipBy order={o} today={today} compact size="xs" />
            </div>
            <div className={classes.grow}>
              <Anchor component={Link} to={`/orders/${o.id}`} fw={500} size="sm">
                {orderNumber(o)} · {customers.get(o.customerId)?.name ?? ''}
              </Anchor>
              <Text size="xs" c="dimmed" truncate>
                {itemsSummary(o.items, to)}
              </Text>
            </div>
            <StatusBadge status={o.status} size="sm" />
            <Button
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} />}
              onClick={() => void advance(o)}
              aria-label={`${to(`next.${o.status}`)}: ${orderNumber(o)}`}
            >
              {to(`next.${o.status}`)}
            </Button>
          </li>
        ))}
      </ul>
      <ListFooter
        shown={orders.length}
        total={total}
        onMore={onMore}
        ordersLink="/orders?view=table&status=new,printing"
      />
      {dialog}
    </Section>
  );
}
