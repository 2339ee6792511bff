// Reading Etsy's "Download Your Reviews" file (reviews.json): a JSON array of records with exactly
// reviewer, date_reviewed (MM/DD/YYYY), star_rating (1-5), message and order_id. Everything is checked before
// anything is returned: one bad record fails the whole file, with every problem named by item (counted from 1,
// as a person counts) and field, so nothing is ever half imported. Keys Etsy may add later are ignored.
// Duplicates (one record per item of an order) are kept here; planReviewImport collapses them.
import { z } from 'zod';

/** One record of the file, normalised. */
export interface EtsyReview {
  /** Position in the file, from 1. */
  item: number;
  /** Etsy's order_id as text, like every external id in Tezgah. */
  externalOrderId: string;
  rating: number;
  /** YYYY-MM-DD. */
  date: string;
  text: string;
  /** As Etsy gives it ("Inactive Etsy Member" included); absent when empty. */
  reviewer?: string;
}

/** What is wrong with a field, as a code the screens translate; `message` is the English text. */
export const issueCodes = [
  'not-an-object',
  'missing',
  'not-text',
  'too-long',
  'bad-date',
  'bad-rating',
  'bad-order-id',
  'inexact-order-id',
] as const;
export type IssueCode = (typeof issueCodes)[number];

export interface ImportIssue {
  item: number;
  /** The file's own field name (star_rating…); absent when the whole record is wrong. */
  field?: string;
  code: IssueCode;
  message: string;
}

export type FileProblem = 'empty' | 'not-json' | 'not-a-list' | 'bad-records';

export type EtsyReviewsParse =
  | { ok: true; reviews: EtsyReview[] }
  | { ok: false; problem: FileProblem; message: string; issues: ImportIssue[] };

const MAX_REVIEWER = 200;
const MAX_MESSAGE = 20_000;
/** How many problems the message spells out; `issues` has them all. */
const SHOWN_ISSUES = 5;

const err = (code: IssueCode) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? 'missing' : code),
});

const recordSchema = z.object(
  {
    reviewer: z.string(err('not-text')).max(MAX_REVIEWER, 'too-long'),
    date_reviewed: z.string(err('bad-date')).transform((s, ctx) => {
      const date = etsyDate(s);
      if (date === undefined) ctx.issues.push({ code: 'custom', message: 'bad-date', input: s });
      return date ?? z.NEVER;
    }),
    star_rating: z.number(err('bad-rating')).int('bad-rating').min(1, 'bad-rating').max(5, 'bad-rating'),
    // Seen as "" when the buyer left stars only; null is read the same way.
    message: z.string(err('not-text')).max(MAX_MESSAGE, 'too-long').nullable(),
    order_id: z.unknown().transform((v, ctx) => {
      const id = orderId(v);
      if (typeof id === 'string') return id;
      ctx.issues.push({ code: 'custom', message: id.code, input: v });
      return z.NEVER;
    }),
  },
  { error: () => 'not-an-object' },
);

export function parseEtsyReviews(text: string): EtsyReviewsParse {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('empty', 'The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const csv = /^\s*"?[\p{L} ]+"?,/u.test(body) ? ' It looks like a CSV file (an orders export?).' : '';
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return fail(
      'not-json',
      `This is not a JSON file${detail}.${csv} Choose the reviews.json from Etsy's "Download Your Reviews".`,
    );
  }
  return readEtsyReviews(data);
}

/** The same checks on already-parsed JSON. */
export function readEtsyReviews(data: unknown): EtsyReviewsParse {
  if (!Array.isArray(data)) {
    return fail(
      'not-a-list',
      `reviews.json should hold a list of reviews ([ … ]); this file holds ${describe(data)}.`,
    );
  }
  const parsed = z.array(recordSchema).safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(toIssue);
    const shown = issues.slice(0, SHOWN_ISSUES).map(issueText);
    const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more` : '';
    const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    return {
      ok: false,
      problem: 'bad-records',
      message: `reviews.json has ${problems}, so nothing was imported: ${shown.join('; ')}${more}.`,
      issues,
    };
  }
  return {
    ok: true,
    reviews: parsed.data.map((r, i) => {
      const out: EtsyReview = {
        item: i + 1,
        externalOrderId: r.order_id,
        rating: r.star_rating,
        date: r.date_reviewed,
        text: r.message ?? '',
      };
      const reviewer = r.reviewer.trim();
      if (reviewer) out.reviewer = reviewer;
      return out;
    }),
  };
}

/** "item 3: star_rating must be a whole number from 1 to 5". */
export function issueText(i: ImportIssue): string {
  return `item ${i.item}: ${i.message}`;
}

/** `MM/DD/YYYY` (one-digit month or day tolerated) to `YYYY-MM-DD`; undefined when not a real date. */
export function etsyDate(s: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const [, mm, dd, yyyy] = m as unknown as [string, string, string, string];
  const y = Number(yyyy);
  const mo = Number(mm);
  const d = Number(dd);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return `${yyyy}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}`;
}

function orderId(v: unknown): string | { code: IssueCode } {
  if (v === undefined) return { code: 'missing' };
  // Etsy writes a number. Past 2^53 JSON.parse has already rounded it: refuse rather than link the wrong order.
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v <= 0) return { code: 'bad-order-id' };
    return Number.isSafeInteger(v) ? String(v) : { code: 'inexact-order-id' };
  }
  // Other tools write big ids as text; digits only.
  if (typeof v === 'string' && /^\d{1,20}$/.test(v.trim()) && !/^0+$/.test(v.trim())) return v.trim();
  return { code: 'bad-order-id' };
}

function toIssue(i: z.ZodError['issues'][number]): ImportIssue {
  const [index, field] = i.path;
  const code = (issueCodes as readonly string[]).includes(i.message)
    ? (i.message as IssueCode)
    : 'not-an-object';
  const issue: ImportIssue = {
    item: typeof index === 'number' ? index + 1 : 0,
    code,
    message: '',
  };
  if (typeof field === 'string') issue.field = field;
  issue.message = englishMessage(code, issue.field);
  return issue;
}

function englishMessage(code: IssueCode, field = 'the record'): string {
  switch (code) {
    case 'not-an-object':
      return 'is not a review record ({ "reviewer": …, "star_rating": … })';
    case 'missing':
      return `${field} is missing`;
    case 'not-text':
      return `${field} must be text`;
    case 'too-long':
      return `${field} is too long`;
    case 'bad-date':
      return `${field} must be a date as MM/DD/YYYY`;
    case 'bad-rating':
      return `${field} must be a whole number from 1 to 5`;
    case 'bad-order-id':
      return `${field} must be a whole number`;
    case 'inexact-order-id':
      return `${field} is too large to read exactly`;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a text';
  return `a ${typeof v}`;
}

function fail(problem: FileProblem, message: string): EtsyReviewsParse {
  return { ok: false, problem, message, issues: [] };
}
