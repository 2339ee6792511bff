// Every translation bundle, statically (for the key-parity test; the app loads them through ./resources).
import * as common from './common';
import * as customers from '@/features/customers/i18n';
import * as orders from '@/features/orders/i18n';
import * as settings from '@/features/settings/i18n';
import * as today from '@/features/today/i18n';
import * as notes from '@/features/notes/i18n';
import * as surprises from '@/features/surprises/i18n';
import * as reminders from '@/features/reminders/i18n';
import * as reviews from '@/features/reviews/i18n';
import * as insights from '@/features/insights/i18n';
import * as cases from '@/features/cases/i18n';
import * as surveys from '@/features/surveys/i18n';
import * as print from '@/features/notes/print/i18n';

export const bundles = {
  common,
  customers,
  orders,
  settings,
  today,
  notes,
  surprises,
  reminders,
  reviews,
  insights,
  cases,
  surveys,
  print,
} as const;
