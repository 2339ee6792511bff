// Thank-you notes: the seller's templates (one default per language) and the note of each order.
//
// Templates are validated at this boundary: an unknown placeholder refuses the write with a ValidationError
// naming it. A seller with no template in a language is not left empty-handed: drafts then use the built-in
// preset of that language (nothing is written behind their back, reads stay reads), and Settings offers to
// add the presets as templates of their own to edit.
import { z } from 'zod';
import type { Customer } from '@shared/domain/customer';
import { idSchema, newId } from '@shared/domain/common';
import type { Order } from '@shared/domain/order';
import { noteSchema, noteTemplateSchema, type Note, type NoteTemplate } from '@shared/domain/other';
import { composeDraft, type DraftChoice, type NoteDraft, type NoteDraftContext } from '@shared/notes/draft';
import {
  noteTemplateInputSchema,
  type NoteLanguage,
  type NoteTemplateInput,
} from '@shared/notes/placeholders';
import { notePresets } from '@shared/notes/presets';
import { noteStatus, type NoteStatus } from '@shared/notes/status';
import { ValidationError, parseOrThrow } from '@shared/validation';
import type { Deps } from './customers';
import { appDb, type TezgahDb } from './db';
import { readSetting } from './settings';
import { shopSetting, type NoteMode } from './shop-settings';

export { noteStatus, type NoteStatus, type NoteDraft, type DraftChoice, type NoteTemplateInput };

// ---------------------------------------------------------------------------------------------- templates

const gone = (what: string) =>
  new ValidationError([{ path: '', message: `This ${what} no longer exists` }], what);

/** Every template: by language, the default first, then by name. */
export async function listTemplates({ db = appDb() }: Deps = {}): Promise<NoteTemplate[]> {
  const rows = await db.noteTemplates.toArray();
  return rows.sort(
    (a, b) =>
      a.language.localeCompare(b.language) ||
      Number(b.isDefault) - Number(a.isDefault) ||
      a.name.localeCompare(b.name),
  );
}

export function getTemplate(id: string, { db = appDb() }: Deps = {}) {
  return db.noteTemplates.get(id);
}

/**
 * Leaves exactly one default in a language that has templates: `prefer` when given, else the one already
 * marked (a seller's own before a sample one, then the latest changed), else the first by name.
 * Call inside the write's transaction.
 */
async function settleDefault(db: TezgahDb, language: NoteLanguage, t: number, prefer?: string) {
  const rows = await db.noteTemplates.where('language').equals(language).toArray();
  if (rows.length === 0) return;
  const marked = rows
    .filter((r) => r.isDefault)
    .sort((a, b) => (a.sample ?? 0) - (b.sample ?? 0) || b.updatedAt - a.updatedAt);
  const byName = [...rows].sort((a, b) => a.name.localeCompare(b.name));
  const keep = (prefer && rows.find((r) => r.id === prefer)) || marked[0] || byName[0];
  for (const r of rows) {
    const want = r.id === keep?.id;
    if (r.isDefault !== want) await db.noteTemplates.update(r.id, { isDefault: want, updatedAt: t });
  }
}

function buildTemplate(input: NoteTemplateInput, base: Pick<NoteTemplate, 'id' | 'createdAt'>, t: number) {
  const parsed = parseOrThrow(noteTemplateInputSchema, input, 'note template');
  return parseOrThrow(noteTemplateSchema, { ...parsed, ...base, updatedAt: t }, 'note template');
}

