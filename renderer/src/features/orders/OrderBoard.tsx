import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ActionIcon, Anchor, Badge, Box, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Order, OrderStatus } from '@shared/domain/order';
import { nextStatus, previousStatus, workflow } from '@shared/domain/order-rules';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { ShipBy, shortDate } from './OrderBadges';
import { itemsSummary, orderNumber, statusColor } from './model';
import { boardData, statusCounts } from './queries';
import { useOrderActions } from './useOrderActions';
import classes from './orders.module.css';

const HINT_ID = 'order-board-hint';
/** Cards drawn per column at first, and added as the column scrolls: hundreds at once take seconds. */
const FIRST = 16;
const STEP = 40;

/**
 * The workflow as columns. Cards move on with their button or from the keyboard (→ or ] on, ← or [
 * back); focus follows the card to its new column.
 */
export function OrderBoard() {
  const { t } = useTranslation('orders');
  const data = useLiveQuery(() => boardData(workflow), []);
  // Counted after the cards are in (and again after every change they show): counting tens of thousands
  // of delivered orders would otherwise hold up the cards in IndexedDB's queue.
  const [counts, setCounts] = useState<Record<OrderStatus, number>>();
  useEffect(() => {
    if (!data) return;
    let live = true;
    void statusCounts().then((c) => {
      if (live) setCounts(c);
    });
    return () => {
      live = false;
    };
  }, [data]);
  const actions = useOrderActions();
  // The card just moved from the keyboard: its new column draws it (however far down) and focus follows it.
  const [follow, setFollow] = useState<{ id: string; from: OrderStatus } | null>(null);
  const followed = useRef<typeof follow>(null);

  useEffect(() => {
    if (!follow || !data || followed.current === follow) return;
    const card = document.querySelector<HTMLElement>(`[data-order-card="${follow.id}"]`);
    if (card && card.dataset.status !== follow.from) {
      followed.current = follow;
      card.focus();
    }
  }, [data, follow]);

  const { advance, back } = actions;
  const move = useCallback(
    (order: Order, direction: 'next' | 'back', fromKeyboard: boolean) => {
      const to = direction === 'next' ? nextStatus(order.status) : previousStatus(order.status);
      if (!to) return;
      if (fromKeyboard) setFollow({ id: order.id, from: order.status });
      void (direction === 'next' ? advance(order) : back(order));
    },
    [advance, back],
  );

  if (!data) return <Loader m="xl" aria-label={t('loading')} />;

  return (
    <Stack gap="xs" style={{ flex: 1, minHeight: 0 }}>
      <Group justify="space-between" gap="xs">
        <Text id={HINT_ID} size="xs" c="dimmed">
          {t('board.hint')}
        </Text>
        {counts && counts.cancelled > 0 && (
          <Anchor component={Link} to="/orders?view=table&status=cancelled" size="xs" c="dimmed">
            {t('board.cancelled', { count: counts.cancelled })}
          </Anchor>
        )}
      </Group>
      <Box
        role="region"
        aria-label={t('board.label')}
        style={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: `repeat(${data.columns.length}, minmax(220px, 1fr))`,
          gap: 'var(--mantine-spacing-sm)',
          overflowX: 'auto',
        }}
      >
        {data.columns.map((col) => (
          <Column
            key={col.status}
            status={col.status}
            orders={col.orders}
            count={counts?.[col.status]}
            names={data.names}
            followId={follow?.id}
            onMove={move}
          />
        ))}
      </Box>
      {actions.dialog}
    </Stack>
  );
}

interface ColumnProps {
  status: OrderStatus;
  orders: Order[];
  /** Still being counted when undefined. */
  count?: number;
  names: Map<string, string>;
  followId?: string;
  onMove: (order: Order, direction: 'next' | 'back', fromKeyboard: boolean) => void;
}

