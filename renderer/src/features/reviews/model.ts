// What the reviews screens show that is not a translation: star text, the first-response clock's wording,
// and the reply templates (in the customer's note language, not the UI's: the reply goes to the buyer).
import type { TFunction } from 'i18next';
import type { Case } from '@shared/domain/other';
import { responseState } from '@shared/reviews/recovery';
import type { ReviewCategory } from '@/db/reviews';

export type TemplateLanguage = 'en' | 'tr';

const HOUR = 3_600_000;

/** "★★★☆☆" for 3 stars (with the accessible text given separately). */
export function starText(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(Math.max(0, 5 - rating));
}

/** The case's first-response clock in words, and a colour. */
export function clockText(
  c: Pick<Case, 'openedAt' | 'firstResponseAt' | 'outcome'>,
  now: number,
  t: TFunction<'reviews'>,
): { text: string; color: string } {
  const s = responseState(c, now);
  switch (s.state) {
    case 'due':
      return { text: t('clock.due', { hours: s.hoursLeft }), color: s.hoursLeft <= 6 ? 'orange' : 'blue' };
    case 'overdue':
      return { text: t('clock.overdue', { hours: s.hoursOver }), color: 'red' };
    case 'answered': {
      const hours = Math.max(0, Math.round(s.tookMs / HOUR));
      return s.onTime
        ? { text: t('clock.answered', { hours }), color: 'teal' }
        : { text: t('clock.answeredLate', { hours }), color: 'yellow' };
    }
    case 'closed':
      return { text: t('clock.closed'), color: 'gray' };
  }
}

/** What the seller offers to put it right, by what went wrong. */
function remedy(categories: readonly ReviewCategory[], lang: TemplateLanguage): string {
  const has = (c: ReviewCategory) => categories.includes(c);
  if (lang === 'tr') {
    if (has('damaged-in-shipping') || has('print-defect') || has('product-quality'))
      return 'Size hemen yenisini basıp ücretsiz göndermek ya da dilerseniz tam iade yapmak isterim.';
    if (has('wrong-item'))
      return 'Doğru ürünü hemen ücretsiz gönderebilirim ya da dilerseniz tam iade yapabilirim.';
    if (has('late'))
      return 'Gecikmenin telafisi olarak kargo ücretini iade edebilir ve bir sonraki siparişinizde indirim tanımlayabilirim.';
    return 'Yeniden baskı, yeniden gönderim, iade ya da bir sonraki siparişinizde indirim: sizin için en iyisi hangisiyse onu yapmak isterim.';
  }
  if (has('damaged-in-shipping') || has('print-defect') || has('product-quality'))
    return 'I would like to reprint it and ship it to you free of charge right away, or give you a full refund if you prefer.';
  if (has('wrong-item'))
    return 'I can send you the right item free of charge right away, or give you a full refund if you prefer.';
  if (has('late'))
    return 'To make up for the delay I can refund the shipping and give you a discount on your next order.';
  return 'A reprint, a reship, a refund or a discount on your next order: I would like to do whichever suits you best.';
}

/**
 * A reply to a bad review: thanks and an apology without defending, a concrete offer, and an invitation to
 * talk privately. Meant for the private message first (see the warning on the screen).
 */
export function replyTemplate(
  lang: TemplateLanguage,
  { name, categories }: { name?: string; categories: readonly ReviewCategory[] },
): string {
  const first = name?.trim().split(/\s+/)[0];
  if (lang === 'tr') {
    return [
      first ? `Merhaba ${first},` : 'Merhaba,',
      'Yazdığınız için teşekkür ederim ve yaşadıklarınız için gerçekten özür dilerim. Beklediğiniz deneyim bu değildi.',
      remedy(categories, 'tr'),
      'Size özel mesajla yazdım; en uygun çözümü birlikte bulalım.',
      'Sevgiler',
    ].join('\n\n');
  }
  return [
    first ? `Hi ${first},` : 'Hi,',
    'Thank you for telling me, and I am truly sorry. This is not the experience you should have had.',
    remedy(categories, 'en'),
    'I have sent you a private message so we can sort it out together.',
    'Warm wishes',
  ].join('\n\n');
}
