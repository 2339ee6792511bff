import { describe, expect, it } from 'vitest';
import {
  defaultMessages,
  itemNames,
  messagePlaceholders,
  messageTemplate,
  renderMessage,
  unknownMessagePlaceholders,
} from '@shared/reminders/messages';
import { defaultMessageSettings, messageSettingsSchema } from '@shared/reminders/settings';
import { templatePlaceholders } from '@shared/templates/render';

const facts = {
  customerName: 'Ayşe Yılmaz',
  itemTitles: ['Articulated dragon', 'Planter'],
  orderNumber: '3141',
  trackingNumber: ' 9400 1000 ',
  shopName: 'Tezgah Prints',
};

describe('message templates', () => {
  it('use only the placeholders Tezgah fills, in both languages', () => {
    for (const kind of ['reviewRequest', 'shipped'] as const) {
      for (const lang of ['en', 'tr'] as const) {
        const body = defaultMessages[kind][lang];
        expect(unknownMessagePlaceholders(body)).toEqual([]);
        expect(templatePlaceholders(body)).toContain('firstName');
        expect(templatePlaceholders(body)).toContain('shopName');
      }
    }
    expect(defaultMessages.shipped.en).toContain('{trackingNumber}');
    expect(defaultMessages.shipped.tr).toContain('{trackingNumber}');
  });

  it('never offer anything for a review (Etsy forbids incentives)', () => {
    for (const lang of ['en', 'tr'] as const) {
      expect(defaultMessages.reviewRequest[lang]).not.toMatch(
        /discount|coupon|code|free|gift|%|indirim|kupon|hediye|ücretsiz|bedava|5 star|five star|5 yıldız/i,
      );
    }
  });

  it('render in the customer’s language with the order’s values', () => {
    const en = renderMessage(defaultMessageSettings, 'shipped', 'en', facts);
    expect(en.text).toContain('Hi Ayşe,');
    expect(en.text).toContain('your order 3141 (Articulated dragon and Planter) is on its way');
    expect(en.text).toContain('tracking number: 9400 1000\n');
    expect(en.text.trimEnd().endsWith('Tezgah Prints')).toBe(true);
    expect(en.missing).toEqual([]);
    expect(en.unknown).toEqual([]);

    const tr = renderMessage(defaultMessageSettings, 'reviewRequest', 'tr', facts);
    expect(tr.text).toContain('Merhaba Ayşe,');
    expect(tr.text).toContain('Articulated dragon ve Planter size sorunsuz ulaşmıştır');
    expect(tr.text).toContain('3141 numaralı siparişiniz');
    expect(tr.text).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it('say which values are missing (no tracking number yet, no shop name)', () => {
    const r = renderMessage(defaultMessageSettings, 'shipped', 'en', {
      ...facts,
      trackingNumber: undefined,
      shopName: '  ',
    });
    expect(r.missing).toEqual(['shopName', 'trackingNumber']);
    expect(r.text).toContain('tracking number: \n');
  });

  it('use the seller’s wording when there is one, per language', () => {
    const settings = messageSettingsSchema.parse({
      reviewRequest: { en: 'Dear {firstName}, thanks for order {orderNumber}! {unknownThing}' },
    });
    expect(messageTemplate(settings, 'reviewRequest', 'tr')).toBe(defaultMessages.reviewRequest.tr);
    const r = renderMessage(settings, 'reviewRequest', 'en', facts);
    expect(r.text).toBe('Dear Ayşe, thanks for order 3141! {unknownThing}');
    expect(r.unknown).toEqual(['unknownThing']);
    expect(unknownMessagePlaceholders('{firstName} {shop}')).toEqual(['shop']);
  });

  it('keep values literal: a name with braces is not expanded again', () => {
    const r = renderMessage(defaultMessageSettings, 'reviewRequest', 'en', {
      ...facts,
      customerName: '{shopName}',
    });
    expect(r.text).toContain('Hi {shopName},');
  });

  it('list item names once each, joined in the language', () => {
    expect(itemNames(['Dragon'], 'en')).toBe('Dragon');
    expect(itemNames(['Dragon', 'Vase', 'Dragon', 'Planter'], 'en')).toBe('Dragon, Vase, and Planter');
    expect(itemNames(['Ejderha', 'Vazo', 'Saksı'], 'tr')).toBe('Ejderha, Vazo ve Saksı');
    expect(messagePlaceholders).toContain('itemName');
  });
});
