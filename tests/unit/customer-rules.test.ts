import { describe, expect, it } from 'vitest';
import {
  customerInputSchema,
  customerSearchText,
  customerSearchWords,
  foldText,
} from '@shared/domain/customer';

describe('customer search text', () => {
  it('folds case and accents, Turkish dotted and dotless i included', () => {
    expect(foldText('Muñoz')).toBe('munoz');
    expect(foldText('İSTANBUL')).toBe('istanbul');
    expect(foldText('Işıl Çağla')).toBe('isil cagla');
  });
  it('indexes words and their parts', () => {
    const text = customerSearchText({
      name: 'Zoë Ayşe',
      email: 'zoe.a@example.com',
      etsyUsername: 'zoeprints',
      address: { city: 'İzmir' },
    });
    const words = customerSearchWords(text);
    expect(words).toEqual(
      expect.arrayContaining(['zoe', 'ayse', 'zoe.a@example.com', 'example', 'zoeprints', 'izmir']),
    );
  });
});

describe('customer validation', () => {
  it('needs a name and a real email when one is given; keeps ZIP as text', () => {
    const ok = customerInputSchema.parse({
      name: 'Ana',
      createdDate: '2026-01-02',
      address: { zip: '07661-1805' },
    });
    expect(ok.address.zip).toBe('07661-1805');
    expect(customerInputSchema.safeParse({ name: '  ', createdDate: '2026-01-02' }).success).toBe(false);
    expect(
      customerInputSchema.safeParse({ name: 'A', email: 'not-an-email', createdDate: '2026-01-02' }).success,
    ).toBe(false);
    expect(customerInputSchema.safeParse({ name: 'A', email: '', createdDate: '2026-01-02' }).success).toBe(
      true,
    );
  });
});
