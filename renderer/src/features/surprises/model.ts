// Small helpers the surprise screens share. No zod here: Today and the order page load this.
import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import type { Surprise } from '@shared/domain/other';
import type { Ineligibility } from '@shared/surprises/choose';
import { SurpriseRefused } from '@shared/surprises/errors';
import { ValidationError } from '@shared/validation';

export type SurpriseKind = Surprise['kind'];

export const kindColor: Record<SurpriseKind, string> = {
  sticker: 'pink',
  'mini-print': 'grape',
  'discount-code': 'teal',
  sample: 'orange',
  other: 'gray',
};

/** A refused or failed surprise write as a sentence in the UI language. */
export function refusalText(e: unknown, t: TFunction<'surprises'>, date: (iso: string) => string): string {
  if (e instanceof SurpriseRefused) {
    return t(`errors.${e.reason}`, { date: e.givenDate ? date(e.givenDate) : '', count: e.count ?? 0 });
  }
  if (e instanceof ValidationError) return e.issues.map((i) => i.message).join('; ');
  return t('errors.unknown', { reason: e instanceof Error ? e.message : String(e) });
}

/** Why a surprise cannot go in this parcel, as shown in "pick another". */
export function reasonText(
  reasons: readonly Ineligibility[],
  givenDate: string | undefined,
  t: TFunction<'surprises'>,
  date: (iso: string) => string,
): string {
  const first = reasons[0];
  if (!first) return '';
  if (first === 'given-before' && givenDate) return t('pick.givenOn', { date: date(givenDate) });
  return t(`pick.reason.${first}`);
}

// ---- "None": the seller chose no surprise for a parcel ----
// Kept for the session (not stored): the choice matters while packing, and Today and the order page agree.

const skipped = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSkipped(orderId: string, skip: boolean): void {
  if (skip === skipped.has(orderId)) return;
  if (skip) skipped.add(orderId);
  else skipped.delete(orderId);
  version += 1;
  for (const l of listeners) l();
}

/** Whether the seller chose "None" for this order's parcel in this session. */
export function useSkipped(orderId: string): boolean {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  return skipped.has(orderId);
}
