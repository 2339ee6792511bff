import { describe, expect, it } from 'vitest';
import {
  eligibleSurprises,
  isLowStock,
  stockState,
  suggestSurprise,
  type CustomerFacts,
  type GiftFacts,
  type SurpriseFacts,
} from '@shared/surprises/choose';

let n = 0;
function surprise(over: Partial<SurpriseFacts> = {}): SurpriseFacts {
  n += 1;
  return {
    id: `surprise-${String(n).padStart(4, '0')}`,
    name: `Surprise ${n}`,
    kind: 'sticker',
    stock: 10,
    active: true,
    unitCost: 20,
    lowStockThreshold: 3,
    ...over,
  };
}
const gift = (s: SurpriseFacts, givenDate = '2026-03-01'): GiftFacts => ({ surpriseId: s.id, givenDate });
const anyone: CustomerFacts = { preferences: { noSurprises: false } };
const likes = (text: string): CustomerFacts => ({ preferences: { noSurprises: false, likes: text } });
const names = (rows: readonly { surprise: SurpriseFacts }[]) => rows.map((r) => r.surprise.name);

describe('suggestSurprise: who may get what', () => {
  it('suggests an active surprise in stock', () => {
    const s = surprise({ name: 'Logo sticker' });
    expect(suggestSurprise([s], [], anyone)).toMatchObject({ surprise: s });
  });

  it('never suggests an inactive one', () => {
    const retired = surprise({ name: 'Retired', active: false, stock: 500 });
    const live = surprise({ name: 'Live', stock: 1 });
    expect(suggestSurprise([retired, live], [], anyone).surprise).toBe(live);
    expect(suggestSurprise([retired], [], anyone)).toEqual({ reason: 'none-active' });
  });

  it('never suggests one out of stock', () => {
    const empty = surprise({ name: 'Empty', stock: 0 });
    const left = surprise({ name: 'Left', stock: 1 });
    expect(suggestSurprise([empty, left], [], anyone).surprise).toBe(left);
    expect(suggestSurprise([empty], [], anyone)).toEqual({ reason: 'out-of-stock' });
  });

  it('never suggests what the customer already got, however long ago', () => {
    const had = surprise({ name: 'Had', stock: 900 });
    const fresh = surprise({ name: 'Fresh', stock: 2 });
    expect(suggestSurprise([had, fresh], [gift(had, '2019-01-01')], anyone).surprise).toBe(fresh);
    expect(suggestSurprise([had], [gift(had)], anyone)).toEqual({ reason: 'all-given' });
  });

  it('suggests nothing to a customer who asked for no surprises, whatever is in stock', () => {
    const s = surprise();
    expect(suggestSurprise([s], [], { preferences: { noSurprises: true } })).toEqual({ reason: 'opted-out' });
    const c = eligibleSurprises([s], [], { preferences: { noSurprises: true } });
    expect(c.eligible).toEqual([]);
    expect(c.unavailable).toEqual([{ surprise: s, reasons: ['opted-out'] }]);
  });

  it('says the inventory is empty when there is none', () => {
    expect(suggestSurprise([], [], anyone)).toEqual({ reason: 'no-surprises' });
    expect(eligibleSurprises([], [], anyone)).toEqual({ eligible: [], unavailable: [] });
  });

  it('says "all given" when what is in stock was given, even if other ones are out of stock', () => {
    const had = surprise({ stock: 5 });
    const empty = surprise({ stock: 0 });
    expect(suggestSurprise([had, empty], [gift(had)], anyone)).toEqual({ reason: 'all-given' });
  });
});

