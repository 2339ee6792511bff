import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, sampleFlagShape, timestampsShape, trimmed } from './common';

export const noteLanguages = ['en', 'tr'] as const;

export const addressSchema = z.object({
  line1: optionalText(200),
  line2: optionalText(200),
  city: optionalText(120),
  state: optionalText(120),
  /** ZIP is text: leading zeros matter (07661-1805). */
  zip: optionalText(32),
  country: optionalText(80),
});
export type Address = z.infer<typeof addressSchema>;

export const preferencesSchema = z.object({
  likes: optionalText(500),
  noSurprises: z.boolean().default(false),
  noteLanguage: z.enum(noteLanguages).default('en'),
  noReviewRequests: z.boolean().default(false),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** Kept on the customer row, updated in the same transaction as the order writes. */
export const customerStatsSchema = z.object({
  orderCount: z.number().int().nonnegative(),
  firstOrderDate: isoDateSchema.optional(),
  lastOrderDate: isoDateSchema.optional(),
});
export type CustomerStats = z.infer<typeof customerStatsSchema>;

export const emptyStats: CustomerStats = { orderCount: 0 };

/** Stats derived from a customer's orders; cancelled orders do not count. */
export function statsFromOrders(orders: readonly { status: string; orderedDate: string }[]): CustomerStats {
  const live = orders.filter((o) => o.status !== 'cancelled').map((o) => o.orderedDate);
  live.sort();
  const first = live[0];
  const last = live[live.length - 1];
  return first && last
    ? { orderCount: live.length, firstOrderDate: first, lastOrderDate: last }
    : { orderCount: 0 };
}

const email = z
  .string()
  .trim()
  .max(254)
  .refine((s) => s === '' || z.email().safeParse(s).success, 'Not a valid email address');
const phone = z
  .string()
  .trim()
  .max(40)
  .refine((s) => s === '' || /^\+?[0-9 ().-]{5,}$/.test(s), 'Not a valid phone number');

export const customerInputSchema = z.object({
  name: trimmed(200).min(1, 'Name is required'),
  email: email.optional(),
  phone: phone.optional(),
  etsyUsername: optionalText(100),
  etsyBuyerId: optionalText(40),
  shopifyId: optionalText(60),
  address: addressSchema.default({}),
  tags: z.array(trimmed(40).min(1)).max(50).default([]),
  notes: optionalText(10_000),
  preferences: preferencesSchema.default({ noSurprises: false, noteLanguage: 'en', noReviewRequests: false }),
  createdDate: isoDateSchema,
  ...sampleFlagShape,
});
export type CustomerInput = z.input<typeof customerInputSchema>;

export const customerSchema = customerInputSchema.extend({
  id: idSchema,
  stats: customerStatsSchema,
  /** Lower-cased name, email, username and city: what search-as-you-type matches. */
  searchText: z.string(),
  /** Word prefixes are looked up through a multi-entry index on these. */
  searchWords: z.array(z.string()),
  /** The name folded for sorting, so Çağla sorts with C and lower-case names with the rest. */
  sortName: z.string(),
  ...timestampsShape,
});
export type Customer = z.infer<typeof customerSchema>;

export function customerSearchText(c: Pick<Customer, 'name' | 'email' | 'etsyUsername' | 'address'>): string {
  return foldText([c.name, c.email, c.etsyUsername, c.address?.city].filter(Boolean).join(' '));
}

/** Whole tokens plus their parts, so "ana@ex" and "example" both find "ana@example.com". */
export function customerSearchWords(searchText: string): string[] {
  const words = new Set<string>();
  for (const token of searchText.split(/[\s,;()]+/)) {
    if (!token) continue;
    words.add(token);
    for (const part of token.split(/[@._'-]+/)) if (part) words.add(part);
  }
  return [...words];
}

/**
 * Case- and accent-insensitive form used on both sides of a search, so "munoz" finds "Muñoz" and
 * "istanbul" finds "İstanbul" whatever the UI language.
 */
export function foldText(q: string): string {
  return q
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .trim();
}

export function isRepeatBuyer(c: Pick<Customer, 'stats'>): boolean {
  return c.stats.orderCount >= 2;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
