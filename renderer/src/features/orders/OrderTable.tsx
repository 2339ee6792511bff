import { memo, useCallback, useState, type KeyboardEvent, type MouseEvent } from 'react';
import {
  Box,
  Button,
  CloseButton,
  EmptyState,
  Group,
  Loader,
  MultiSelect,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconPackage, IconPlus, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router-dom';
import { channels, orderStatuses, shipByState } from '@shared/domain/order-rules';
import { formatMoney, minorDigits } from '@shared/format';
import { today } from '@/app/clock';
import { useFormat } from '@/app/useFormat';
import { VirtualList } from '@/components/VirtualList';
import { latestOrderIds } from '@/db/order-reads';
import { DateField, OrderDatesProvider } from './DateField';
import { hasFilters, itemsSummary, noFilters, orderNumber, statusColor, type TableFilters } from './model';
import { FIRST_IDS, releasePrimedOrders, usePrimedOrders } from './prime';
import { findOrderIds, orderRows, type OrderRow } from './queries';
import classes from './orders.module.css';

export const ROW_HEIGHT = 48;

export interface OrderTableProps {
  filters: TableFilters;
  onFiltersChange: (f: TableFilters) => void;
}

/** Every order, newest first, filtered through indexes and read per visible window. */
export function OrderTable({ filters, onFiltersChange }: OrderTableProps) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const navigate = useNavigate();
  const [search, setSearch] = useState(filters.q);
  const pushSearch = useDebouncedCallback((q: string) => onFiltersChange({ ...filters, q }), 200);
  const key = JSON.stringify(filters);
  const filtered = hasFilters(filters);
  // Reading every id takes a moment at 50k orders, and IndexedDB answers one request after another: the
  // newest orders come first (a short cursor) with their rows, then the full list is read. A window that
  // opened on the table read those at boot: they show until the live reads answer, which start after them.
  const primed = usePrimedOrders();
  const latest = useLiveQuery(
    () => (filtered || primed.pending ? null : latestOrderIds(FIRST_IDS)),
    [filtered, primed.pending],
  );
  const [rowsIn, setRowsIn] = useState(false);
  if (primed.data && rowsIn && latest) releasePrimedOrders();
  const load = useCallback(async (windowIds: string[]) => {
    const rows = await orderRows(windowIds);
    setRowsIn(true);
    return rows;
  }, []);
  const ready = filtered || rowsIn || latest?.length === 0;
  const all = useLiveQuery(() => (ready ? findOrderIds(filters) : undefined), [key, ready]);
  const ids = all ?? latest ?? (filtered ? undefined : primed.data?.ids);

  const orderHref = useHref('/orders/');
  // A plain click opens the order in the app; with a modifier key the browser does what it does with links.
  const openRow = useCallback(
    (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(`/orders/${e.currentTarget.dataset.id}`);
    },
    [navigate],
  );

  const clear = () => {
    setSearch('');
    onFiltersChange(noFilters);
  };

  const day = today();

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <OrderDatesProvider>
        <Group gap="sm" align="center" wrap="wrap" mb="sm" role="search" aria-label={t('table.search')}>
          <TextInput
            aria-label={t('table.search')}
            placeholder={t('table.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              pushSearch(e.currentTarget.value);
            }}
            rightSection={
              search ? (
                <CloseButton
                  size="sm"
                  aria-label={t('table.clearSearch')}
                  onClick={() => {
                    setSearch('');
                    onFiltersChange({ ...filters, q: '' });
                  }}
                />
              ) : null
            }
            w={230}
          />
          <MultiSelect
            aria-label={t('table.status')}
            placeholder={filters.statuses.length ? undefined : t('table.statusPlaceholder')}
            data={orderStatuses.map((s) => ({ value: s, label: tc(`status.${s}`) }))}
            value={filters.statuses}
            onChange={(v) => onFiltersChange({ ...filters, statuses: v as TableFilters['statuses'] })}
            clearable
            w={210}
            comboboxProps={{ shadow: 'md' }}
          />
          <MultiSelect
            aria-label={t('table.channel')}
            placeholder={filters.channels.length ? undefined : t('table.channelPlaceholder')}
            data={channels.map((c) => ({ value: c, label: tc(`channel.${c}`) }))}
            value={filters.channels}
            onChange={(v) => onFiltersChange({ ...filters, channels: v as TableFilters['channels'] })}
            clearable
            w={180}
            comboboxProps={{ shadow: 'md' }}
          />
          <DateField
            aria-label={t('table.from')}
            placeholder={t('table.fromShort')}
            value={filters.from}
            onChange={(from) => onFiltersChange({ ...filters, from })}
            maxDate={filters.to ?? undefined}
            clearable
            w={155}
          />
          <DateField
            aria-label={t('table.to')}
            placeholder={t('table.toShort')}
            value={filters.to}
            onChange={(to) => onFiltersChange({ ...filters, to })}
            minDate={filters.from ?? undefined}
            clearable
            w={155}
          />
          {filtered && (
            <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clear}>
              {t('table.clearFilters')}
            </Button>
          )}
          <Text size="sm" c="dimmed" ml="auto" aria-live="polite" data-testid="order-count">
            {all
              ? t('table.count', { count: all.length, n: new Intl.NumberFormat(f.locale).format(all.length) })
              : ''}
          </Text>
        </Group>
      </OrderDatesProvider>

      {ids === undefined ? (
        <Loader m="xl" aria-label={t('loading')} />
      ) : ids.length === 0 ? (
        filtered ? (
          <EmptyState
            mt="xl"
            icon={<IconSearch size={28} aria-hidden />}
            variant="light"
            color="gray"
            title={t('table.noMatchesTitle')}
            description={t('table.noMatchesBody')}
          >
            <EmptyState.Actions>
              <Button variant="light" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clear}>
                {t('table.clearFilters')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <EmptyState
            mt="xl"
            icon={<IconPackage size={28} aria-hidden />}
            variant="light"
            title={t('table.noOrdersTitle')}
            description={t('table.noOrdersBody')}
          >
            <EmptyState.Actions>
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => navigate('/orders/new')}
              >
                {tc('actions.newOrder')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )
      ) : (
        <Box
          style={{
            flex: 1,
            minHeight: 240,
            display: 'flex',
            flexDirection: 'column',
            border: '1px solid var(--mantine-color-default-border)',
            borderRadius: 'var(--mantine-radius-md)',
            overflow: 'hidden',
          }}
        >
          <Box
            className={classes.tableGrid}
            style={{ height: 36, borderBottom: '1px solid var(--mantine-color-default-border)' }}
            bg="var(--mantine-color-default-hover)"
            aria-hidden
          >
            {(
              ['ordered', 'number', 'customer', 'channel', 'items', 'status', 'shipBy', 'total'] as const
            ).map((c) => (
              <Text
                key={c}
                size="xs"
                fw={600}
                c="dimmed"
                tt="uppercase"
                ta={c === 'total' ? 'right' : undefined}
                truncate
              >
                {t(`table.col.${c}`)}
              </Text>
            ))}
          </Box>
          <Box style={{ flex: 1, minHeight: 0 }}>
            <VirtualList<OrderRow>
              ids={ids}
              load={load}
              firstRows={primed.data?.rows}
              rowHeight={ROW_HEIGHT}
              label={t('table.label')}
              scrollId="orders"
              renderRow={(row, index) => (
                <Row
                  row={row}
                  index={index}
                  today={day}
                  orderHref={orderHref}
                  onOpen={openRow}
                  t={t}
                  tc={tc}
                  locale={f.locale}
                />
              )}
            />
          </Box>
        </Box>
      )}
    </Box>
  );
}

