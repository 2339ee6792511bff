// Which surprise goes in a parcel. Pure: no database, no clock. Imports types only, so the screens that
// show a suggestion (Today, an order) load without the validators.
import type { Surprise, SurpriseGift } from '../domain/other';

export type SurpriseFacts = Pick<
  Surprise,
  'id' | 'name' | 'kind' | 'stock' | 'active' | 'unitCost' | 'lowStockThreshold'
>;
export type GiftFacts = Pick<SurpriseGift, 'surpriseId' | 'givenDate'>;
export interface CustomerFacts {
  preferences: { noSurprises?: boolean; likes?: string };
}

/** Why a surprise cannot go in this parcel (a surprise may have several reasons, in this order). */
export type Ineligibility = 'opted-out' | 'given-before' | 'inactive' | 'out-of-stock';

/** What made the suggestion win, for the hint beside it. */
export type SuggestionWhy = 'likes' | 'new-kind' | 'stock';

/** Why there is nothing to suggest. */
export type NoSuggestion =
  /** The customer asked for no surprises. */
  | 'opted-out'
  /** The inventory is empty. */
  | 'no-surprises'
  /** Every surprise is deactivated. */
  | 'none-active'
  /** Every active surprise is out of stock. */
  | 'out-of-stock'
  /** Every active surprise in stock was already given to this customer. */
  | 'all-given';

export interface RankedSurprise<S extends SurpriseFacts> {
  surprise: S;
  /** A word of its name or kind matches the customer's likes. */
  matchesLikes: boolean;
  /** The customer got surprises before, but never one of this kind. */
  newKind: boolean;
}

export interface UnavailableSurprise<S extends SurpriseFacts> {
  surprise: S;
  reasons: Ineligibility[];
  /** When it was given to this customer (the latest time), for "given on …". */
  givenDate?: string;
}

export interface SurpriseChoices<S extends SurpriseFacts> {
  /** What may go in this parcel, best first (the first is the suggestion). */
  eligible: RankedSurprise<S>[];
  /** Everything else, by name, with the reasons. */
  unavailable: UnavailableSurprise<S>[];
}

export type Suggestion<S extends SurpriseFacts> =
  | { surprise: S; why: SuggestionWhy; reason?: undefined }
  | { surprise?: undefined; why?: undefined; reason: NoSuggestion };

/**
 * Every surprise split into what may go in this customer's parcel and what may not (and why).
 *
 * Eligible: active, in stock, never given to this customer, and the customer did not opt out.
 *
 * Ranking of the eligible ones (each rule breaks the previous one's ties):
 * 1. it matches what the customer likes (a word of its name or kind, e.g. "dragon" in "dragons, purple"),
 *    because a surprise that fits the person is the point;
 * 2. its kind is one the customer never got (a sticker after a sticker is less of a surprise);
 * 3. most in stock, which spreads gifts over what is plentiful and spares what is running low;
 * 4. lowest unit cost;
 * 5. name (accents and case ignored), then id, so the choice never depends on the reading order.
 */
export function eligibleSurprises<S extends SurpriseFacts>(
  surprises: readonly S[],
  customerGifts: readonly GiftFacts[],
  customer: CustomerFacts,
): SurpriseChoices<S> {
  const lastGiven = new Map<string, string>();
  for (const g of customerGifts) {
    const d = lastGiven.get(g.surpriseId);
    if (d === undefined || g.givenDate > d) lastGiven.set(g.surpriseId, g.givenDate);
  }
  const byId = new Map(surprises.map((s) => [s.id, s]));
  const kindsGiven = new Set<string>();
  for (const id of lastGiven.keys()) {
    const s = byId.get(id);
    if (s) kindsGiven.add(s.kind);
  }
  const optedOut = customer.preferences.noSurprises === true;
  const likes = words(customer.preferences.likes ?? '');

  const eligible: RankedSurprise<S>[] = [];
  const unavailable: UnavailableSurprise<S>[] = [];
  for (const s of surprises) {
    const givenDate = lastGiven.get(s.id);
    const reasons: Ineligibility[] = [];
    if (optedOut) reasons.push('opted-out');
    if (givenDate !== undefined) reasons.push('given-before');
    if (!s.active) reasons.push('inactive');
    if (s.stock <= 0) reasons.push('out-of-stock');
    if (reasons.length > 0) {
      unavailable.push(
        givenDate === undefined ? { surprise: s, reasons } : { surprise: s, reasons, givenDate },
      );
    } else {
      const newKind = lastGiven.size > 0 && !kindsGiven.has(s.kind);
      eligible.push({ surprise: s, matchesLikes: matchesLikes(s, likes), newKind });
    }
  }
  eligible.sort(
    (a, b) =>
      Number(b.matchesLikes) - Number(a.matchesLikes) ||
      Number(b.newKind) - Number(a.newKind) ||
      b.surprise.stock - a.surprise.stock ||
      a.surprise.unitCost - b.surprise.unitCost ||
      byName(a.surprise, b.surprise),
  );
  unavailable.sort((a, b) => byName(a.surprise, b.surprise));
  return { eligible, unavailable };
}

