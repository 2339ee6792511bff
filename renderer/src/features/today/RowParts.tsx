// Light row pieces for Today's lists: plain elements styled with Mantine's variables. The first screen draws
// dozens of rows at start; Mantine's components cost several times more per row for the same look.
import type { CSSProperties, ReactNode } from 'react';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '@shared/domain/order';
import { shipByState } from '@shared/domain/order-rules';
import { useFormat } from '@/app/useFormat';
import { shortDate } from '@/features/orders/OrderBadges';
import classes from './today.module.css';

export function Pill({
  color,
  variant = 'light',
  children,
  title,
  ...data
}: {
  color: string;
  variant?: 'light' | 'filled' | 'outline';
  children: ReactNode;
  title?: string;
} & Record<`data-${string}`, string>) {
  const style = {
    '--pill-filled': `var(--mantine-color-${color}-filled)`,
    '--pill-light': `var(--mantine-color-${color}-light)`,
    '--pill-light-color': `var(--mantine-color-${color}-light-color)`,
  } as CSSProperties;
  return (
    <span className={classes.pill} data-variant={variant} style={style} title={title} {...data}>
      {children}
    </span>
  );
}

/** The ship-by date, standing out when due today (orange) or overdue (red), as on the order screens. */
export function ShipByMark({ order, today }: { order: Pick<Order, 'shipBy' | 'status'>; today: string }) {
  const { t } = useTranslation('orders');
  const f = useFormat();
  if (!order.shipBy) return null;
  const state = shipByState(order, today);
  const date = shortDate(order.shipBy, today, f.locale);
  if (state === 'overdue' || state === 'today') {
    const Icon = state === 'overdue' ? IconAlertTriangle : IconClock;
    return (
      <Pill
        color={state === 'overdue' ? 'red' : 'orange'}
        variant={state === 'overdue' ? 'filled' : 'light'}
        title={t(`shipBy.${state}`)}
        data-urgency={state}
      >
        <Icon size={12} aria-hidden />
        {date}
        <span className={classes.srOnly}>{` (${t(`shipBy.${state}`)})`}</span>
      </Pill>
    );
  }
  return (
    <span className={classes.dim} data-urgency={state}>
      {date}
    </span>
  );
}
