// What a collapsed parcel row says about its note and surprise, from the rows Today already read.
import type { Order } from '@shared/domain/order';
import type { Note } from '@shared/domain/other';
import type { PackExtras } from '@/db/today-reads';

export type NoteState = 'none' | 'draft' | 'written' | 'printed';

export function noteState(note: Note | undefined): NoteState {
  if (!note) return 'none';
  if (note.printedAt !== undefined) return 'printed';
  if (note.mode === 'handwritten' && note.written) return 'written';
  return 'draft';
}

export interface SurpriseLine {
  kind: 'given' | 'suggested' | 'none' | 'optedOut';
  name?: string;
}

export function surpriseLine(order: Order, extras: PackExtras): SurpriseLine {
  const gift = extras.gifts.get(order.id);
  if (gift)
    return { kind: 'given', name: extras.surprises.find((s) => s.id === gift.surpriseId)?.name ?? '?' };
  const customer = extras.customers.get(order.customerId);
  if (customer?.preferences.noSurprises) return { kind: 'optedOut' };
  // TODO(lead): replace with the surprises capability's suggestSurprise.
  const given = extras.given.get(order.customerId) ?? new Set<string>();
  const pick = extras.surprises.find((s) => s.active && s.stock > 0 && !given.has(s.id));
  return pick ? { kind: 'suggested', name: pick.name } : { kind: 'none' };
}
