import { describe, expect, it } from 'vitest';
import {
  composeDraft,
  defaultTemplate,
  type DraftTemplate,
  type NoteDraftContext,
} from '@shared/notes/draft';
import { insertAt, insertPersonalLine } from '@shared/notes/insert';
import { orderHistory, ordinal, personalLine, type HistoryOrder } from '@shared/notes/personal-line';
import { notePlaceholderProblems } from '@shared/notes/placeholders';
import { defaultPreset, notePresets, presetsFor } from '@shared/notes/presets';
import { previewValues } from '@shared/notes/preview';
import { reviewIncentiveWarning } from '@shared/notes/review-incentive';
import { noteDone, noteStatus } from '@shared/notes/status';
import { itemNameOf, noteValues } from '@shared/notes/values';
import { generateShop, SAMPLE_SCALE, SAMPLE_SEED } from '@shared/sample/generate';
import { fill, noteTemplateSpecs } from '@shared/sample/texts';
import { templatePlaceholders } from '@shared/templates/render';

function order(
  id: string,
  orderedDate: string,
  title: string,
  over: Partial<HistoryOrder> = {},
): HistoryOrder {
  return { id, status: 'delivered', orderedDate, items: [{ title }], ...over };
}

const first = order('o1', '2025-01-05', 'Moon lamp');
const second = order('o2', '2025-06-10', 'Planter');
const cancelled = order('ox', '2025-08-01', 'Vase', { status: 'cancelled' });
const third = order('o3', '2026-03-01', 'Articulated dragon', { status: 'ready' });
const history = [third, cancelled, first, second];

describe('order history', () => {
  it('counts the order among the customer’s live orders, cancelled ones not included', () => {
    expect(orderHistory(third, history)).toEqual({ position: 3, previous: second });
    expect(orderHistory(first, history)).toEqual({ position: 1 });
    // The history does not have to hold the order itself.
    expect(orderHistory(third, [first]).position).toBe(2);
  });

  it('breaks same-day ties by creation time', () => {
    const a = order('b', '2025-01-05', 'A', { createdAt: 1 });
    const b = order('a', '2025-01-05', 'B', { createdAt: 2 });
    expect(orderHistory(b, [a, b])).toEqual({ position: 2, previous: a });
    expect(orderHistory(a, [a, b]).position).toBe(1);
  });
});

describe('ordinals', () => {
  it('writes English ordinals, teens included', () => {
    const got = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => ordinal(n, 'en'));
    expect(got).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });
  it('writes Turkish ordinals with a dot', () => {
    expect(ordinal(3, 'tr')).toBe('3.');
    expect(ordinal(21, 'tr')).toBe('21.');
  });
});

describe('personal line', () => {
  it('mentions the order number and the last thing bought, in English and Turkish', () => {
    expect(personalLine(third, history, 'en')).toBe(
      'This is your 3rd order; last time you chose the Planter.',
    );
    expect(personalLine(third, history, 'tr')).toBe('Bu 3. siparişiniz; geçen sefer Planter almıştınız.');
  });

  it('notices the same item bought again', () => {
    const again = order('o4', '2026-04-01', 'planter ');
    expect(personalLine(again, [first, second, again], 'en')).toBe(
      'This is your 3rd order: the Planter again, so glad you liked it!',
    );
    expect(personalLine(again, [first, second, again], 'tr')).toBe(
      'Bu 3. siparişiniz; yine Planter, beğenmenize çok sevindim!',
    );
  });

  it('is empty on a first order (cancelled ones before it do not count)', () => {
    expect(personalLine(first, history, 'en')).toBe('');
    const afterCancel = order('o9', '2025-09-01', 'Dragon');
    expect(personalLine(afterCancel, [cancelled, afterCancel], 'tr')).toBe('');
  });
});