describe('suggestSurprise: ranking', () => {
  it('prefers what matches the customer’s likes, by word prefix and ignoring case and accents', () => {
    const logo = surprise({ name: 'Shop logo sticker', stock: 300 });
    const dragon = surprise({ name: 'Holographic DRAGON sticker', stock: 5 });
    expect(suggestSurprise([logo, dragon], [], likes('Dragons, purple things'))).toEqual({
      surprise: dragon,
      why: 'likes',
    });
    // Turkish likes: "çıkartma" (sticker) matches the sticker kind; accents do not matter.
    const gecko = surprise({ name: 'Mini gecko', kind: 'mini-print', stock: 300 });
    const plain = surprise({ name: 'Plain', kind: 'sticker', stock: 1 });
    expect(suggestSurprise([gecko, plain], [], likes('ÇIKARTMALAR')).surprise).toBe(plain);
  });

  it('ignores short words in likes (no match on "a" or "mor")', () => {
    const morel = surprise({ name: 'Morel sample', kind: 'other', stock: 1 });
    const big = surprise({ name: 'Big stock', kind: 'other', stock: 50 });
    expect(suggestSurprise([morel, big], [], likes('mor, a')).surprise).toBe(big);
  });

  it('then prefers a kind the customer never got', () => {
    const had = surprise({ name: 'Old sticker', kind: 'sticker' });
    const sticker = surprise({ name: 'New sticker', kind: 'sticker', stock: 200 });
    const mini = surprise({ name: 'Mini gecko', kind: 'mini-print', stock: 4 });
    expect(suggestSurprise([had, sticker, mini], [gift(had)], anyone)).toEqual({
      surprise: mini,
      why: 'new-kind',
    });
  });

  it('likes outrank a new kind', () => {
    const had = surprise({ name: 'Old sticker', kind: 'sticker' });
    const dragon = surprise({ name: 'Dragon sticker', kind: 'sticker', stock: 1 });
    const mini = surprise({ name: 'Mini gecko', kind: 'mini-print', stock: 100 });
    expect(suggestSurprise([had, dragon, mini], [gift(had)], likes('dragon')).surprise).toBe(dragon);
  });

  it('then prefers the most in stock, then the cheapest', () => {
    const few = surprise({ name: 'Few', stock: 4, unitCost: 1 });
    const many = surprise({ name: 'Many', stock: 40, unitCost: 90 });
    expect(suggestSurprise([few, many], [], anyone)).toEqual({ surprise: many, why: 'stock' });
    const dear = surprise({ name: 'Dear', stock: 40, unitCost: 50 });
    const cheap = surprise({ name: 'Cheap', stock: 40, unitCost: 10 });
    expect(suggestSurprise([dear, cheap], [], anyone).surprise).toBe(cheap);
  });

  it('breaks full ties by name (accents and case ignored), then id, whatever the input order', () => {
    const b = surprise({ name: 'beta', stock: 9, unitCost: 5 });
    const a = surprise({ name: 'Álpha', stock: 9, unitCost: 5 });
    const c = surprise({ name: 'Charlie', stock: 9, unitCost: 5 });
    expect(suggestSurprise([b, c, a], [], anyone).surprise).toBe(a);
    expect(suggestSurprise([c, a, b], [], anyone).surprise).toBe(a);
    expect(names(eligibleSurprises([c, b, a], [], anyone).eligible)).toEqual(['Álpha', 'beta', 'Charlie']);
    const twin1 = surprise({ id: 'zz-twin-1', name: 'Twin', stock: 9 });
    const twin2 = surprise({ id: 'aa-twin-2', name: 'twin', stock: 9 });
    expect(suggestSurprise([twin1, twin2], [], anyone).surprise).toBe(twin2);
  });
});

describe('eligibleSurprises: the "pick another" list', () => {
  it('lists eligible ones best first and the others by name with every reason', () => {
    const had = surprise({ name: 'Had', kind: 'mini-print' });
    const retired = surprise({ name: 'Retired', active: false, stock: 0 });
    const empty = surprise({ name: 'Empty', stock: 0 });
    const big = surprise({ name: 'Big', stock: 80 });
    const small = surprise({ name: 'Small', stock: 8 });
    const c = eligibleSurprises([small, retired, had, empty, big], [gift(had)], anyone);
    expect(names(c.eligible)).toEqual(['Big', 'Small']);
    expect(c.eligible[0]).toMatchObject({ matchesLikes: false, newKind: true });
    expect(c.unavailable).toEqual([
      { surprise: empty, reasons: ['out-of-stock'] },
      { surprise: had, reasons: ['given-before'], givenDate: '2026-03-01' },
      { surprise: retired, reasons: ['inactive', 'out-of-stock'] },
    ]);
  });

  it('gives the latest date a surprise was given on', () => {
    const s = surprise();
    const c = eligibleSurprises(
      [s],
      [gift(s, '2025-01-09'), gift(s, '2026-02-01'), gift(s, '2025-12-31')],
      anyone,
    );
    expect(c.unavailable[0]?.givenDate).toBe('2026-02-01');
  });

  it('ignores gifts of surprises no longer in the inventory', () => {
    const s = surprise({ kind: 'sticker' });
    const c = eligibleSurprises([s], [{ surpriseId: 'deleted-one', givenDate: '2026-01-01' }], anyone);
    expect(c.eligible).toEqual([{ surprise: s, matchesLikes: false, newKind: true }]);
  });

  it('calls no kind "new" for a customer who never got a surprise', () => {
    const s = surprise({ stock: 3 });
    expect(eligibleSurprises([s], [], anyone).eligible).toEqual([
      { surprise: s, matchesLikes: false, newKind: false },
    ]);
    expect(suggestSurprise([s], [], anyone)).toEqual({ surprise: s, why: 'stock' });
  });
});

describe('low stock', () => {
  it('is an active surprise at or below its threshold', () => {
    expect(isLowStock({ active: true, stock: 3, lowStockThreshold: 3 })).toBe(true);
    expect(isLowStock({ active: true, stock: 4, lowStockThreshold: 3 })).toBe(false);
    expect(isLowStock({ active: true, stock: 0, lowStockThreshold: 0 })).toBe(true);
    expect(isLowStock({ active: false, stock: 0, lowStockThreshold: 5 })).toBe(false);
  });

  it('gives the badge state', () => {
    expect(stockState({ active: true, stock: 0, lowStockThreshold: 2 })).toBe('out');
    expect(stockState({ active: false, stock: 0, lowStockThreshold: 2 })).toBe('out');
    expect(stockState({ active: true, stock: 2, lowStockThreshold: 2 })).toBe('low');
    expect(stockState({ active: false, stock: 2, lowStockThreshold: 2 })).toBe('ok');
    expect(stockState({ active: true, stock: 9, lowStockThreshold: 2 })).toBe('ok');
  });
});
