// The personal line a note suggests from the customer's history: which order of theirs this is and what
// they bought last time. Cancelled orders are not part of anyone's history.
import type { NoteLanguage } from './placeholders';

/** The parts of an order the history needs. */
export interface HistoryOrder {
  id: string;
  status: string;
  orderedDate: string;
  /** Breaks ties between orders placed on the same day. */
  createdAt?: number;
  items: readonly { title: string }[];
}

export interface OrderHistory {
  /** 1 for the customer's first order, 3 for their third… */
  position: number;
  /** The order placed just before this one, if any. */
  previous?: HistoryOrder;
}

function placedBefore(a: HistoryOrder, b: HistoryOrder): boolean {
  if (a.orderedDate !== b.orderedDate) return a.orderedDate < b.orderedDate;
  const ta = a.createdAt ?? 0;
  const tb = b.createdAt ?? 0;
  if (ta !== tb) return ta < tb;
  return a.id < b.id;
}

/** Where `order` stands among the customer's orders (which may or may not include it). */
export function orderHistory(order: HistoryOrder, customerOrders: readonly HistoryOrder[]): OrderHistory {
  const before = customerOrders
    .filter((o) => o.id !== order.id && o.status !== 'cancelled' && placedBefore(o, order))
    .sort((a, b) => (placedBefore(a, b) ? -1 : 1));
  const previous = before[before.length - 1];
  return previous ? { position: before.length + 1, previous } : { position: 1 };
}

/** "1st", "2nd", "3rd", "11th", "22nd" / "1.", "3." */
export function ordinal(n: number, language: NoteLanguage): string {
  if (language === 'tr') return `${n}.`;
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const sameTitle = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A sentence for a returning customer, in the note's language; empty for a first order (a template line
 * holding `{personalLine}` is then left out).
 */
export function personalLine(
  order: HistoryOrder,
  customerOrders: readonly HistoryOrder[],
  language: NoteLanguage,
): string {
  const { position, previous } = orderHistory(order, customerOrders);
  if (!previous) return '';
  const nth = ordinal(position, language);
  const last = previous.items[0]?.title.trim();
  const now = order.items[0]?.title;
  if (language === 'tr') {
    if (!last) return `Bu ${nth} siparişiniz, tekrar geldiğiniz için teşekkürler!`;
    if (sameTitle(last, now)) return `Bu ${nth} siparişiniz; yine ${last}, beğenmenize çok sevindim!`;
    return `Bu ${nth} siparişiniz; geçen sefer ${last} almıştınız.`;
  }
  if (!last) return `This is your ${nth} order, thank you for coming back!`;
  if (sameTitle(last, now)) return `This is your ${nth} order: the ${last} again, so glad you liked it!`;
  return `This is your ${nth} order; last time you chose the ${last}.`;
}