/** The surprise to put in this customer's parcel, or why there is none. See `eligibleSurprises`. */
export function suggestSurprise<S extends SurpriseFacts>(
  surprises: readonly S[],
  customerGifts: readonly GiftFacts[],
  customer: CustomerFacts,
): Suggestion<S> {
  return suggestionFrom(eligibleSurprises(surprises, customerGifts, customer), surprises, customer);
}

/** The suggestion for choices already worked out (saves ranking twice when both are shown). */
export function suggestionFrom<S extends SurpriseFacts>(
  choices: SurpriseChoices<S>,
  surprises: readonly S[],
  customer: CustomerFacts,
): Suggestion<S> {
  if (customer.preferences.noSurprises === true) return { reason: 'opted-out' };
  const best = choices.eligible[0];
  if (best) {
    const why: SuggestionWhy = best.matchesLikes ? 'likes' : best.newKind ? 'new-kind' : 'stock';
    return { surprise: best.surprise, why };
  }
  if (surprises.length === 0) return { reason: 'no-surprises' };
  const active = surprises.filter((s) => s.active);
  if (active.length === 0) return { reason: 'none-active' };
  if (active.every((s) => s.stock <= 0)) return { reason: 'out-of-stock' };
  return { reason: 'all-given' };
}

/**
 * Running low: an active surprise whose stock is at or below its low-stock threshold (so an active one at
 * 0 always is, whatever its threshold). Inactive ones are never "low": nobody is giving them.
 */
export function isLowStock(s: Pick<Surprise, 'active' | 'stock' | 'lowStockThreshold'>): boolean {
  return s.active && s.stock <= s.lowStockThreshold;
}

export type StockState = 'out' | 'low' | 'ok';

/** For badges: out of stock, running low (see `isLowStock`), or fine. */
export function stockState(s: Pick<Surprise, 'active' | 'stock' | 'lowStockThreshold'>): StockState {
  if (s.stock <= 0) return 'out';
  return isLowStock(s) ? 'low' : 'ok';
}

/** Lower-cased, accents removed (Turkish dotless ı too): names compare and match whatever the language. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .trim();
}

function byName(a: SurpriseFacts, b: SurpriseFacts): number {
  const x = fold(a.name);
  const y = fold(b.name);
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Words of at least 4 letters: shorter ones ("a", "the", "mor") match too much by prefix. */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);
}

/** Words that stand for each kind, in English and Turkish, as a customer might write them in "likes". */
const kindWords: Record<Surprise['kind'], string[]> = {
  sticker: ['sticker', 'cikartma'],
  'mini-print': ['mini', 'miniature', 'minyatur', 'figurine', 'figur'],
  'discount-code': ['discount', 'coupon', 'indirim', 'kupon'],
  sample: ['sample', 'swatch', 'numune'],
  other: [],
};

/** A word of the name or kind and a word of the likes where one starts with the other ("dragon", "dragons"). */
function matchesLikes(s: SurpriseFacts, likes: readonly string[]): boolean {
  if (likes.length === 0) return false;
  const own = [...words(s.name), ...kindWords[s.kind]];
  return own.some((w) => likes.some((l) => l.startsWith(w) || w.startsWith(l)));
}