describe('values for an order', () => {
  it('joins item names in the note language', () => {
    expect(itemNameOf([{ title: 'Dragon' }], 'en')).toBe('Dragon');
    expect(itemNameOf([{ title: 'Dragon' }, { title: 'Dragon' }], 'en')).toBe('Dragon');
    expect(itemNameOf([{ title: 'Dragon' }, { title: 'Vase' }], 'en')).toBe('Dragon and Vase');
    expect(itemNameOf([{ title: 'Dragon' }, { title: 'Vase' }], 'tr')).toBe('Dragon ve Vase');
    expect(itemNameOf([{ title: 'A' }, { title: 'B' }, { title: 'C' }], 'en')).toBe('A and 2 more');
    expect(itemNameOf([{ title: 'A' }, { title: 'B' }, { title: 'C' }], 'tr')).toBe('A ve 2 ürün daha');
    expect(itemNameOf([], 'en')).toBe('');
  });

  it('fills every placeholder from the customer, the order and the shop', () => {
    expect(
      noteValues({
        language: 'en',
        customerName: '  Ana María Muñoz ',
        order: third,
        customerOrders: history,
        shop: { name: 'Deniz Prints ', discountCode: ' THANKS10 ' },
      }),
    ).toEqual({
      firstName: 'Ana',
      itemName: 'Articulated dragon',
      shopName: 'Deniz Prints',
      orderCount: '3',
      discountCode: 'THANKS10',
      personalLine: 'This is your 3rd order; last time you chose the Planter.',
    });
  });
});

const tpl = (over: Partial<DraftTemplate> & Pick<DraftTemplate, 'id' | 'language'>): DraftTemplate => ({
  name: over.id,
  body: `[${over.id}] {firstName}`,
  isDefault: false,
  updatedAt: 1,
  ...over,
});

describe('drafting', () => {
  const ctx = (over: Partial<NoteDraftContext> = {}): NoteDraftContext => ({
    order: third,
    customerName: 'Ayşe Demir',
    noteLanguage: 'tr',
    customerOrders: history,
    templates: [],
    shop: { name: 'Deniz' },
    ...over,
  });

  it('uses the default template of the customer’s note language', () => {
    const templates = [
      tpl({ id: 'en-1', language: 'en', isDefault: true }),
      tpl({ id: 'tr-1', language: 'tr' }),
      tpl({ id: 'tr-2', language: 'tr', isDefault: true }),
    ];
    const d = composeDraft(ctx({ templates }));
    expect(d).toMatchObject({ body: '[tr-2] Ayşe', templateId: 'tr-2', language: 'tr' });
    expect(d.personalLine).toBe('Bu 3. siparişiniz; geçen sefer Planter almıştınız.');
  });

  it('falls back to the first template by name, then to the built-in preset', () => {
    const noDefault = [
      tpl({ id: 'b', language: 'tr', name: 'Zeta' }),
      tpl({ id: 'a', language: 'tr', name: 'Alfa' }),
    ];
    expect(composeDraft(ctx({ templates: noDefault })).templateId).toBe('a');
    const d = composeDraft(ctx({ templates: [tpl({ id: 'en-1', language: 'en', isDefault: true })] }));
    expect(d.templateId).toBeUndefined();
    expect(d.presetKey).toBe(defaultPreset('tr').key);
    expect(d.body).toBe(
      'Merhaba Ayşe,\n\nSiparişiniz için çok teşekkür ederim! Articulated dragon özenle basıldı, umarım keyifle kullanırsınız.\nBu 3. siparişiniz; geçen sefer Planter almıştınız.\n\nSevgiyle,\nDeniz',
    );
  });

  it('drafts from a chosen template or preset, in that template’s language', () => {
    const templates = [tpl({ id: 'en-1', language: 'en' })];
    const d = composeDraft(ctx({ templates }), { templateId: 'en-1' });
    expect(d).toMatchObject({ body: '[en-1] Ayşe', language: 'en', templateId: 'en-1' });
    expect(d.personalLine).toBe('This is your 3rd order; last time you chose the Planter.');
    const p = composeDraft(ctx(), { presetKey: 'en-short' });
    expect(p).toMatchObject({
      language: 'en',
      presetKey: 'en-short',
      body: 'Thank you, Ayşe! Enjoy your Articulated dragon.\nDeniz',
    });
    // A template deleted meanwhile: the default again.
    expect(composeDraft(ctx(), { templateId: 'gone' }).presetKey).toBe('tr-thanks');
  });

  it('prefers the seller’s own default over a sample one, then the latest changed', () => {
    const rows = [
      tpl({ id: 's', language: 'en', isDefault: true, sample: 1, updatedAt: 9 }),
      tpl({ id: 'old', language: 'en', isDefault: true, updatedAt: 1 }),
      tpl({ id: 'new', language: 'en', isDefault: true, updatedAt: 5 }),
    ];
    expect(defaultTemplate(rows, 'en')?.id).toBe('new');
    expect(defaultTemplate(rows, 'tr')).toBeUndefined();
  });

  it('leaves out the discount line when no code is set and the shop line without a name', () => {
    const d = composeDraft(ctx({ shop: { name: '' } }), { presetKey: 'en-next-order' });
    expect(d.body).toBe(
      'Hi Ayşe,\n\nThank you for your order! I hope you love your Articulated dragon.\n\nWarmly,',
    );
  });
});

