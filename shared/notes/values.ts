// The values a note template is filled with for one order, and the rendering that leaves out a line whose
// placeholder has nothing to say (no discount code set, no personal line on a first order).
import { firstName } from '../domain/customer';
import { renderTemplate, templatePlaceholders, type Rendered } from '../templates/render';
import { orderHistory, personalLine, type HistoryOrder } from './personal-line';
import type { NoteLanguage, NoteValues } from './placeholders';

export interface ShopForNotes {
  name: string;
  /** The code offered for the next purchase; lines using {discountCode} are left out without one. */
  discountCode?: string;
}

export interface NoteValuesInput {
  language: NoteLanguage;
  customerName: string;
  order: HistoryOrder;
  /** The customer's orders (with or without this one); cancelled ones are ignored. */
  customerOrders: readonly HistoryOrder[];
  shop: ShopForNotes;
}

/** "Dragon", "Dragon and Vase", "Dragon and 2 more" / "Dragon ve Vazo", "Dragon ve 2 ürün daha". */
export function itemNameOf(items: readonly { title: string }[], language: NoteLanguage): string {
  const titles = [...new Set(items.map((i) => i.title.trim()).filter(Boolean))];
  const [first, second] = titles;
  if (first === undefined) return '';
  const and = language === 'tr' ? 've' : 'and';
  if (titles.length === 1) return first;
  if (titles.length === 2) return `${first} ${and} ${second}`;
  const more = titles.length - 1;
  return language === 'tr' ? `${first} ve ${more} ürün daha` : `${first} and ${more} more`;
}

export function noteValues(input: NoteValuesInput): NoteValues {
  const { language, order, customerOrders, shop } = input;
  return {
    firstName: firstName(input.customerName),
    itemName: itemNameOf(order.items, language),
    shopName: shop.name.trim(),
    orderCount: String(orderHistory(order, customerOrders).position),
    discountCode: shop.discountCode?.trim() ?? '',
    personalLine: personalLine(order, customerOrders, language),
  };
}

/**
 * Fills a note template. Values go in as they are, in one pass (a value holding `{firstName}` or `<b>`
 * stays literally so). A line that uses a placeholder whose value is empty is left out, together with a
 * blank line it would leave doubled. Unknown placeholders stay as written and are listed.
 */
export function renderNote(body: string, values: Readonly<Record<string, string>>): Rendered {
  const out: string[] = [];
  const unknown = new Set<string>();
  let dropped = false;
  for (const line of body.split(/\r?\n/)) {
    if (templatePlaceholders(line).some((name) => values[name] === '')) {
      dropped = true;
      continue;
    }
    const blank = line.trim() === '';
    const previousBlank = out.length === 0 || (out[out.length - 1] ?? '').trim() === '';
    if (blank && dropped && previousBlank) continue;
    const r = renderTemplate(line, values);
    r.unknown.forEach((u) => unknown.add(u));
    out.push(r.text);
    dropped = false;
  }
  if (dropped) while (out.length > 0 && (out[out.length - 1] ?? '').trim() === '') out.pop();
  return { text: out.join('\n'), unknown: [...unknown] };
}
