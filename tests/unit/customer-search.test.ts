import { describe, expect, it } from 'vitest';
import { customerSearchText, customerSearchWords, foldText } from '@shared/domain/customer';
import { matchCustomers, searchQueryWords } from '@shared/domain/customer-search';

interface Row {
  name: string;
  searchWords: string[];
}

function row(name: string, email?: string, city?: string, etsyUsername?: string): Row {
  return {
    name,
    searchWords: customerSearchWords(customerSearchText({ name, email, etsyUsername, address: { city } })),
  };
}

/** In name order, as the repository hands them over. */
function inNameOrder(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => foldText(a.name).localeCompare(foldText(b.name)));
}

const rows = inNameOrder([
  row('Ana Muñoz', 'ana@example.com', 'Madrid'),
  row('Mehmet Yılmaz', undefined, 'İstanbul', 'mehmet3d'),
  row('John Smith', undefined, 'Portland'),
  row('Çağla Demir', 'cagla@mail.tr', 'İzmir'),
  row('Banana Joe', undefined, 'Lisbon'),
]);
const names = (q: string, limit = 50) => matchCustomers(rows, q, limit).rows.map((r) => r.name);

describe('matchCustomers', () => {
  it('folds accents and case on both sides', () => {
    expect(names('munoz')).toEqual(['Ana Muñoz']);
    expect(names('MUÑOZ')).toEqual(['Ana Muñoz']);
    expect(names('istanbul')).toEqual(['Mehmet Yılmaz']);
    expect(names('yilmaz')).toEqual(['Mehmet Yılmaz']);
    expect(names('cagla')).toEqual(['Çağla Demir']);
  });

  it('needs every word, in any order, split like the stored words', () => {
    expect(names('ana madrid')).toEqual(['Ana Muñoz']);
    expect(names('madrid ana')).toEqual(['Ana Muñoz']);
    expect(names('Muñoz, Ana')).toEqual(['Ana Muñoz']);
    expect(names('(ana)')).toEqual(['Ana Muñoz']);
    expect(names('ana portland')).toEqual([]);
  });

  it('matches word prefixes, not substrings', () => {
    expect(names('ana')).toEqual(['Ana Muñoz']); // not "Banana"
    expect(names('ban')).toEqual(['Banana Joe']);
    expect(names('mith')).toEqual([]);
    expect(names('example')).toEqual(['Ana Muñoz']);
    expect(names('ana@ex')).toEqual(['Ana Muñoz']);
  });

  it('keeps the name order of the rows', () => {
    const many = inNameOrder([row('Zeynep Ana'), row('Ana Zed'), row('Mira Ana'), row('Anıl Kaya')]);
    expect(matchCustomers(many, 'an', 10).rows.map((r) => r.name)).toEqual([
      'Ana Zed',
      'Anıl Kaya',
      'Mira Ana',
      'Zeynep Ana',
    ]);
  });

  it('returns the first `limit` matches and counts them all', () => {
    const many = inNameOrder(Array.from({ length: 250 }, (_, i) => row(`Ana ${String(i).padStart(3, '0')}`)));
    const found = matchCustomers(many, 'ana', 100);
    expect(found.total).toBe(250);
    expect(found.rows).toHaveLength(100);
    expect(found.rows[0]!.name).toBe('Ana 000');
    expect(found.rows[99]!.name).toBe('Ana 099');
    expect(matchCustomers(many, 'ana 12', 100).total).toBe(10); // 120-129, not 012
  });

  it('matches nothing for an empty or blank query', () => {
    expect(matchCustomers(rows, '', 10)).toEqual({ rows: [], total: 0 });
    expect(matchCustomers(rows, '  , ', 10)).toEqual({ rows: [], total: 0 });
  });

  it('sees an edited list (a new array) at once', () => {
    const before = inNameOrder([row('Ana Muñoz')]);
    expect(matchCustomers(before, 'zey', 10).total).toBe(0);
    const after = inNameOrder([...before, row('Zeynep Kaya')]);
    expect(matchCustomers(after, 'zey', 10).rows.map((r) => r.name)).toEqual(['Zeynep Kaya']);
  });
});

describe('searchQueryWords', () => {
  it('folds and splits on the stored separators', () => {
    expect(searchQueryWords('  Muñoz, (Ana);İz ')).toEqual(['munoz', 'ana', 'iz']);
  });
});