describe('review incentive warning', () => {
  it('flags a reward tied to a review, in English', () => {
    expect(reviewIncentiveWarning('Leave a 5-star review and get 10% off your next order!')).toBeDefined();
    expect(reviewIncentiveWarning('Post a review and I will send you a free gift')).toEqual({
      reward: 'free',
      review: 'review',
    });
    expect(reviewIncentiveWarning('Rate us 5 stars for a coupon')).toBeDefined();
    expect(reviewIncentiveWarning('Use {discountCode} after reviewing your order')).toEqual({
      reward: '{discountCode}',
      review: 'reviewing',
    });
    expect(reviewIncentiveWarning('REVIEW US FOR A DISCOUNT')).toEqual({
      reward: 'DISCOUNT',
      review: 'REVIEW',
    });
  });

  it('flags a reward tied to a review, in Turkish, with suffixes and capitals', () => {
    expect(reviewIncentiveWarning('Yorum yapana %10 indirim!')).toEqual({
      reward: '%10',
      review: 'Yorum',
    });
    expect(reviewIncentiveWarning('Değerlendirmenizi bekliyorum, kupon kodunuz hazır.')).toBeDefined();
    expect(reviewIncentiveWarning('5 yıldız verirseniz hediyeniz kargoda')).toBeDefined();
    expect(reviewIncentiveWarning('PUAN VERENLERE İNDİRİM')).toEqual({ reward: 'İNDİRİM', review: 'PUAN' });
    expect(reviewIncentiveWarning('Geri bildiriminiz için ücretsiz kargo')).toBeDefined();
  });

  it('does not flag a reward or a review alone, nor the two in separate paragraphs', () => {
    expect(reviewIncentiveWarning('Here is 10% off your next order: THANKS10')).toBeUndefined();
    expect(reviewIncentiveWarning('A review would mean the world to me.')).toBeUndefined();
    expect(reviewIncentiveWarning('Bir sonraki siparişinizde indirim kodu: TESEKKUR')).toBeUndefined();
    expect(reviewIncentiveWarning('Yorumlarınızı okumayı seviyorum.')).toBeUndefined();
    expect(
      reviewIncentiveWarning(
        'Your code for next time: THANKS10\n\nIf you have a moment, reviews help a lot.',
      ),
    ).toBeUndefined();
  });

  it('does not take "feel free" or look-alike words for a reward or a review', () => {
    expect(reviewIncentiveWarning('Feel free to leave a review!')).toBeUndefined();
    expect(reviewIncentiveWarning('Start printing the preview, freedom!')).toBeUndefined();
    expect(reviewIncentiveWarning('Codex stardust, a gifted reviewer')).toBeUndefined();
  });
});

describe('presets', () => {
  it('has several presets per language with exactly one default each', () => {
    for (const lang of ['en', 'tr'] as const) {
      expect(presetsFor(lang).length).toBeGreaterThanOrEqual(4);
      expect(presetsFor(lang).filter((p) => p.isDefault)).toHaveLength(1);
      expect(defaultPreset(lang).language).toBe(lang);
    }
    expect(new Set(notePresets.map((p) => p.key)).size).toBe(notePresets.length);
  });

  it('uses only known placeholders and never mentions or rewards a review', () => {
    for (const p of notePresets) {
      expect(notePlaceholderProblems(p.body), p.key).toEqual([]);
      expect(reviewIncentiveWarning(p.body), p.key).toBeUndefined();
      expect(p.body, p.key).not.toMatch(/review|rating|stars?\b|yorum|değerlendir|puan|yıldız/i);
    }
  });

  it('covers the first name, the item, repeat buyers, a next-order code and photos', () => {
    const all = notePresets.map((p) => p.body).join('\n');
    for (const name of ['firstName', 'itemName', 'personalLine', 'discountCode', 'shopName'])
      expect(all).toContain(`{${name}}`);
    expect(presetsFor('en').some((p) => /photo/i.test(p.body))).toBe(true);
    expect(presetsFor('tr').some((p) => /fotoğraf/i.test(p.body))).toBe(true);
  });

  it('keeps the sample shop’s templates valid and free of review incentives', () => {
    for (const s of noteTemplateSpecs) {
      expect(notePlaceholderProblems(s.body), s.name).toEqual([]);
      expect(reviewIncentiveWarning(s.body), s.name).toBeUndefined();
    }
  });
});

