import { describe, expect, it } from 'vitest';
import { buildSurprise, type SurpriseInput } from '@shared/surprises/schema';
import { ValidationError } from '@shared/validation';

const base = { id: 'surprise-0001', createdAt: 1_000 };
const input = (over: Partial<SurpriseInput> = {}): SurpriseInput => ({
  name: 'Shop logo sticker',
  kind: 'sticker',
  stock: 40,
  unitCost: 12,
  currency: 'USD',
  ...over,
});

function issues(over: Partial<SurpriseInput>) {
  try {
    buildSurprise(input(over), base, 2_000);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => i.path);
  }
  throw new Error('expected the input to be refused');
}

describe('buildSurprise', () => {
  it('makes a row with defaults (active, threshold 0) and timestamps', () => {
    expect(buildSurprise(input(), base, 2_000)).toEqual({
      id: 'surprise-0001',
      name: 'Shop logo sticker',
      kind: 'sticker',
      stock: 40,
      unitCost: 12,
      currency: 'USD',
      active: true,
      lowStockThreshold: 0,
      createdAt: 1_000,
      updatedAt: 2_000,
    });
  });

  it('trims the name and refuses an empty one', () => {
    expect(buildSurprise(input({ name: '  Gecko  ' }), base, 2_000).name).toBe('Gecko');
    expect(issues({ name: '   ' })).toEqual(['name']);
  });

  it('refuses negative, fractional or absurd counts and costs', () => {
    expect(issues({ stock: -1 })).toEqual(['stock']);
    expect(issues({ stock: 1.5 })).toEqual(['stock']);
    expect(issues({ stock: Number.NaN })).toEqual(['stock']);
    expect(issues({ stock: 10_000_000 })).toEqual(['stock']);
    expect(issues({ lowStockThreshold: -2 })).toEqual(['lowStockThreshold']);
    expect(issues({ unitCost: -5 })).toEqual(['unitCost']);
    expect(issues({ unitCost: 1.25 })).toEqual(['unitCost']);
    expect(issues({ currency: 'usd' })).toEqual(['currency']);
  });

  it('requires a code for a discount-code surprise, without spaces, and keeps it in capitals', () => {
    expect(issues({ kind: 'discount-code' })).toEqual(['code']);
    expect(issues({ kind: 'discount-code', code: '   ' })).toEqual(['code']);
    expect(issues({ kind: 'discount-code', code: 'THANK YOU' })).toEqual(['code']);
    const row = buildSurprise(input({ kind: 'discount-code', code: ' thankyou10 ' }), base, 2_000);
    expect(row.code).toBe('THANKYOU10');
  });

  it('drops a code typed for another kind', () => {
    expect(buildSurprise(input({ kind: 'sticker', code: 'LEFTOVER' }), base, 2_000)).not.toHaveProperty(
      'code',
    );
  });

  it('keeps the sample flag of a sample surprise', () => {
    expect(buildSurprise(input(), { ...base, sample: 1 }, 2_000).sample).toBe(1);
    expect(buildSurprise(input({ sample: 1 }), base, 2_000).sample).toBe(1);
  });
});
