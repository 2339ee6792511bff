// The tables later capabilities fill (reminders, notes, surprises, reviews, cases, surveys, settings).
// Defined now so the database has its whole shape from version 1.
import { z } from 'zod';
import {
  currencySchema,
  epochMsSchema,
  idSchema,
  isoDateSchema,
  minorSchema,
  optionalText,
  sampleFlagShape,
  timestampsShape,
  trimmed,
} from './common';
import { channels } from './order';

const row = { id: idSchema, ...timestampsShape, ...sampleFlagShape };

export const reminderKinds = ['thank-you-note', 'review-request', 'follow-up'] as const;
export const reminderStates = ['due', 'snoozed', 'done', 'dismissed'] as const;
export const reminderSchema = z.object({
  ...row,
  kind: z.enum(reminderKinds),
  customerId: idSchema.optional(),
  orderId: idSchema.optional(),
  dueDate: isoDateSchema,
  state: z.enum(reminderStates),
  snoozedUntil: isoDateSchema.optional(),
  text: optionalText(2_000),
  /**
   * Set when a rule closed the reminder (done when its order shipped, dismissed when it was cancelled), so
   * undoing that order change reopens it; a reminder the seller closed stays closed.
   */
  autoClosed: z.boolean().optional(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const noteTemplateSchema = z.object({
  ...row,
  name: trimmed(100).min(1),
  language: z.enum(['en', 'tr']),
  body: z.string().max(5_000),
  isDefault: z.boolean().default(false),
});
export type NoteTemplate = z.infer<typeof noteTemplateSchema>;

export const noteSchema = z.object({
  ...row,
  orderId: idSchema,
  customerId: idSchema,
  templateId: idSchema.optional(),
  body: z.string().max(5_000),
  mode: z.enum(['handwritten', 'printed']),
  written: z.boolean().default(false),
  printedAt: epochMsSchema.optional(),
});
export type Note = z.infer<typeof noteSchema>;

export const surpriseKinds = ['sticker', 'mini-print', 'discount-code', 'sample', 'other'] as const;
export const surpriseSchema = z.object({
  ...row,
  name: trimmed(120).min(1),
  kind: z.enum(surpriseKinds),
  stock: z.number().int().nonnegative(),
  unitCost: minorSchema.nonnegative(),
  currency: currencySchema,
  active: z.boolean(),
  lowStockThreshold: z.number().int().nonnegative().default(0),
  code: optionalText(60),
});
export type Surprise = z.infer<typeof surpriseSchema>;

export const surpriseGiftSchema = z.object({
  ...row,
  surpriseId: idSchema,
  orderId: idSchema,
  customerId: idSchema,
  givenDate: isoDateSchema,
});
export type SurpriseGift = z.infer<typeof surpriseGiftSchema>;

export const reviewCategories = [
  'product-quality',
  'print-defect',
  'damaged-in-shipping',
  'late',
  'wrong-item',
  'communication',
  'packaging',
  'price',
  'other',
] as const;
export const reviewSchema = z.object({
  ...row,
  channel: z.enum(channels),
  rating: z.number().int().min(1).max(5),
  /** Earlier ratings when the buyer edited the review (oldest first). */
  ratingHistory: z
    .array(z.object({ rating: z.number().int().min(1).max(5), date: isoDateSchema }))
    .default([]),
  text: z.string().max(20_000).default(''),
  reviewer: optionalText(200),
  date: isoDateSchema,
  orderId: idSchema.optional(),
  customerId: idSchema.optional(),
  externalOrderId: optionalText(60),
  categories: z.array(z.enum(reviewCategories)).default([]),
  reply: optionalText(20_000),
  replyDate: isoDateSchema.optional(),
});
export type Review = z.infer<typeof reviewSchema>;

export const caseSchema = z.object({
  ...row,
  kind: z.enum(['bad-review', 'complaint', 'return']),
  customerId: idSchema.optional(),
  orderId: idSchema.optional(),
  reviewId: idSchema.optional(),
  openedAt: epochMsSchema,
  firstResponseAt: epochMsSchema.optional(),
  offered: z.array(z.enum(['refund', 'reprint', 'reship', 'discount', 'other'])).default([]),
  outcome: z.enum(['open', 'review-revised', 'bought-again', 'no-change', 'closed']).default('open'),
  notes: optionalText(10_000),
});
export type Case = z.infer<typeof caseSchema>;

export const surveySchema = z.object({
  ...row,
  kind: z.enum(['nps', 'csat']),
  score: z.number().int().min(0).max(10),
  customerId: idSchema.optional(),
  orderId: idSchema.optional(),
  date: isoDateSchema,
  comment: optionalText(5_000),
});
export type Survey = z.infer<typeof surveySchema>;

export const settingSchema = z.object({
  key: trimmed(100).min(1),
  value: z.unknown(),
  updatedAt: epochMsSchema,
});
export type Setting = z.infer<typeof settingSchema>;

export const metaSchema = z.object({ key: trimmed(100).min(1), value: z.unknown() });
export type Meta = z.infer<typeof metaSchema>;