interface RowProps {
  row: OrderRow | undefined;
  index: number;
  today: string;
  /** The href of an order (`#/orders/` in the app), the id appended. */
  orderHref: string;
  onOpen: (e: MouseEvent<HTMLAnchorElement>) => void;
  // The table's translators and locale: a row mounts per scrolled row, so it subscribes to nothing itself.
  t: TFunction<'orders'>;
  tc: TFunction<'common'>;
  locale: string;
}

/** Rows are read again for every scrolled window: redraw only the ones that changed. */
const Row = memo(
  RowView,
  (a, b) =>
    a.index === b.index &&
    a.today === b.today &&
    a.orderHref === b.orderHref &&
    a.onOpen === b.onOpen &&
    a.t === b.t &&
    a.tc === b.tc &&
    a.locale === b.locale &&
    a.row?.id === b.row?.id &&
    a.row?.updatedAt === b.row?.updatedAt &&
    a.row?.customerName === b.row?.customerName,
);

function RowView({ row, index, today: day, orderHref, onOpen, t, tc, locale }: RowProps) {
  if (!row) {
    // Still, plain placeholders: an animated skeleton in every row repaints on every frame of a scroll.
    return (
      <div className={`${classes.row} ${classes.tableGrid}`}>
        <span className={classes.placeholder} style={{ width: '70%' }} />
        <span className={classes.placeholder} style={{ width: '60%' }} />
        <span className={classes.placeholder} style={{ width: '80%' }} />
      </div>
    );
  }
  // Plain elements and cached formatters: a scrolled window mounts a dozen rows per frame. A plain link with
  // one shared click handler, not a router Link (a handful of hooks per row).
  const urgency = shipByState(row, day);
  return (
    <a
      href={orderHref + row.id}
      data-id={row.id}
      onClick={onOpen}
      className={`${classes.row} ${classes.tableGrid}`}
      data-row-index={index}
      onKeyDown={rowKeys}
    >
      <span className={classes.cell}>{dateText(row.orderedDate, locale)}</span>
      <span className={`${classes.cell} ${classes.strong}`}>{orderNumber(row)}</span>
      <span className={classes.cell}>{row.customerName ?? t('detail.unknownCustomer')}</span>
      <span className={`${classes.cell} ${classes.dim}`}>{tc(`channel.${row.channel}`)}</span>
      <span className={`${classes.cell} ${classes.dim}`}>{itemsSummary(row.items, t)}</span>
      <span className={classes.cell}>
        <span className={classes.badge} style={badgeColors(statusColor[row.status], 'light')}>
          {tc(`status.${row.status}`)}
        </span>
      </span>
      <span className={classes.cell}>
        {row.shipBy &&
          (urgency === 'overdue' || urgency === 'today' ? (
            <span
              className={classes.badge}
              style={{
                ...badgeColors(
                  urgency === 'overdue' ? 'red' : 'orange',
                  urgency === 'overdue' ? 'filled' : 'light',
                ),
                textTransform: 'none',
              }}
              data-urgency={urgency}
              title={t(`shipBy.${urgency}`)}
            >
              {dateText(row.shipBy, locale)}
              <VisuallyHidden>{` (${t(`shipBy.${urgency}`)})`}</VisuallyHidden>
            </span>
          ) : (
            <span className={classes.dim}>{dateText(row.shipBy, locale)}</span>
          ))}
      </span>
      <span className={`${classes.cell} ${classes.num}`}>{moneyText(row.total, row.currency, locale)}</span>
    </a>
  );
}

