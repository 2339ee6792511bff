import type { CardFont, CardSize } from './sizes';

/**
 * The print view for these orders' note cards, as a router path (`<Link to>` / `navigate`).
 * Size and font are optional: without them the view uses the seller's last choice.
 */
export function noteCardsHref(
  orderIds: readonly string[],
  { size, font }: { size?: CardSize; font?: CardFont } = {},
): string {
  const query = [`orders=${orderIds.map(encodeURIComponent).join(',')}`];
  if (size) query.push(`size=${encodeURIComponent(size)}`);
  if (font) query.push(`font=${font}`);
  return `/print/notes?${query.join('&')}`;
}
