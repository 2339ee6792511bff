// Satisfaction survey answers: NPS (0–10) and CSAT (1–5), per customer and order, by hand or from a CSV file.
//
// Writes are validated through zod at this boundary. A CSV import is read and checked first (nothing written:
// the preview lists the valid rows and the rows with problems), then every valid row is written in one
// transaction when the seller confirms. A file that is not a CSV with the needed columns writes nothing.
import { z } from 'zod';
import { idSchema, isoDateSchema, newId } from '@shared/domain/common';
import { channels } from '@shared/domain/order';
import { channelKey } from '@shared/domain/order-rules';
import { surveySchema, type Survey } from '@shared/domain/other';
import { parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';

export interface Deps {
  db?: TezgahDb;
  now?: () => number;
}

export type SurveyKind = Survey['kind'];

/** What the "Add answer" form sends. */
export const surveyInputSchema = z
  .object({
    kind: z.enum(['nps', 'csat']),
    score: z.number('Score must be a number').int('Score is a whole number'),
    date: isoDateSchema,
    customerId: idSchema.optional(),
    orderId: idSchema.optional(),
    comment: z.string().trim().max(5_000, 'Comment is too long').optional(),
  })
  .superRefine((v, ctx) => {
    const [min, max] = scoreRange(v.kind);
    if (v.score < min || v.score > max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `Score must be ${min}-${max}` });
    }
  });
export type SurveyInput = z.input<typeof surveyInputSchema>;

export function scoreRange(kind: SurveyKind): [number, number] {
  return kind === 'nps' ? [0, 10] : [1, 5];
}

/** A write refused for a reason other than a field's value. */
export class SurveyRefused extends Error {
  constructor(
    readonly reason: 'survey-missing' | 'order-missing' | 'customer-missing' | 'plan-stale',
    message: string,
  ) {
    super(message);
    this.name = 'SurveyRefused';
  }
}

function buildSurvey(
  v: z.output<typeof surveyInputSchema>,
  link: { customerId?: string; orderId?: string },
  t: number,
): Survey {
  const row: Survey = { id: newId(), createdAt: t, updatedAt: t, kind: v.kind, score: v.score, date: v.date };
  if (link.customerId) row.customerId = link.customerId;
  if (link.orderId) row.orderId = link.orderId;
  const comment = v.comment?.trim();
  if (comment) row.comment = comment;
  return parseOrThrow(surveySchema, row, 'survey');
}

/** Records one answer. An order links its customer too; a picked customer must exist. */
export async function addSurvey(
  input: SurveyInput,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<Survey> {
  const v = parseOrThrow(surveyInputSchema, input, 'survey');
  const t = now();
  return db.transaction('rw', [db.surveys, db.orders, db.customers], async () => {
    const link: { customerId?: string; orderId?: string } = {};
    if (v.orderId) {
      const order = await db.orders.get(v.orderId);
      if (!order) throw new SurveyRefused('order-missing', 'This order no longer exists');
      link.orderId = order.id;
      link.customerId = order.customerId;
    } else if (v.customerId) {
      if (!(await db.customers.get(v.customerId))) {
        throw new SurveyRefused('customer-missing', 'This customer no longer exists');
      }
      link.customerId = v.customerId;
    }
    const row = buildSurvey(v, link, t);
    await db.surveys.add(row);
    return row;
  });
}

export async function deleteSurvey(id: string, { db = appDb() }: Deps = {}): Promise<Survey> {
  return db.transaction('rw', db.surveys, async () => {
    const row = await db.surveys.get(id);
    if (!row) throw new SurveyRefused('survey-missing', 'This answer no longer exists');
    await db.surveys.delete(id);
    return row;
  });
}

/** A customer's answers, newest first (by the customerId index). */
export async function surveysForCustomer(customerId: string, { db = appDb() }: Deps = {}): Promise<Survey[]> {
  const rows = await db.surveys.where('customerId').equals(customerId).toArray();
  return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt - a.createdAt));
}

export interface SurveyRow extends Survey {
  customerName?: string;
  orderNumber?: string;
}