function badgeColors(color: string, variant: 'light' | 'filled') {
  return variant === 'filled'
    ? { background: `var(--mantine-color-${color}-filled)`, color: 'var(--mantine-color-white)' }
    : {
        background: `var(--mantine-color-${color}-light)`,
        color: `var(--mantine-color-${color}-light-color)`,
      };
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
/** Formatted dates by locale and date: a few hundred distinct days cover thousands of rows. */
const dateTexts = new Map<string, string>();
const fractionDigits = new Map<string, number>();

/** Same text as useFormat().date, from a formatter made once per locale. */
function dateText(date: string, locale: string): string {
  const cached = dateTexts.get(`${locale}|${date}`);
  if (cached !== undefined) return cached;
  const key = `d|${locale}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = f.format(new Date(Date.UTC(y, m - 1, d)));
  if (dateTexts.size > 5_000) dateTexts.clear();
  dateTexts.set(`${locale}|${date}`, text);
  return text;
}

/** Same text as useFormat().money, from a formatter made once per locale and currency. */
function moneyText(minor: number, currency: string, locale: string): string {
  const key = `m|${locale}|${currency}`;
  let f = formats.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      return formatMoney(minor, currency, locale);
    }
    formats.set(key, f);
  }
  let digits = fractionDigits.get(currency);
  if (digits === undefined) fractionDigits.set(currency, (digits = minorDigits(currency)));
  return f.format(minor / 10 ** digits);
}

/** ↓ and ↑ move between rows (Enter opens, as on any link). */
function rowKeys(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const item = e.currentTarget.parentElement;
  const sibling = e.key === 'ArrowDown' ? item?.nextElementSibling : item?.previousElementSibling;
  const link = sibling?.querySelector<HTMLElement>('a');
  if (link) {
    e.preventDefault();
    link.focus();
  }
}
