// The shop's own details that thank-you notes use: its name ({shopName}), the code offered for the next
// purchase ({discountCode}) and how notes usually go out.
import { z } from 'zod';
import { defineSetting } from './settings';

export const noteModes = ['handwritten', 'printed'] as const;
export type NoteMode = (typeof noteModes)[number];

export const shopSettingSchema = z.object({
  name: z.string().trim().max(100, 'The shop name is too long (100 characters at most)').default(''),
  /** Empty or absent: no code; note lines using {discountCode} are left out. */
  discountCode: z
    .string()
    .trim()
    .max(40, 'The code is too long (40 characters at most)')
    .regex(/^\S*$/, 'A code has no spaces')
    .optional(),
  /** What a new note starts as. */
  noteMode: z.enum(noteModes).default('handwritten'),
});
export type ShopSetting = z.output<typeof shopSettingSchema>;
export type ShopSettingInput = z.input<typeof shopSettingSchema>;

export const shopSetting = defineSetting('shop', shopSettingSchema, {
  name: '',
  noteMode: 'handwritten',
} satisfies ShopSetting);
