// What the print view prints: one card per order, with the order's thank-you note. The notes capability
// owns this module; the print view only calls `noteCards` and `markNotesPrinted`.
import { firstName } from '@shared/domain/customer';
import { newId } from '@shared/domain/common';
import { composeDraft } from '@shared/notes/draft';
import { appDb, type TezgahDb } from './db';
import { noteContexts } from './notes';

export interface NoteCard {
  orderId: string;
  customerName: string;
  firstName: string;
  language: 'en' | 'tr';
  /** Plain text; line breaks are kept. Never HTML. */
  body: string;
}

/**
 * Cards in the order asked for; unknown order ids are skipped. The body is the order's saved note, or else
 * the draft the note editor would show (the default template of the customer's note language, filled in).
 */
export async function noteCards(orderIds: readonly string[], db: TezgahDb = appDb()): Promise<NoteCard[]> {
  const orders = await db.orders.bulkGet([...orderIds]);
  const found = orders.filter((o) => o !== undefined);
  const contexts = await noteContexts(found, { db });
  return found.flatMap((o) => {
    const ctx = contexts.get(o.id);
    if (!ctx) return [];
    const name = ctx.customerName;
    const draft = ctx.note ? undefined : composeDraft(ctx);
    return [
      {
        orderId: o.id,
        customerName: name,
        firstName: firstName(name),
        language: draft?.language ?? ctx.noteLanguage,
        body: ctx.note?.body ?? draft?.body ?? '',
      },
    ];
  });
}

/** Records that these orders' notes went out printed (creating the note from the card when none was saved). */
export async function markNotesPrinted(
  cards: readonly NoteCard[],
  { db = appDb(), now = Date.now }: { db?: TezgahDb; now?: () => number } = {},
): Promise<void> {
  const t = now();
  await db.transaction('rw', db.notes, db.orders, async () => {
    for (const card of cards) {
      const order = await db.orders.get(card.orderId);
      if (!order) continue;
      const note = await db.notes.where('orderId').equals(card.orderId).first();
      if (note) await db.notes.put({ ...note, mode: 'printed', written: false, printedAt: t, updatedAt: t });
      else
        await db.notes.add({
          id: newId(),
          orderId: order.id,
          customerId: order.customerId,
          body: card.body,
          mode: 'printed',
          written: false,
          printedAt: t,
          createdAt: t,
          updatedAt: t,
        });
    }
  });
}
