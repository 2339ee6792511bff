// Messages the seller pastes into Etsy (which has no messages API) or an email: the shipped message and the
// review request, in English and Turkish. The seller may reword them in Settings; these are the defaults.
// The review request is polite and offers nothing in return: Etsy forbids incentives for reviews.
import { firstName } from '../domain/customer';
import { renderTemplate, templatePlaceholders, unknownPlaceholders } from '../templates/render';
import type { MessageKind, MessageLanguage, MessageSettings } from './settings';

export const messagePlaceholders = [
  'firstName',
  'shopName',
  'itemName',
  'orderNumber',
  'trackingNumber',
] as const;
export type MessagePlaceholder = (typeof messagePlaceholders)[number];

export const defaultMessages: Record<MessageKind, Record<MessageLanguage, string>> = {
  reviewRequest: {
    en: [
      'Hi {firstName},',
      '',
      'I hope your {itemName} arrived safely and that you are enjoying it!',
      '',
      'If you have a moment, a review of order {orderNumber} would mean a lot: it helps a small shop like mine more than you might think. And if anything is not quite right, please message me first so I can put it right.',
      '',
      'Thank you,',
      '{shopName}',
    ].join('\n'),
    tr: [
      'Merhaba {firstName},',
      '',
      '{itemName} size sorunsuz ulaşmıştır ve beğenmişsinizdir umarım!',
      '',
      'Vaktiniz olursa {orderNumber} numaralı siparişiniz için bir değerlendirme yazmanız benim gibi küçük bir dükkân için çok değerli olur. Bir sorun varsa lütfen önce bana yazın, hemen çözelim.',
      '',
      'Teşekkürler,',
      '{shopName}',
    ].join('\n'),
  },
  shipped: {
    en: [
      'Hi {firstName},',
      '',
      'Good news: your order {orderNumber} ({itemName}) is on its way!',
      '',
      'You can follow the parcel with this tracking number: {trackingNumber}',
      '',
      'If you have any questions, just reply to this message.',
      '',
      'Thank you for your order,',
      '{shopName}',
    ].join('\n'),
    tr: [
      'Merhaba {firstName},',
      '',
      'Güzel haber: {orderNumber} numaralı siparişiniz ({itemName}) yola çıktı!',
      '',
      'Kargonuzu şu takip numarasıyla izleyebilirsiniz: {trackingNumber}',
      '',
      'Bir sorunuz olursa bu mesajı yanıtlamanız yeterli.',
      '',
      'Siparişiniz için teşekkürler,',
      '{shopName}',
    ].join('\n'),
  },
};

/** The template in use: the seller's wording when there is one, else the default. */
export function messageTemplate(
  settings: Pick<MessageSettings, MessageKind>,
  kind: MessageKind,
  lang: MessageLanguage,
): string {
  return settings[kind][lang] ?? defaultMessages[kind][lang];
}

export interface MessageFacts {
  customerName?: string;
  /** Item titles of the order, in order. */
  itemTitles: readonly string[];
  orderNumber: string;
  trackingNumber?: string;
  shopName: string;
}

/** "Dragon", "Dragon and Planter", "Dragon, Planter and Vase" (ve in Turkish); each title once. */
export function itemNames(titles: readonly string[], lang: MessageLanguage): string {
  const unique = [...new Set(titles.map((t) => t.trim()).filter(Boolean))];
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(unique);
}

export function messageValues(f: MessageFacts, lang: MessageLanguage): Record<MessagePlaceholder, string> {
  return {
    firstName: f.customerName ? firstName(f.customerName) : '',
    shopName: f.shopName.trim(),
    itemName: itemNames(f.itemTitles, lang),
    orderNumber: f.orderNumber,
    trackingNumber: f.trackingNumber?.trim() ?? '',
  };
}

export interface RenderedMessage {
  text: string;
  /** Placeholders the template uses that have no value for this order (no tracking number yet…). */
  missing: MessagePlaceholder[];
  /** Placeholders the template uses that Tezgah does not know: left in the text as written. */
  unknown: string[];
}

/** The message for an order, in the customer's language. */
export function renderMessage(
  settings: Pick<MessageSettings, MessageKind>,
  kind: MessageKind,
  lang: MessageLanguage,
  facts: MessageFacts,
): RenderedMessage {
  const template = messageTemplate(settings, kind, lang);
  const values = messageValues(facts, lang);
  const used = templatePlaceholders(template);
  const missing = messagePlaceholders.filter((p) => used.includes(p) && values[p] === '');
  const { text, unknown } = renderTemplate(template, values);
  return { text, missing, unknown };
}

/** Placeholders in a template being edited that messages cannot fill. */
export function unknownMessagePlaceholders(template: string): string[] {
  return unknownPlaceholders(template, messagePlaceholders);
}
