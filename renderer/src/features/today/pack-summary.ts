// What a collapsed parcel row says about its note and surprise, from the rows Today already read.
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import { suggestSurprise } from '@shared/surprises/choose';
import type { PackExtras } from '@/db/today-reads';

export { noteStatus as noteState } from '@shared/notes/status';

export interface SurpriseLine {
  kind: 'given' | 'suggested' | 'none' | 'optedOut';
  name?: string;
}

export function surpriseLine(order: Order, customer: Customer | undefined, extras: PackExtras): SurpriseLine {
  const gift = extras.gifts.get(order.id);
  if (gift)
    return { kind: 'given', name: extras.surprises.find((s) => s.id === gift.surpriseId)?.name ?? '?' };
  if (customer?.preferences.noSurprises) return { kind: 'optedOut' };
  if (!customer) return { kind: 'none' };
  // The same choice the parcel's surprise panel makes, so the row and the open checklist agree.
  const pick = suggestSurprise(extras.surprises, extras.given.get(order.customerId) ?? [], customer);
  return pick.surprise ? { kind: 'suggested', name: pick.surprise.name } : { kind: 'none' };
}