/** Every answer newest first (the `date` index), with customer names and order numbers. */
export async function surveyRows({ db = appDb() }: Deps = {}): Promise<SurveyRow[]> {
  return db.transaction('r', db.surveys, db.customers, db.orders, async () => {
    const rows = await db.surveys.orderBy('date').reverse().toArray();
    const customerIds = [...new Set(rows.map((r) => r.customerId).filter((c): c is string => !!c))];
    const orderIds = [...new Set(rows.map((r) => r.orderId).filter((c): c is string => !!c))];
    const [customers, orders] = await Promise.all([
      db.customers.bulkGet(customerIds),
      db.orders.bulkGet(orderIds),
    ]);
    const names = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c.name]));
    const numbers = new Map(
      orders.filter((o) => o !== undefined && o.externalId).map((o) => [o!.id, o!.externalId!]),
    );
    return rows.map((r) => {
      const out: SurveyRow = { ...r };
      const name = r.customerId ? names.get(r.customerId) : undefined;
      if (name) out.customerName = name;
      const number = r.orderId ? numbers.get(r.orderId) : undefined;
      if (number) out.orderNumber = number;
      return out;
    });
  });
}

// ---- CSV import ----

/** The most data rows a file may have. */
export const MAX_CSV_ROWS = 50_000;

export type RowProblem =
  | 'kind'
  | 'score-nps'
  | 'score-csat'
  | 'date'
  | 'comment'
  | 'customer-unknown'
  | 'order-unknown'
  | 'customer-mismatch';

export interface RowError {
  /** The line in the file (the header is row 1). */
  row: number;
  problem: RowProblem;
}

export interface SurveyCsvRow {
  row: number;
  kind: SurveyKind;
  score: number;
  date: string;
  customerId?: string;
  orderId?: string;
  comment?: string;
}

export type SurveyCsvPreview =
  | { ok: false; reason: 'empty' | 'not-csv' | 'too-many-rows' }
  | { ok: false; reason: 'missing-columns'; missing: string[] }
  | { ok: true; rows: SurveyCsvRow[]; errors: RowError[]; total: number };

/** The English wording of a row's problem (the screen translates by `problem`). */
export function rowErrorText(e: RowError): string {
  const text: Record<RowProblem, string> = {
    kind: 'kind must be nps or csat',
    'score-nps': 'score must be 0-10',
    'score-csat': 'score must be 1-5',
    date: 'date must be YYYY-MM-DD',
    comment: 'comment is too long',
    'customer-unknown': 'no customer with this email or username',
    'order-unknown': 'no order with this number',
    'customer-mismatch': 'the order belongs to another customer',
  };
  return `row ${e.row}: ${text[e.problem]}`;
}

type Column = 'kind' | 'score' | 'date' | 'email' | 'username' | 'order' | 'comment';
const headerNames: Record<string, Column> = {
  kind: 'kind',
  type: 'kind',
  score: 'score',
  date: 'date',
  email: 'email',
  emailaddress: 'email',
  etsyusername: 'username',
  username: 'username',
  etsyuser: 'username',
  order: 'order',
  ordernumber: 'order',
  orderno: 'order',
  orderid: 'order',
  comment: 'comment',
  comments: 'comment',
};
const required: Column[] = ['kind', 'score', 'date'];

/** NUL and other control characters (not tab, line feed, carriage return): a binary file. */
function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) return true;
  }
  return false;
}

const normalizeHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Reads a survey CSV (a header row; columns kind, score, date, and optionally email, etsy username, order
 * number, comment) and checks every row against the database. Writes nothing: the result is the preview.
 */
