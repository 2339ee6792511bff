import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import { itemsSummary, orderNumber, statusColor } from '@/features/orders/model';
import { Pill, ShipByMark } from './RowParts';
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
  const { t: tc } = useTranslation('common');
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
              <ShipByMark order={o} today={today} />
            </div>
            <div className={classes.grow}>
              <Link className={classes.link} to={`/orders/${o.id}`}>
                {orderNumber(o)} · {customers.get(o.customerId)?.name ?? ''}
              </Link>
              <div className={`${classes.dim} ${classes.truncate}`}>{itemsSummary(o.items, to)}</div>
            </div>
            <Pill color={statusColor[o.status]}>
              <span className={classes.caps}>{tc(`status.${o.status}`)}</span>
            </Pill>
            <button
              type="button"
              className={classes.button}
              onClick={() => void advance(o)}
              aria-label={`${to(`next.${o.status}`)}: ${orderNumber(o)}`}
            >
              {to(`next.${o.status}`)}
              <IconArrowRight size={14} aria-hidden />
            </button>
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
