// What a thank-you note template may use, and the check that refuses anything else.
import { z } from 'zod';
import { sampleFlagShape, trimmed } from '../domain/common';
import { noteLanguages } from '../domain/customer';
import { suggestPlaceholder, unknownPlaceholders } from '../templates/render';

export type NoteLanguage = (typeof noteLanguages)[number];

/**
 * The placeholders of a note template, in the order the editor lists them.
 * - firstName: the customer's first name
 * - itemName: what they bought (the first item, "and 2 more" when there are several)
 * - shopName: the shop's name (Settings)
 * - orderCount: which order of theirs this is (1, 2, 3…)
 * - discountCode: the code for the next purchase (Settings); a line using it is left out when none is set
 * - personalLine: a sentence from their history ("This is your 3rd order…"); left out on a first order
 */
export const notePlaceholders = [
  'firstName',
  'itemName',
  'shopName',
  'orderCount',
  'discountCode',
  'personalLine',
] as const;
export type NotePlaceholder = (typeof notePlaceholders)[number];
export type NoteValues = Record<NotePlaceholder, string>;

export interface PlaceholderProblem {
  /** The name as written, without braces. */
  name: string;
  /** The known placeholder it most likely meant. */
  suggestion?: string;
}

/** Placeholders a note template uses that Tezgah cannot fill, each with a likely correction. */
export function notePlaceholderProblems(body: string): PlaceholderProblem[] {
  return unknownPlaceholders(body, notePlaceholders).map((name) => {
    const suggestion = suggestPlaceholder(name, notePlaceholders);
    return suggestion ? { name, suggestion } : { name };
  });
}

/** The sentence a ValidationError carries for an unknown placeholder (the UI shows its own translation). */
export function placeholderProblemMessage(p: PlaceholderProblem): string {
  return `Unknown placeholder {${p.name}}` + (p.suggestion ? ` (did you mean {${p.suggestion}}?)` : '');
}

/** What the seller writes for a template; the repository adds id, timestamps and default handling. */
export const noteTemplateInputSchema = z.object({
  name: trimmed(100).min(1, 'Name is required'),
  language: z.enum(noteLanguages),
  body: z
    .string()
    .max(5_000, 'The template is too long (5,000 characters at most)')
    .refine((s) => s.trim() !== '', 'Write the text of the template')
    .superRefine((body, ctx) => {
      for (const p of notePlaceholderProblems(body)) {
        ctx.addIssue({ code: 'custom', message: placeholderProblemMessage(p) });
      }
    }),
  isDefault: z.boolean().default(false),
  ...sampleFlagShape,
});
export type NoteTemplateInput = z.input<typeof noteTemplateInputSchema>;
