// What the seller does around an order: note templates, thank-you notes, surprises in parcels (never the
// same one twice for a customer), and a few reminders.
import { firstName, type Customer } from '../domain/customer';
import type { Case, Note, NoteTemplate, Reminder, Review, Surprise, SurpriseGift } from '../domain/other';
import type { Calendar } from './calendar';
import { surpriseSpecs, THANK_YOU_CODE } from './catalogue';
import type { OrderFacts } from './orders';
import type { Rng } from './random';
import { fill, noteTemplateSpecs, reminderTexts } from './texts';

export function makeTemplates(r: Rng, cal: Calendar, now: number): NoteTemplate[] {
  return noteTemplateSpecs.map((t) => ({
    ...t,
    id: r.uuid(),
    createdAt: cal.moment(-700, r, now),
    updatedAt: now,
    sample: 1 as const,
  }));
}

/** Surprises and the gifts drawn from them. A customer's gifts so far are a bit mask (there are < 32). */
export class Parcels {
  readonly surprises: Surprise[];
  readonly gifts: SurpriseGift[] = [];
  private readonly active: number[];
  private readonly cardBit: number;

  constructor(
    private readonly r: Rng,
    private readonly cal: Calendar,
    private readonly now: number,
  ) {
    this.surprises = surpriseSpecs.map((s): Surprise => ({
      ...s,
      id: r.uuid(),
      currency: 'USD',
      createdAt: cal.moment(-720, r, now),
      updatedAt: now,
      sample: 1,
    }));
    this.active = this.surprises.flatMap((s, i) => (s.active ? [i] : []));
    this.cardBit = 1 << this.surprises.findIndex((s) => s.code === THANK_YOU_CODE);
  }

  /** Whether the customer has had the THANKYOU10 card, so may use the code on a later order. */
  hasCard(given: number): boolean {
    return (given & this.cardBit) !== 0;
  }

  /** Maybe puts a surprise in a sent parcel; returns the customer's updated mask. */
  give(f: OrderFacts, given: number, noSurprises: boolean): number {
    if (f.shipped === undefined || noSurprises || !this.r.chance(0.3)) return given;
    const n = this.active.length;
    const start = this.r.int(0, n - 1);
    for (let k = 0; k < n; k++) {
      const i = this.active[(start + k) % n];
      const surprise = i === undefined ? undefined : this.surprises[i];
      if (i === undefined || !surprise || given & (1 << i)) continue;
      this.gifts.push({
        id: this.r.uuid(),
        surpriseId: surprise.id,
        orderId: f.order.id,
        customerId: f.order.customerId,
        givenDate: this.cal.date(f.shipped),
        createdAt: this.cal.moment(f.shipped, this.r, this.now),
        updatedAt: this.now,
        sample: 1,
      });
      return given | (1 << i);
    }
    return given;
  }
}

/** Notes for recently sent orders (written or printed) and for ready ones (still to write). */
export function makeNotes(
  r: Rng,
  cal: Calendar,
  now: number,
  facts: readonly OrderFacts[],
  customers: readonly Customer[],
  templates: readonly NoteTemplate[],
): Note[] {
  const notes: Note[] = [];
  const find = (name: string) => templates.find((t) => t.name === name);
  for (const f of facts) {
    const o = f.order;
    const sent = f.shipped !== undefined && f.shipped >= -180;
    if (!(sent ? r.chance(0.45) : o.status === 'ready' && r.chance(0.6))) continue;
    const c = customers[f.customer];
    if (!c) continue;
    const tr = c.preferences.noteLanguage === 'tr';
    const template =
      (o.giftMessage && !tr ? find('Gift order') : undefined) ??
      (c.stats.firstOrderDate && c.stats.firstOrderDate < o.orderedDate
        ? find(tr ? 'Tekrar hoş geldiniz' : 'Welcome back')
        : undefined) ??
      find(tr ? 'Teşekkürler' : 'Thank you');
    const handwritten = r.chance(0.65);
    const day = f.shipped ?? f.ordered;
    const note: Note = {
      id: r.uuid(),
      orderId: o.id,
      customerId: o.customerId,
      body: fill(template?.body ?? 'Thank you, {firstName}!', firstName(c.name), o.items[0]?.title),
      mode: handwritten ? 'handwritten' : 'printed',
      written: sent,
      createdAt: cal.moment(day - 1, r, now),
      updatedAt: now,
      sample: 1,
    };
    if (template) note.templateId = template.id;
    if (sent && !handwritten) note.printedAt = cal.moment(day - 1, r, now);
    notes.push(note);
  }
  return notes;
}

/** A few reminders: notes to write, reviews to ask for (respecting the customer's wish), cases to chase. */
export function makeReminders(
  r: Rng,
  cal: Calendar,
  now: number,
  facts: readonly OrderFacts[],
  customers: readonly Customer[],
  reviews: readonly Review[],
  cases: readonly Case[],
): Reminder[] {
  const reviewed = new Set(reviews.map((rv) => rv.orderId));
  const candidates: (() => Reminder)[] = [];
  const base = (kind: Reminder['kind'], customerId: string | undefined, orderId: string | undefined) => {
    const row: Reminder = {
      id: r.uuid(),
      kind,
      dueDate: cal.today,
      state: 'due',
      text: reminderTexts[kind],
      createdAt: cal.moment(-1, r, now),
      updatedAt: now,
      sample: 1,
    };
    if (customerId) row.customerId = customerId;
    if (orderId) row.orderId = orderId;
    return row;
  };
  for (const f of facts) {
    const o = f.order;
    if (o.status === 'ready' || o.status === 'printing') {
      candidates.push(() => ({
        ...base('thank-you-note', o.customerId, o.id),
        dueDate: o.shipBy ?? cal.today,
      }));
    } else if (f.delivered !== undefined && f.delivered >= -21 && !reviewed.has(o.id)) {
      if (customers[f.customer]?.preferences.noReviewRequests) continue;
      const due = (f.delivered ?? 0) + 7;
      candidates.push(() => {
        const row = { ...base('review-request', o.customerId, o.id), dueDate: cal.date(due) };
        if (due <= 0 && r.chance(0.3)) {
          row.state = 'snoozed';
          row.snoozedUntil = cal.date(r.int(1, 5));
        } else if (due <= -3 && r.chance(0.3)) row.state = 'done';
        return row;
      });
    }
  }
  for (const c of cases) {
    if (c.outcome !== 'open') continue;
    candidates.push(() => ({
      ...base('follow-up', c.customerId, c.orderId),
      dueDate: cal.date(r.int(0, 3)),
    }));
  }
  const limit = Math.max(3, Math.ceil(facts.length / 50));
  return r.sampleIndices(candidates.length, limit).flatMap((i) => candidates[i]?.() ?? []);
}
