import { Badge, Text, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderStatus } from '@shared/domain/order';
import { shipByState } from '@shared/domain/order-rules';
import { useFormat } from '@/app/useFormat';
import { statusColor } from './model';

export function StatusBadge({ status, ...rest }: { status: OrderStatus } & BadgeProps) {
  const { t } = useTranslation('common');
  return (
    <Badge color={statusColor[status]} variant="light" {...rest}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * The ship-by date of an order, standing out when it is due today (orange) or overdue (red). Orders that
 * are already sent show the plain date.
 */
export function ShipBy({
  order,
  today,
  size = 'sm',
  withLabel = false,
  compact = false,
}: {
  order: Pick<Order, 'shipBy' | 'status'>;
  today: string;
  size?: 'xs' | 'sm' | 'md';
  withLabel?: boolean;
  /** "Nov 24" rather than "Nov 24, 2026" when it is this year. */
  compact?: boolean;
}) {
  const { t } = useTranslation('orders');
  const f = useFormat();
  if (!order.shipBy) return null;
  const state = shipByState(order, today);
  const date = compact ? shortDate(order.shipBy, today, f.locale) : f.date(order.shipBy, 'medium');
  const text = withLabel ? t('shipBy.label', { date }) : date;
  if (state === 'overdue' || state === 'today') {
    const Icon = state === 'overdue' ? IconAlertTriangle : IconClock;
    return (
      <Badge
        color={state === 'overdue' ? 'red' : 'orange'}
        variant={state === 'overdue' ? 'filled' : 'light'}
        size={size}
        leftSection={<Icon size={12} aria-hidden />}
        title={t(`shipBy.${state}`)}
        style={{ textTransform: 'none' }}
        data-urgency={state}
      >
        {text}
        <VisuallyHidden>{` (${t(`shipBy.${state}`)})`}</VisuallyHidden>
      </Badge>
    );
  }
  return (
    <Text size={size} c="dimmed" span data-urgency={state}>
      {text}
    </Text>
  );
}

/** Day and month ("24 Nov"), with the year only when it is not the current one. */
export function shortDate(date: string, today: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return shortFormat(locale, sameYear).format(new Date(Date.UTC(y, m - 1, d)));
}

// Building an Intl.DateTimeFormat costs far more than using one; lists show a date per row.
const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortFormat(locale: string, sameYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${sameYear}`;
  let f = shortFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
      timeZone: 'UTC',
    });
    shortFormats.set(key, f);
  }
  return f;
}
