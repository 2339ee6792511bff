// Which view /orders opens on: the one asked for in the URL, the table for a link with filters, else the
// one used last (kept in localStorage).
import { filtersFromParams, hasFilters } from './model';

export type View = 'board' | 'table';
const VIEW_KEY = 'tezgah.orders.view';

export function storedView(): View {
  return localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'board';
}

export function storeView(v: View): void {
  localStorage.setItem(VIEW_KEY, v);
}

export function viewFor(params: URLSearchParams, stored: View): View {
  const asked = params.get('view');
  if (asked === 'table' || asked === 'board') return asked;
  return hasFilters(filtersFromParams(params)) ? 'table' : stored;
}