describe('sample shop notes', () => {
  it('fills the sample templates completely and in one pass', () => {
    const shop = generateShop({
      seed: SAMPLE_SEED,
      today: '2026-11-23',
      now: Date.UTC(2026, 10, 23),
      ...SAMPLE_SCALE,
    });
    expect(shop.notes.length).toBeGreaterThan(20);
    for (const n of shop.notes) expect(templatePlaceholders(n.body), n.body).toEqual([]);
    expect(
      shop.notes.some((n) =>
        shop.orders.some((o) => o.id === n.orderId && n.body.includes(o.items[0]?.title ?? '?')),
      ),
    ).toBe(true);
    expect(fill('Hi {firstName}, your {itemName}', '{itemName}', 'Dragon')).toBe(
      'Hi {itemName}, your Dragon',
    );
  });
});

describe('preview values', () => {
  it('shows a returning customer by default and a new one on request, in the template language', () => {
    const en = previewValues('en', {});
    expect(en).toMatchObject({
      firstName: 'Emma',
      orderCount: '3',
      shopName: 'Your shop',
      discountCode: 'THANKS10',
    });
    expect(en.personalLine).toBe('This is your 3rd order; last time you chose the Moon lamp.');
    const tr = previewValues('tr', { name: 'Deniz Atölye', discountCode: 'TESEKKUR' }, { firstOrder: true });
    expect(tr).toMatchObject({
      firstName: 'Ayşe',
      shopName: 'Deniz Atölye',
      discountCode: 'TESEKKUR',
      orderCount: '1',
      personalLine: '',
    });
  });
});

describe('inserting text', () => {
  it('puts a placeholder at the cursor', () => {
    expect(insertAt('Hi !', '{firstName}', 3)).toEqual({ text: 'Hi {firstName}!', caret: 14 });
    expect(insertAt('Hi', '{x}', 99)).toEqual({ text: 'Hi{x}', caret: 5 });
  });

  it('puts the personal line at the cursor with spaces where words would touch', () => {
    expect(insertPersonalLine('Thanks!Bye', 'LINE', 7)).toEqual({ text: 'Thanks! LINE Bye', caret: 13 });
    expect(insertPersonalLine('Thanks! ', 'LINE', 8).text).toBe('Thanks! LINE');
  });

  it('without a cursor, puts it before the sign-off, else at the end', () => {
    expect(insertPersonalLine('Hi Ana,\n\nThanks!\n\nWarmly,\nDeniz', 'LINE').text).toBe(
      'Hi Ana,\n\nThanks!\nLINE\n\nWarmly,\nDeniz',
    );
    expect(insertPersonalLine('Thanks!\n', 'LINE')).toEqual({ text: 'Thanks!\nLINE', caret: 12 });
    expect(insertPersonalLine('', 'LINE').text).toBe('LINE');
  });
});

describe('note status', () => {
  it('tells none, draft, written and printed apart', () => {
    expect(noteStatus(undefined)).toBe('none');
    expect(noteStatus({ mode: 'handwritten', written: false })).toBe('draft');
    expect(noteStatus({ mode: 'handwritten', written: true })).toBe('written');
    expect(noteStatus({ mode: 'printed', written: false })).toBe('draft');
    expect(noteStatus({ mode: 'printed', written: false, printedAt: 1_760_000_000_000 })).toBe('printed');
    expect(['none', 'draft', 'written', 'printed'].map((s) => noteDone(s as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
