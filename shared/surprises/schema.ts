// The surprise inventory's validators: what a person may type into the surprise form, and the row it makes.
import { z } from 'zod';
import { currencySchema, minorSchema, newId, sampleFlagShape, trimmed } from '../domain/common';
import { surpriseGiftSchema, surpriseKinds, surpriseSchema, type Surprise } from '../domain/other';
import { parseOrThrow } from '../validation';

export { newId, surpriseGiftSchema, surpriseSchema };

/** More than any shop keeps of one little thing; a typo (an extra zero or three) is caught. */
export const MAX_STOCK = 1_000_000;
/** 10,000.00 in a two-digit currency: a surprise costs little. */
export const MAX_UNIT_COST = 1_000_000;

const count = (what: string) =>
  z
    .number(`${what} must be a number`)
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(MAX_STOCK, `${what} is too large`);

/** Coupon codes as Etsy and Shopify take them: letters, digits, dashes and underscores, no spaces. */
export const codePattern = /^[A-Za-z0-9_-]+$/;

export const surpriseInputSchema = z
  .object({
    name: trimmed(120).min(1, 'Name is required'),
    kind: z.enum(surpriseKinds),
    stock: count('Stock'),
    unitCost: minorSchema
      .min(0, 'Cost cannot be negative')
      .max(MAX_UNIT_COST, 'Cost is too large')
      .default(0),
    currency: currencySchema,
    active: z.boolean().default(true),
    lowStockThreshold: count('Low-stock threshold').default(0),
    /** A discount-code surprise's coupon code (matched against Etsy coupon codes, case ignored). */
    code: z.string().trim().max(60, 'Code is too long').optional(),
    ...sampleFlagShape,
  })
  .superRefine((v, ctx) => {
    const code = v.code ?? '';
    if (v.kind === 'discount-code' && code === '') {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'A discount-code surprise needs its code' });
    } else if (v.kind === 'discount-code' && !codePattern.test(code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: 'Use letters, digits, - and _ only (no spaces)',
      });
    }
  });
export type SurpriseInput = z.input<typeof surpriseInputSchema>;

/**
 * Validates the input and makes the stored row. Codes are kept in capitals (coupon codes ignore case, and
 * the Etsy export writes them so); a code typed for another kind is dropped with the kind.
 */
export function buildSurprise(
  input: SurpriseInput,
  base: Pick<Surprise, 'id' | 'createdAt'> & { sample?: 1 },
  now: number,
): Surprise {
  const parsed = parseOrThrow(surpriseInputSchema, input, 'surprise');
  const { code, sample, ...rest } = parsed;
  const row: Surprise = { ...rest, id: base.id, createdAt: base.createdAt, updatedAt: now };
  if (parsed.kind === 'discount-code' && code) row.code = code.toUpperCase();
  if (sample ?? base.sample) row.sample = 1;
  return parseOrThrow(surpriseSchema, row, 'surprise');
}
