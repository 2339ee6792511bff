// The shapes of the reminder settings (stored under their keys by the renderer's settings module). Every
// field has a default, so a value saved by an older version still reads, with the new fields at their
// defaults.
import { z } from 'zod';

/** Etsy lets a buyer review an order for 100 days after delivery; a request after that is pointless. */
export const REVIEW_WINDOW_DAYS = 100;

export const reminderRulesSchema = z.object({
  /** A reminder to write the thank-you note when an order is ready to pack. */
  thankYouNote: z.boolean().default(true),
  /** A reminder to ask for a review some days after delivery. */
  reviewRequest: z.boolean().default(true),
  /** Days after delivery before asking for a review. */
  reviewDelayDays: z.number().int().min(0).max(90).default(5),
  /** Days a parcel usually travels, to estimate delivery when no delivery date is known. */
  transitDays: z.number().int().min(0).max(60).default(4),
  /** Desktop notifications for due reminders. */
  notifications: z.boolean().default(true),
});
export type ReminderRules = z.output<typeof reminderRulesSchema>;

export const defaultReminderRules: ReminderRules = reminderRulesSchema.parse({});

export const messageKinds = ['reviewRequest', 'shipped'] as const;
export type MessageKind = (typeof messageKinds)[number];
export const messageLanguages = ['en', 'tr'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

const templateText = z.string().max(5_000);
/** The seller's own wording per language; a missing one means the default text. */
const overrides = z.object({ en: templateText.optional(), tr: templateText.optional() }).default({});

/** The seller's wording of each message; {shopName} comes from the shop settings the notes use. */
export const messageSettingsSchema = z.object({
  reviewRequest: overrides,
  shipped: overrides,
});
export type MessageSettings = z.output<typeof messageSettingsSchema>;

export const defaultMessageSettings: MessageSettings = messageSettingsSchema.parse({});