export async function importSurveysCsv(text: string, { db = appDb() }: Deps = {}): Promise<SurveyCsvPreview> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'empty' };
  // A binary file (a spreadsheet, an image) is not a CSV.
  if (hasControlChars(body.slice(0, 4_096))) return { ok: false, reason: 'not-csv' };
  const Papa = (await import('papaparse')).default;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header || !Array.isArray(header)) return { ok: false, reason: 'not-csv' };
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const col = headerNames[normalizeHeader(String(h))];
    if (col && !index.has(col)) index.set(col, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length === required.length) return { ok: false, reason: 'not-csv' };
  if (missing.length > 0) return { ok: false, reason: 'missing-columns', missing };
  if (data.length > MAX_CSV_ROWS) return { ok: false, reason: 'too-many-rows' };

  const cell = (r: string[], c: Column) => {
    const i = index.get(c);
    return i === undefined ? '' : String(r[i] ?? '').trim();
  };
  const rows = data.map((r, i) => ({
    row: i + 2,
    kind: cell(r, 'kind').toLowerCase(),
    score: cell(r, 'score'),
    date: cell(r, 'date'),
    email: cell(r, 'email').toLowerCase(),
    username: cell(r, 'username').replace(/^@/, '').toLowerCase(),
    order: cell(r, 'order').replace(/^#/, ''),
    comment: cell(r, 'comment'),
  }));

  // The links, read by index.
  const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
  const usernames = [...new Set(rows.map((r) => r.username).filter(Boolean))];
  const numbers = [...new Set(rows.map((r) => r.order).filter(Boolean))];
  const { byEmail, byUsername, byNumber } = await db.transaction('r', db.customers, db.orders, async () => {
    const [withEmail, withUsername, orders] = await Promise.all([
      emails.length ? db.customers.where('email').anyOfIgnoreCase(emails).toArray() : [],
      usernames.length ? db.customers.where('etsyUsername').anyOfIgnoreCase(usernames).toArray() : [],
      numbers.length
        ? db.orders
            .where('channelKey')
            .anyOf(numbers.flatMap((n) => channels.map((c) => channelKey(c, n)!)))
            .toArray()
        : [],
    ]);
    return {
      byEmail: new Map(withEmail.map((c) => [c.email!.toLowerCase(), c.id])),
      byUsername: new Map(withUsername.map((c) => [c.etsyUsername!.toLowerCase(), c.id])),
      byNumber: new Map(orders.map((o) => [o.externalId!, o])),
    };
  });

  const valid: SurveyCsvRow[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const fail = (problem: RowProblem) => errors.push({ row: r.row, problem });
    if (r.kind !== 'nps' && r.kind !== 'csat') {
      fail('kind');
      continue;
    }
    const score = /^\d{1,2}$/.test(r.score) ? Number(r.score) : Number.NaN;
    const [min, max] = scoreRange(r.kind);
    if (!(score >= min && score <= max)) {
      fail(r.kind === 'nps' ? 'score-nps' : 'score-csat');
      continue;
    }
    if (!isoDateSchema.safeParse(r.date).success) {
      fail('date');
      continue;
    }
    if (r.comment.length > 5_000) {
      fail('comment');
      continue;
    }
    let customerId: string | undefined;
    if (r.email || r.username) {
      customerId =
        (r.email && byEmail.get(r.email)) || (r.username && byUsername.get(r.username)) || undefined;
      if (!customerId) {
        fail('customer-unknown');
        continue;
      }
    }
    let orderId: string | undefined;
    if (r.order) {
      const order = byNumber.get(r.order);
      if (!order) {
        fail('order-unknown');
        continue;
      }
      if (customerId && order.customerId !== customerId) {
        fail('customer-mismatch');
        continue;
      }
      orderId = order.id;
      customerId = order.customerId;
    }
    const out: SurveyCsvRow = { row: r.row, kind: r.kind, score, date: r.date };
    if (customerId) out.customerId = customerId;
    if (orderId) out.orderId = orderId;
    if (r.comment) out.comment = r.comment;
    valid.push(out);
  }
  return { ok: true, rows: valid, errors, total: rows.length };
}

/**
 * Writes the preview's valid rows, all in one transaction or none. Every row is validated first; a linked
 * customer or order deleted since the preview refuses the whole import (`plan-stale`).
 */
export async function writeSurveyImport(
  rows: readonly SurveyCsvRow[],
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<{ created: number }> {
  const t = now();
  const records = rows.map((r) => {
    const v = parseOrThrow(
      surveyInputSchema,
      { kind: r.kind, score: r.score, date: r.date, comment: r.comment },
      'survey',
    );
    const link: { customerId?: string; orderId?: string } = {};
    if (r.customerId) link.customerId = r.customerId;
    if (r.orderId) link.orderId = r.orderId;
    return buildSurvey(v, link, t);
  });
  const customerIds = [...new Set(records.map((r) => r.customerId).filter((c): c is string => !!c))];
  const orderIds = [...new Set(records.map((r) => r.orderId).filter((c): c is string => !!c))];
  return db.transaction('rw', [db.surveys, db.customers, db.orders], async () => {
    const [customers, orders] = await Promise.all([
      db.customers.bulkGet(customerIds),
      db.orders.bulkGet(orderIds),
    ]);
    if (customers.some((c) => !c) || orders.some((o) => !o)) {
      throw new SurveyRefused('plan-stale', 'Customers or orders changed since the preview');
    }
    await db.surveys.bulkAdd(records);
    return { created: records.length };
  });
}
