import Dexie, { type EntityTable } from 'dexie';
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import type {
  Case,
  Meta,
  Note,
  NoteTemplate,
  Reminder,
  Review,
  Setting,
  Surprise,
  SurpriseGift,
  Survey,
} from '@shared/domain/other';
import { orderCounts, type OrderCount } from '@shared/domain/order-counts';
import { caseDays, type CaseDay } from '@shared/insights/case-days';
import { packedByMonth, type MonthPack } from '@shared/insights/day-rows';
import { reviewDays, type ReviewDay } from '@shared/insights/review-days';
import { surveyDays, type SurveyDay } from '@shared/insights/survey-days';
import { dayRowsMiddleware, type Tracked } from './aggregates';
import { writeCounter } from './result-cache';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2 } from './schema';
import { upgradeToV2 } from './upgrades';

/** The day-row tables and the tables they count (see aggregates.ts). */
const dayTables: Tracked[] = [
  { source: 'reviews', target: 'reviewMonths', aggregate: packedByMonth(reviewDays) },
  { source: 'surveys', target: 'surveyMonths', aggregate: packedByMonth(surveyDays) },
  { source: 'cases', target: 'caseMonths', aggregate: packedByMonth(caseDays) },
  { source: 'orders', target: 'orderCounts', aggregate: orderCounts },
];

export class TezgahDb extends Dexie {
  customers!: EntityTable<Customer, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  noteTemplates!: EntityTable<NoteTemplate, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  surprises!: EntityTable<Surprise, 'id'>;
  surpriseGifts!: EntityTable<SurpriseGift, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  surveys!: EntityTable<Survey, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  meta!: EntityTable<Meta, 'key'>;
  reviewMonths!: EntityTable<MonthPack<ReviewDay>, 'key'>;
  surveyMonths!: EntityTable<MonthPack<SurveyDay>, 'key'>;
  caseMonths!: EntityTable<MonthPack<CaseDay>, 'key'>;
  orderCounts!: EntityTable<OrderCount, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.use(dayRowsMiddleware(dayTables));
    this.use(writeCounter());
  }
}

/**
 * Every table, for whole-database operations (sample removal, backups, wipes). The day tables are not
 * among them: they follow the tables they count.
 */
export const allTables = [
  'customers',
  'orders',
  'reminders',
  'noteTemplates',
  'notes',
  'surprises',
  'surpriseGifts',
  'reviews',
  'cases',
  'surveys',
] as const;

// Dexie switches on its debug mode (a console task per query, long async stack traces) for any page served
// from localhost. The app runs from app://, where it is off: built pages served locally (e2e, bench) match.
if (!import.meta.env.DEV) Dexie.debug = false;

let current: TezgahDb | undefined;

/** The app's database. Tests pass their own `TezgahDb` to repository functions instead. */
export function appDb(): TezgahDb {
  current ??= new TezgahDb();
  return current;
}

/**
 * Another window opened a newer schema: close so it can upgrade, and tell the app to ask for a reload,
 * rather than keep writing rows in the old format.
 */
export function watchVersionChange(db: TezgahDb, onOutdated: () => void): void {
  db.on('versionchange', () => {
    db.close();
    onOutdated();
    return false;
  });
}
