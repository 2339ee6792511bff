// Database schema versions. One constant per version, never edited once shipped; a new version gets a new
// constant, an upgrade function and an upgrade test (tests/dom/db-upgrade.test.ts).
//
// The queries the screens run, and the index that serves each:
// - customers list by name (folded)             customers.sortName (primary keys only, rows fetched per window)
// - customer search as you type (word prefix)   customers.*searchWords
// - import dedupe by Etsy id / username / Shopify id / email
//                                               customers.etsyBuyerId, .etsyUsername, .shopifyId, .email
// - orders list newest first, date range        orders.orderedDate
// - orders filtered by status / channel         orders.[status+orderedDate], orders.[channel+orderedDate]
// - board columns and Today (what to print/pack by ship-by date)
//                                               orders.[status+shipBy]
// - a customer's orders                         orders.customerId
// - external order id unique per channel        orders.&channelKey
// - reminders due / snoozed by date             reminders.[state+dueDate], .customerId, .orderId
// - an order's note, a customer's notes         notes.orderId, notes.customerId
// - surprises by name, gifts per order/customer/surprise
// - reviews by date, rating, order, customer, channel order id
// - cases by review / customer / order / outcome; surveys by date, kind, customer
// - "Remove sample data"                        every table's `sample` index
// - insights: reviews, survey answers and case response times per day, packed by month (kept at write time,
//   see aggregates.ts)                            reviewMonths.date, surveyMonths.date, caseMonths.date
// - orders per status (Today, sidebar, board)   orderCounts (kept at write time, see aggregates.ts)
export const DB_NAME = 'tezgah';

/** v1 (2026-11-23): the whole domain from the start. */
export const SCHEMA_V1 = {
  customers: 'id, sortName, *searchWords, etsyBuyerId, etsyUsername, shopifyId, email, createdDate, sample',
  orders:
    'id, customerId, &channelKey, orderedDate, [status+orderedDate], [channel+orderedDate], [status+shipBy], sample',
  reminders: 'id, [state+dueDate], customerId, orderId, kind, sample',
  noteTemplates: 'id, language, sample',
  notes: 'id, orderId, customerId, sample',
  surprises: 'id, name, kind, sample',
  surpriseGifts: 'id, orderId, customerId, surpriseId, givenDate, sample',
  reviews: 'id, date, rating, orderId, customerId, externalOrderId, sample',
  cases: 'id, reviewId, customerId, orderId, outcome, sample',
  surveys: 'id, date, kind, customerId, orderId, sample',
  settings: 'key',
  meta: 'key',
} as const;

/**
 * v2 (2026-12-07): day rows, packed by month, of reviews (`${month}|${channel}`), survey answers
 * (`${month}|${kind}`) and case response times (`${month}|${kind}`, by UTC day of opening): built from the
 * existing rows by upgradeToV2 and kept by the DayRows middleware; the number of orders in each status.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  reviewMonths: 'key, date',
  surveyMonths: 'key, date',
  caseMonths: 'key, date',
  orderCounts: 'key',
} as const;

export const CURRENT_VERSION = 2;
