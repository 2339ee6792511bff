// Translation bundles by namespace. The first screen's namespaces are bundled with the app; every other
// feature's loads with its screen (a feature adds its loader here, and its bundle to ./bundles for the tests).
import * as common from './common';
import * as orders from '@/features/orders/i18n';
import * as today from '@/features/today/i18n';

export const languages = ['en', 'tr'] as const;
export type Language = (typeof languages)[number];

type Bundle = { en: object; tr: object };

const first = { common, today, orders } satisfies Record<string, Bundle>;

export const loaders: Record<string, () => Promise<Bundle>> = {
  customers: () => import('@/features/customers/i18n'),
  settings: () => import('@/features/settings/i18n'),
  notes: () => import('@/features/notes/i18n'),
  print: () => import('@/features/notes/print/i18n'),
  surprises: () => import('@/features/surprises/i18n'),
  reminders: () => import('@/features/reminders/i18n'),
  reviews: () => import('@/features/reviews/i18n'),
  insights: () => import('@/features/insights/i18n'),
  cases: () => import('@/features/cases/i18n'),
  surveys: () => import('@/features/surveys/i18n'),
};

export const namespaces = [...Object.keys(first), ...Object.keys(loaders)];

export const resources = {
  en: Object.fromEntries(Object.entries(first).map(([ns, b]) => [ns, b.en])),
  tr: Object.fromEntries(Object.entries(first).map(([ns, b]) => [ns, b.tr])),
};
