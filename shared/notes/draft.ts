// A note drafted for an order: the template in the customer's note language (the seller's default, else
// their first template in that language, else the built-in preset), filled with the order's values.
import type { HistoryOrder } from './personal-line';
import type { NoteLanguage, NoteValues } from './placeholders';
import { defaultPreset, presetByKey } from './presets';
import { noteValues, renderNote, type ShopForNotes } from './values';

/** A seller's template as the draft needs it. */
export interface DraftTemplate {
  id: string;
  name: string;
  language: NoteLanguage;
  body: string;
  isDefault: boolean;
  updatedAt: number;
  sample?: 1;
}

export interface NoteDraftContext {
  order: HistoryOrder;
  customerName: string;
  /** customer.preferences.noteLanguage */
  noteLanguage: NoteLanguage;
  customerOrders: readonly HistoryOrder[];
  templates: readonly DraftTemplate[];
  shop: ShopForNotes;
}

/** Which template to draft from; none: the default for the customer's language. */
export type DraftChoice = { templateId: string } | { presetKey: string } | undefined;

export interface NoteDraft {
  body: string;
  language: NoteLanguage;
  /** The seller's template used; absent when a built-in preset was. */
  templateId?: string;
  presetKey?: string;
  /** The suggested personal line in the draft's language; empty on a first order. */
  personalLine: string;
  values: NoteValues;
}

/**
 * The default template of a language: the one marked default (a seller's own before a sample one, then
 * the latest changed, should two be marked), else the first by name. Undefined when there is none.
 */
export function defaultTemplate<T extends DraftTemplate>(
  templates: readonly T[],
  language: NoteLanguage,
): T | undefined {
  const inLanguage = templates.filter((t) => t.language === language);
  const marked = inLanguage
    .filter((t) => t.isDefault)
    .sort((a, b) => (a.sample ?? 0) - (b.sample ?? 0) || b.updatedAt - a.updatedAt);
  return marked[0] ?? [...inLanguage].sort((a, b) => a.name.localeCompare(b.name))[0];
}

export function composeDraft(ctx: NoteDraftContext, choice?: DraftChoice): NoteDraft {
  let source: { body: string; language: NoteLanguage; templateId?: string; presetKey?: string } | undefined;
  if (choice && 'templateId' in choice) {
    const t = ctx.templates.find((x) => x.id === choice.templateId);
    if (t) source = { body: t.body, language: t.language, templateId: t.id };
  } else if (choice && 'presetKey' in choice) {
    const p = presetByKey(choice.presetKey);
    if (p) source = { body: p.body, language: p.language, presetKey: p.key };
  }
  if (!source) {
    const t = defaultTemplate(ctx.templates, ctx.noteLanguage);
    const p = defaultPreset(ctx.noteLanguage);
    source = t
      ? { body: t.body, language: t.language, templateId: t.id }
      : { body: p.body, language: p.language, presetKey: p.key };
  }
  const values = noteValues({
    language: source.language,
    customerName: ctx.customerName,
    order: ctx.order,
    customerOrders: ctx.customerOrders,
    shop: ctx.shop,
  });
  const { body: _template, ...which } = source;
  return {
    ...which,
    body: renderNote(source.body, values).text,
    personalLine: values.personalLine,
    values,
  };
}
