import { foldText, type Customer } from './customer';

/**
 * The words of a search query, folded and split like the stored search words are, so "Muñoz, Ana" or
 * "(Ana)" find what "Muñoz Ana" finds.
 */
export function searchQueryWords(query: string): string[] {
  return foldText(query)
    .split(/[\s,;()]+/)
    .filter(Boolean);
}

export interface CustomerMatches<T> {
  /** The first matches, in the order of the rows given (name order). */
  rows: T[];
  /** How many rows match in all, shown or not. */
  total: number;
}

/**
 * Customers whose search words start with every word of the query (any order), from rows already in
 * memory: the first `limit` in the order given, plus the total. An empty query matches nothing.
 * Synchronous and allocation-light, so it runs inside the render that follows a keystroke.
 */
export function matchCustomers<T extends Pick<Customer, 'searchWords'>>(
  rows: readonly T[],
  query: string,
  limit: number,
): CustomerMatches<T> {
  const words = searchQueryWords(query);
  const out: T[] = [];
  if (words.length === 0) return { rows: out, total: 0 };
  // Longest first: it rules out the most rows with the first check.
  words.sort((a, b) => b.length - a.length);
  const keys = searchKeys(rows);
  // "\u0001word" marks a word's start, so one native substring search checks a prefix of any word.
  const marked = words.map((w) => SEP + w);
  let total = 0;
  for (let r = 0; r < rows.length; r++) {
    const key = keys[r]!;
    let all = true;
    for (let w = 0; w < marked.length; w++) {
      if (!key.includes(marked[w]!)) {
        all = false;
        break;
      }
    }
    if (all) {
      if (out.length < limit) out.push(rows[r]!);
      total++;
    }
  }
  return { rows: out, total };
}

const SEP = '\u0001';
const keyCache = new WeakMap<readonly object[], string[]>();

/** Builds the per-row keys ahead of the first keystroke (matchCustomers would build them itself). */
export function prepareCustomerSearch(rows: readonly Pick<Customer, 'searchWords'>[]): void {
  searchKeys(rows);
}

/** Each row's search words joined into one string, built once per rows array (the array is replaced on edits). */
function searchKeys(rows: readonly Pick<Customer, 'searchWords'>[]): string[] {
  let keys = keyCache.get(rows);
  if (!keys) {
    keys = rows.map((row) => SEP + row.searchWords.join(SEP));
    keyCache.set(rows, keys);
  }
  return keys;
}
