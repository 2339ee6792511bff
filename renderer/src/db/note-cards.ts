// What the print view prints: one card per order, with the order's thank-you note. The notes capability
// owns this module; the print view only calls `noteCards` and `markNotesPrinted`.
import { firstName } from '@shared/domain/customer';
import { newId } from '@shared/domain/common';
import { appDb, type TezgahDb } from './db';

export interface NoteCard {
  orderId: string;
  customerName: string;
  firstName: string;
  language: 'en' | 'tr';
  /** Plain text; line breaks are kept. Never HTML. */
  body: string;
}

/** Cards in the order asked for; unknown order ids are skipped. */
export async function noteCards(orderIds: readonly string[], db: TezgahDb = appDb()): Promise<NoteCard[]> {
  const orders = await db.orders.bulkGet([...orderIds]);
  const found = orders.filter((o) => o !== undefined);
  const customers = await db.customers.bulkGet(found.map((o) => o.customerId));
  const notes = await db.notes
    .where('orderId')
    .anyOf(found.map((o) => o.id))
    .toArray();
  return found.map((o, i) => {
    const c = customers[i];
    const name = c?.name ?? '';
    const note = notes.find((n) => n.orderId === o.id);
    return {
      orderId: o.id,
      customerName: name,
      firstName: firstName(name),
      language: c?.preferences.noteLanguage ?? 'en',
      body: note?.body ?? `Thank you, ${firstName(name)}!`,
    };
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
      if (note) await db.notes.put({ ...note, mode: 'printed', printedAt: t, updatedAt: t });
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
