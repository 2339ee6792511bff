// Small pure helpers the order screens share: how an order is named, summarised and filtered by URL.
import type { TFunction } from 'i18next';
import type { Order, OrderItem } from '@shared/domain/order';
import { channels, orderStatuses, type Channel, type OrderStatus } from '@shared/domain/order-rules';
import type { FieldIssue } from '@shared/validation';
import type { OrderFilter } from '@/db/order-reads';

/** What the seller calls an order: the channel's number when there is one, else the start of its id. */
export function orderNumber(o: Pick<Order, 'id' | 'externalId'>): string {
  return o.externalId || o.id.slice(0, 8).toUpperCase();
}

/** "2× Dragon (PLA) + 1 more" for cards and table rows. */
export function itemsSummary(items: readonly OrderItem[], t: TFunction<'orders'>): string {
  const [first, ...rest] = items;
  if (!first) return '';
  const details = [first.variant, first.material, first.colour].filter(Boolean).join(', ');
  const text = `${first.quantity}× ${first.title}${details ? ` (${details})` : ''}`;
  return rest.length === 0 ? text : t('items.summaryMore', { first: text, count: rest.length });
}

export const statusColor: Record<OrderStatus, string> = {
  new: 'blue',
  printing: 'grape',
  ready: 'yellow',
  shipped: 'cyan',
  delivered: 'green',
  cancelled: 'gray',
};

/** Where "Restore" puts a cancelled order back: as far as its recorded dates show it had got. */
export function restoreTarget(o: Pick<Order, 'shippedDate' | 'deliveredDate'>): OrderStatus {
  if (o.deliveredDate) return 'delivered';
  if (o.shippedDate) return 'shipped';
  return 'new';
}

export const currencies = [
  'USD',
  'EUR',
  'GBP',
  'TRY',
  'CAD',
  'AUD',
  'CHF',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
];

// ---- Table filters <-> URL query (?status=ready,shipped&channel=etsy&from=…&to=…&q=…) ----

export interface TableFilters {
  statuses: OrderStatus[];
  channels: Channel[];
  from: string | null;
  to: string | null;
  q: string;
}

export const noFilters: TableFilters = { statuses: [], channels: [], from: null, to: null, q: '' };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const values = params.getAll(key).flatMap((v) => v.split(','));
  return [...new Set(values.map((v) => v.trim()))].filter((v): v is T =>
    (allowed as readonly string[]).includes(v),
  );
}

/** Reads filters from the query string, ignoring anything unknown (a link typed by hand is not trusted). */
export function filtersFromParams(params: URLSearchParams): TableFilters {
  const from = params.get('from');
  const to = params.get('to');
  return {
    statuses: listParam(params, 'status', orderStatuses),
    channels: listParam(params, 'channel', channels),
    from: from && isoDate.test(from) ? from : null,
    to: to && isoDate.test(to) ? to : null,
    q: params.get('q') ?? '',
  };
}

/** The query string for filters; keys of anything else in `base` (like `view`) are kept. */
export function paramsFromFilters(f: TableFilters, base?: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of ['status', 'channel', 'from', 'to', 'q']) p.delete(k);
  if (f.statuses.length) p.set('status', f.statuses.join(','));
  if (f.channels.length) p.set('channel', f.channels.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.q.trim()) p.set('q', f.q);
  return p;
}

export function hasFilters(f: TableFilters): boolean {
  return f.statuses.length > 0 || f.channels.length > 0 || !!f.from || !!f.to || f.q.trim() !== '';
}

/** The repository filter for everything but the search box. */
export function repoFilter(f: TableFilters): OrderFilter {
  return {
    statuses: f.statuses,
    channels: f.channels,
    from: f.from ?? undefined,
    to: f.to ?? undefined,
  };
}

// ---- Validation issues -> translated field errors ----

/**
 * The form's message for each field the repository refused, by path (`items.0.quantity`), in the UI
 * language. Issues about the whole record come back as `form`.
 */
export function issuesToFieldErrors(
  issues: readonly FieldIssue[],
  t: TFunction<'orders'>,
  context: { externalId?: string; channelName: string },
): { fields: Record<string, string>; form?: string } {
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const { path, message } of issues) {
    if (path === '') {
      form ??= message === 'This order no longer exists' ? t('errors.gone') : message;
      continue;
    }
    const field = fieldOf(path);
    if (fields[field]) continue;
    fields[field] = messageFor(field, message, t, context);
  }
  return { fields, form };
}

/** Issues inside an array of strings (coupon codes) belong to the whole input. */
function fieldOf(path: string): string {
  if (path.startsWith('couponCodes')) return 'couponCodes';
  return path;
}

function messageFor(
  field: string,
  message: string,
  t: TFunction<'orders'>,
  context: { externalId?: string; channelName: string },
): string {
  const leaf = field.split('.').pop() ?? field;
  switch (leaf) {
    case 'customerId':
      return t('errors.customer');
    case 'title':
      return /required/i.test(message) ? t('errors.title') : t('errors.tooLong');
    case 'quantity':
      return t('errors.quantity');
    case 'unitPrice':
      return t('errors.price');
    case 'shipping':
    case 'discount':
    case 'tax':
      return t('errors.amount');
    case 'items':
      return t('errors.items');
    case 'orderedDate':
    case 'shipBy':
    case 'shippedDate':
    case 'deliveredDate':
      return t('errors.date');
    case 'currency':
      return t('errors.currency');
    case 'externalId':
      return /already on file/.test(message)
        ? t('errors.externalIdTaken', { number: context.externalId ?? '', channel: context.channelName })
        : t('errors.tooLong');
    default:
      return /too (big|long)|at most/i.test(message) ? t('errors.tooLong') : t('errors.invalid');
  }
}
