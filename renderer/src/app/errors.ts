import type { TFunction } from 'i18next';

/** A caught error as a sentence in the UI language; known errors have their own translation. */
export function errorMessage(e: unknown, t: TFunction): string {
  if (e instanceof Error && e.name === 'SampleShopError') return t('common:empty.sampleAlreadyLoaded');
  return e instanceof Error ? e.message : String(e);
}
