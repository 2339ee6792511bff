import type { Translation } from '@/app/i18n/types';

export const en = {
  panel: {
    title: 'Recovery case',
    clock: 'First response',
    answer: 'I’ve answered',
    answerHint: 'Press it once you replied, publicly or in a private message: it stops the 24-hour clock.',
    offered: 'Offered',
    outcome: 'Outcome',
    saveFailed: 'Could not save: {{reason}}',
  },
  clock: {
    due: 'Answer within {{hours}} h',
    overdue: 'Overdue by {{hours}} h',
    answered: 'Answered in {{hours}} h',
    answeredSoon: 'Answered within the hour',
    answeredLate: 'Answered late, in {{hours}} h',
    closed: 'Case closed',
  },
  offer: {
    refund: 'Refund',
    reprint: 'Reprint',
    reship: 'Reship',
    discount: 'Discount on next order',
    other: 'Something else',
  },
  outcome: {
    open: 'Still open',
    'review-revised': 'Review revised',
    'bought-again': 'Bought again',
    'no-change': 'No change',
    closed: 'Closed',
  },
  due: {
    title: 'Bad reviews to answer',
    anonymous: 'Unknown reviewer',
    stars_one: '{{count}} star',
    stars_other: '{{count}} stars',
    open: 'Open review from {{name}}',
  },
};

export const tr: Translation<typeof en> = {
  panel: {
    title: 'Telafi vakası',
    clock: 'İlk yanıt',
    answer: 'Yanıtladım',
    answerHint: 'Herkese açık ya da özel mesajla yanıt verince basın: 24 saatlik sayacı durdurur.',
    offered: 'Önerilen',
    outcome: 'Sonuç',
    saveFailed: 'Kaydedilemedi: {{reason}}',
  },
  clock: {
    due: '{{hours}} saat içinde yanıtlayın',
    overdue: '{{hours}} saat gecikti',
    answered: '{{hours}} saatte yanıtlandı',
    answeredSoon: 'Bir saat içinde yanıtlandı',
    answeredLate: 'Geç yanıtlandı, {{hours}} saatte',
    closed: 'Vaka kapandı',
  },
  offer: {
    refund: 'İade',
    reprint: 'Yeniden baskı',
    reship: 'Yeniden gönderim',
    discount: 'Sonraki siparişte indirim',
    other: 'Başka bir şey',
  },
  outcome: {
    open: 'Hâlâ açık',
    'review-revised': 'Yorum düzeltildi',
    'bought-again': 'Yeniden satın aldı',
    'no-change': 'Değişiklik yok',
    closed: 'Kapandı',
  },
  due: {
    title: 'Yanıt bekleyen kötü yorumlar',
    anonymous: 'Bilinmeyen yorumcu',
    stars_one: '{{count}} yıldız',
    stars_other: '{{count}} yıldız',
    open: '{{name}} yorumunu aç',
  },
};