function Column({ status, orders, count, names, followId, onMove }: ColumnProps) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const headingId = `board-col-${status}`;
  const hidden = count === undefined ? 0 : count - orders.length;
  const day = today();
  // Draw the first cards now and more as the column scrolls towards its end.
  const [limit, setLimit] = useState(FIRST);
  const followIndex = followId ? orders.findIndex((o) => o.id === followId) : -1;
  const shown = Math.min(orders.length, Math.max(limit, followIndex + 1));
  const more = shown < orders.length;
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!more || !el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + STEP);
      },
      { root: el.parentElement, rootMargin: '600px 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [more, shown]);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      radius="md"
      p="xs"
      bg="var(--mantine-color-default-hover)"
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
    >
      <Group justify="space-between" px={4} pb="xs" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Box
            w={10}
            h={10}
            style={{ borderRadius: 10, background: `var(--mantine-color-${statusColor[status]}-6)` }}
          />
          <Text
            component="h3"
            id={headingId}
            fw={600}
            size="sm"
            m={0}
            aria-label={
              count === undefined ? undefined : t('board.column', { status: tc(`status.${status}`), count })
            }
          >
            {tc(`status.${status}`)}
          </Text>
          {count !== undefined && (
            <Badge size="sm" variant="default" aria-hidden>
              {new Intl.NumberFormat(f.locale).format(count)}
            </Badge>
          )}
        </Group>
      </Group>
      <Stack gap={8} style={{ overflowY: 'auto', flex: 1, minHeight: 0 }} px={2} pb={4} role="list">
        {orders.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="xl" role="listitem">
            {t('board.empty')}
          </Text>
        )}
        {orders.slice(0, shown).map((o) => (
          <Card key={o.id} order={o} customer={names.get(o.customerId)} today={day} onMove={onMove} />
        ))}
        {more && <div ref={sentinel} style={{ minHeight: 1 }} aria-hidden />}
        {!more && hidden > 0 && (
          <Text role="listitem" ta="center" py={6} size="sm">
            <Anchor component={Link} to={`/orders?view=table&status=${status}`}>
              {t('board.more', { count: hidden })}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

interface CardProps {
  order: Order;
  customer?: string;
  today: string;
  onMove: ColumnProps['onMove'];
}

const Card = memo(
  CardView,
  (a, b) =>
    // Rows come back as new objects on every change of any order: redraw only the cards that changed.
    a.order.id === b.order.id &&
    a.order.updatedAt === b.order.updatedAt &&
    a.customer === b.customer &&
    a.today === b.today &&
    a.onMove === b.onMove,
);

function CardView({ order, customer, today: day, onMove }: CardProps) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const navigate = useNavigate();
  const number = orderNumber(order);
  const next = nextStatus(order.status);
  const prev = previousStatus(order.status);
  const name = customer ?? t('detail.unknownCustomer');

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    // Keys on the card's own buttons keep their usual meaning.
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const card = e.currentTarget;
    const sibling = (dir: 'next' | 'prev') => {
      let el = dir === 'next' ? card.nextElementSibling : card.previousElementSibling;
      while (el && !(el as HTMLElement).dataset.orderCard) {
        el = dir === 'next' ? el.nextElementSibling : el.previousElementSibling;
      }
      return el as HTMLElement | null;
    };
    if (e.key === 'ArrowRight' || e.key === ']') onMove(order, 'next', true);
    else if (e.key === 'ArrowLeft' || e.key === '[') onMove(order, 'back', true);
    else if (e.key === 'ArrowDown') sibling('next')?.focus();
    else if (e.key === 'ArrowUp') sibling('prev')?.focus();
    else if (e.key === 'Enter') navigate(`/orders/${order.id}`);
    else return;
    e.preventDefault();
  }

  return (
    <Paper
      component="article"
      role="listitem"
      withBorder
      radius="md"
      p="sm"
      shadow="xs"
      className={classes.card}
      tabIndex={0}
      data-order-card={order.id}
      data-status={order.status}
      aria-label={t('board.card', { number, customer: name })}
      aria-describedby={HINT_ID}
      aria-keyshortcuts="ArrowRight ArrowLeft ] [ Enter"
      onKeyDown={onKeyDown}
      style={{ flexShrink: 0 }}
    >
      <Group justify="space-between" wrap="nowrap" gap={6} align="baseline">
        <Anchor component={Link} to={`/orders/${order.id}`} size="sm" fw={600} tabIndex={-1} truncate>
          {number}
        </Anchor>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {f.money(order.total, order.currency)}
        </Text>
      </Group>
      <Text size="sm" fw={500} truncate mt={2}>
        {name}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={2} mt={2}>
        {itemsSummary(order.items, t)}
      </Text>
      <Group justify="space-between" wrap="nowrap" mt={8} gap={6}>
        <CardDate order={order} today={day} />
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {tc(`channel.${order.channel}`)}
        </Text>
      </Group>
      {(prev || next) && (
        <Group justify="space-between" wrap="nowrap" mt={8} gap={4}>
          {prev ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="md"
              aria-label={t('board.back', { number, status: tc(`status.${prev}`) })}
              title={t('back', { status: tc(`status.${prev}`) })}
              onClick={() => onMove(order, 'back', false)}
            >
              <IconChevronLeft size={16} aria-hidden />
            </ActionIcon>
          ) : (
            <span />
          )}
          {next && (
            <Button
              size="compact-xs"
              variant="light"
              rightSection={<IconChevronRight size={14} aria-hidden />}
              onClick={() => onMove(order, 'next', false)}
            >
              {t(`next.${order.status}`)}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}

/** Open orders show when they must ship (standing out when due); sent ones when they were sent or arrived. */
function CardDate({ order, today: day }: { order: Order; today: string }) {
  const { t } = useTranslation('orders');
  const f = useFormat();
  if (order.status === 'shipped' && order.shippedDate) {
    return (
      <Text size="xs" c="dimmed">
        {t('board.shippedOn', { date: shortDate(order.shippedDate, day, f.locale) })}
      </Text>
    );
  }
  if (order.status === 'delivered' && order.deliveredDate) {
    return (
      <Text size="xs" c="dimmed">
        {t('board.deliveredOn', { date: shortDate(order.deliveredDate, day, f.locale) })}
      </Text>
    );
  }
  if (!order.shipBy) return <span />;
  return <ShipBy order={order} today={day} size="xs" compact withLabel />;
}