/** Adds a template; the first of its language, or one marked default, becomes that language's default. */
export async function createTemplate(
  input: NoteTemplateInput,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<NoteTemplate> {
  const t = now();
  const row = buildTemplate(input, { id: newId(), createdAt: t }, t);
  return db.transaction('rw', db.noteTemplates, async () => {
    await db.noteTemplates.add(row);
    await settleDefault(db, row.language, t, row.isDefault ? row.id : undefined);
    return (await db.noteTemplates.get(row.id)) as NoteTemplate;
  });
}

/**
 * Changes a template. Marking it default clears the old default; unmarking or moving the default to the
 * other language hands the default to another template of the language it left.
 */
export async function updateTemplate(
  id: string,
  input: NoteTemplateInput,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<NoteTemplate> {
  const t = now();
  return db.transaction('rw', db.noteTemplates, async () => {
    const old = await db.noteTemplates.get(id);
    if (!old) throw gone('note template');
    const row = buildTemplate(
      { ...input, ...(old.sample ? { sample: 1 as const } : {}) },
      { id, createdAt: old.createdAt },
      t,
    );
    await db.noteTemplates.put(row);
    if (old.language !== row.language) await settleDefault(db, old.language, t);
    await settleDefault(db, row.language, t, row.isDefault ? row.id : undefined);
    return (await db.noteTemplates.get(id)) as NoteTemplate;
  });
}

/** Makes this template its language's default and clears the previous one, in one transaction. */
export async function setDefaultTemplate(id: string, { db = appDb(), now = Date.now }: Deps = {}) {
  const t = now();
  return db.transaction('rw', db.noteTemplates, async () => {
    const row = await db.noteTemplates.get(id);
    if (!row) throw gone('note template');
    await settleDefault(db, row.language, t, id);
  });
}

/**
 * Deletes a template. Saved notes keep their text (only the link to the template goes); when it was the
 * default, another template of the language becomes the default. Returns that one, if any.
 */
export async function deleteTemplate(
  id: string,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<{ newDefault?: NoteTemplate }> {
  const t = now();
  return db.transaction('rw', db.noteTemplates, async () => {
    const row = await db.noteTemplates.get(id);
    if (!row) return {};
    await db.noteTemplates.delete(id);
    await settleDefault(db, row.language, t);
    if (!row.isDefault) return {};
    const next = await db.noteTemplates
      .where('language')
      .equals(row.language)
      .filter((r) => r.isDefault)
      .first();
    return next ? { newDefault: next } : {};
  });
}

/**
 * Adds the built-in presets as the seller's own templates (all languages, or one), skipping a preset whose
 * name the language already has. A language without a default gets the preset's default. Returns how many
 * were added.
 */
export async function addPresetTemplates(
  language: NoteLanguage | 'all' = 'all',
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<number> {
  const t = now();
  const presets = notePresets.filter((p) => language === 'all' || p.language === language);
  return db.transaction('rw', db.noteTemplates, async () => {
    const existing = await db.noteTemplates.toArray();
    const taken = new Set(existing.map((r) => `${r.language}:${r.name.toLowerCase()}`));
    const rows = presets
      .filter((p) => !taken.has(`${p.language}:${p.name.toLowerCase()}`))
      .map((p) =>
        buildTemplate(
          {
            name: p.name,
            language: p.language,
            body: p.body,
            // A language that has a default keeps it.
            isDefault: p.isDefault && !existing.some((r) => r.language === p.language && r.isDefault),
          },
          { id: newId(), createdAt: t },
          t,
        ),
      );
    await db.noteTemplates.bulkAdd(rows);
    for (const lang of new Set(rows.map((r) => r.language))) await settleDefault(db, lang, t);
    return rows.length;
  });
}

// ------------------------------------------------------------------------------------------------- notes

export function noteForOrder(orderId: string, { db = appDb() }: Deps = {}): Promise<Note | undefined> {
  return db.notes.where('orderId').equals(orderId).first();
}

/** The note status of each order (orders without a note: 'none'), for lists. */
export async function noteStatusesOf(
  orderIds: readonly string[],
  { db = appDb() }: Deps = {},
): Promise<Map<string, NoteStatus>> {
  const out = new Map<string, NoteStatus>(orderIds.map((id) => [id, 'none']));
  if (orderIds.length === 0) return out;
  const notes = await db.notes
    .where('orderId')
    .anyOf([...orderIds])
    .toArray();
  for (const n of notes) out.set(n.orderId, noteStatus(n));
  return out;
}

/** Everything a draft for an order needs, read in one go (the editor recomputes drafts from it). */
export interface NoteContext extends NoteDraftContext {
  orderRow: Order;
  customer?: Customer;
  note?: Note;
  /** What a new note starts as (Settings). */
  defaultMode: NoteMode;
}

/** The draft context of several orders; orders that do not exist are left out. */
export async function noteContexts(
  orders: readonly Order[],
  { db = appDb() }: Deps = {},
): Promise<Map<string, NoteContext>> {
  const out = new Map<string, NoteContext>();
  if (orders.length === 0) return out;
  const customerIds = [...new Set(orders.map((o) => o.customerId))];
  const [customers, templates, shop, notes, histories] = await Promise.all([
    db.customers.bulkGet(customerIds),
    db.noteTemplates.toArray(),
    readSetting(shopSetting, db),
    db.notes
      .where('orderId')
      .anyOf(orders.map((o) => o.id))
      .toArray(),
    Promise.all(customerIds.map((id) => db.orders.where('customerId').equals(id).toArray())),
  ]);
  const customerById = new Map(customerIds.map((id, i) => [id, customers[i]]));
  const historyById = new Map(customerIds.map((id, i) => [id, histories[i] ?? []]));
  for (const order of orders) {
    const customer = customerById.get(order.customerId);
    out.set(order.id, {
      orderRow: order,
      order,
      customer,
      customerName: customer?.name ?? '',
      noteLanguage: customer?.preferences.noteLanguage ?? 'en',
      customerOrders: historyById.get(order.customerId) ?? [],
      templates,
      shop: { name: shop.name, discountCode: shop.discountCode },
      note: notes.find((n) => n.orderId === order.id),
      defaultMode: shop.noteMode,
    });
  }
  return out;
}

export async function noteContext(orderId: string, deps: Deps = {}): Promise<NoteContext | undefined> {
  const order = await (deps.db ?? appDb()).orders.get(orderId);
  if (!order) return undefined;
  return (await noteContexts([order], deps)).get(orderId);
}

/**
 * A fresh draft for the order: the chosen template, else the default of the customer's note language
 * (else the built-in preset), filled with the order's values. Undefined when the order does not exist.
 */
export async function draftNote(
  orderId: string,
  { choice, ...deps }: Deps & { choice?: DraftChoice } = {},
): Promise<NoteDraft | undefined> {
  const ctx = await noteContext(orderId, deps);
  return ctx && composeDraft(ctx, choice);
}

export const noteInputSchema = z.object({
  body: z
    .string()
    .max(5_000, 'The note is too long (5,000 characters at most)')
    .refine((s) => s.trim() !== '', 'Write the note before saving it'),
  mode: z.enum(['handwritten', 'printed']),
  written: z.boolean().default(false),
  templateId: idSchema.optional(),
});
export type NoteInput = z.input<typeof noteInputSchema>;

/**
 * Creates or updates the order's note. `written` only counts for a handwritten note; a note switched to
 * handwritten forgets that it was printed. Editing a sample note keeps it removable with the sample shop.
 */
export async function saveNote(
  orderId: string,
  input: NoteInput,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<Note> {
  const parsed = parseOrThrow(noteInputSchema, input, 'note');
  const t = now();
  return db.transaction('rw', db.notes, db.orders, async () => {
    const order = await db.orders.get(orderId);
    if (!order) throw gone('order');
    const old = await db.notes.where('orderId').equals(orderId).first();
    const row: Note = {
      id: old?.id ?? newId(),
      orderId,
      customerId: order.customerId,
      body: parsed.body,
      mode: parsed.mode,
      written: parsed.mode === 'handwritten' && parsed.written,
      createdAt: old?.createdAt ?? t,
      updatedAt: t,
    };
    const templateId = parsed.templateId ?? old?.templateId;
    if (templateId) row.templateId = templateId;
    if (parsed.mode === 'printed' && old?.printedAt !== undefined) row.printedAt = old.printedAt;
    if (old?.sample) row.sample = 1;
    const valid = parseOrThrow(noteSchema, row, 'note');
    await db.notes.put(valid);
    return valid;
  });
}

/**
 * Ticks (or unticks) the order's note as written by hand; with no note yet, saves the default draft as a
 * handwritten note first. For checklists that have no editor open.
 */
export async function markNoteWritten(orderId: string, written: boolean, deps: Deps = {}): Promise<Note> {
  const db = deps.db ?? appDb();
  const tables = [db.notes, db.orders, db.customers, db.noteTemplates, db.settings];
  return db.transaction('rw', tables, async () => {
    const note = await noteForOrder(orderId, { db });
    if (note) return saveNote(orderId, { ...note, mode: 'handwritten', written }, { ...deps, db });
    const draft = await draftNote(orderId, { db });
    if (!draft) throw gone('order');
    return saveNote(
      orderId,
      { body: draft.body, mode: 'handwritten', written, templateId: draft.templateId },
      { ...deps, db },
    );
  });
}
