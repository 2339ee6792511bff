import { z } from 'zod';

/** Row ids are random UUIDs (never auto-increment) so data can one day sync between devices. */
export const idSchema = z.string().min(8).max(64);
export type Id = z.infer<typeof idSchema>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

/** A calendar date as `YYYY-MM-DD` (never a Date: it would shift with the time zone). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'Not a real calendar date');
export type IsoDate = z.infer<typeof isoDateSchema>;

/** ISO 4217 currency code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Expected a 3-letter currency code');

/** Money in integer minor units (cents, kuruş). */
export const minorSchema = z.number().int('Money is kept in whole minor units');

/** Moments are epoch milliseconds (UTC). */
export const epochMsSchema = z.number().int().nonnegative();

export const timestampsShape = {
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
};

export const trimmed = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();

/** Rows made by "Try with a sample shop" carry `sample: 1` (a number: booleans cannot be indexed) so they can be removed exactly. */
export const sampleFlagShape = { sample: z.literal(1).optional() };
