// The words in the sample shop, in English and Turkish: reviews, replies, gift messages, note templates.
// Several contain line breaks and emoji on purpose (they must survive display, search and printing).
import type { NoteTemplate, Review } from '../domain/other';
import { renderTemplate } from '../templates/render';

type Lang = 'en' | 'tr';
type Category = Review['categories'][number];

export const goodReviews: Record<Lang, Record<4 | 5, readonly string[]>> = {
  en: {
    5: [
      'Absolutely love it! The dragon moves so smoothly 🐉',
      'Perfect gift, arrived quickly and very well packed.',
      'Great print quality, no stringing at all.\nWill order again!',
      'My kids play with it every single day.',
      'Exactly as pictured. Thank you for the cute sticker!',
      'The silk finish looks even better in person ✨',
      'Fits my desk perfectly, cables finally tidy.',
    ],
    4: [
      'Nice print, a few layer lines visible but overall happy.',
      'Took a bit longer than expected, but worth the wait.',
      'Lovely planter, slightly smaller than I imagined.',
    ],
  },
  tr: {
    5: [
      'Harika bir ürün, çok özenli paketlenmişti. Teşekkürler!',
      'Ejderha muhteşem, oğlum bayıldı 🐉',
      'Hızlı kargo, kaliteli baskı. Tekrar alırım.',
      'Notunuz çok tatlıydı, ellerinize sağlık 💛',
      'Saksı tam istediğim gibi, drenajı da çok iyi.',
    ],
    4: ['Güzel ama renk fotoğraftakinden biraz daha koyu.', 'Kargo biraz gecikti ama ürün çok güzel.'],
  },
};

/** Low ratings come with what went wrong, so the insights screen has categories to chart. */
export const badReviews: Record<Lang, readonly (readonly [string, readonly Category[]])[]> = {
  en: [
    ["One of the dragon's legs snapped off on the first day.", ['print-defect', 'product-quality']],
    ['Arrived crushed, the box had no padding at all.', ['damaged-in-shipping', 'packaging']],
    ['Took almost a month to arrive and missed the birthday.', ['late']],
    ['I ordered white and received grey.', ['wrong-item']],
    ['Layer lines everywhere and stringing between the parts.', ['print-defect']],
    ['No answer to my messages for a week.', ['communication']],
    ['Too expensive for what it is.', ['price']],
  ],
  tr: [
    ['Kargoda kırılmış geldi, paketleme yetersizdi.', ['damaged-in-shipping', 'packaging']],
    ['Sipariş çok geç geldi.', ['late']],
    ['Baskı kalitesi beklediğimden düşük, katman izleri çok belirgin.', ['print-defect', 'product-quality']],
    ['Yanlış renk gönderilmiş.', ['wrong-item']],
  ],
};

export const revisedTexts: Record<Lang, readonly string[]> = {
  en: [
    'Revised: the seller reprinted it straight away and the new one is flawless. Great service!',
    'Revised: a replacement arrived within a week, well packed this time. Thank you!',
  ],
  tr: ['Güncelleme: satıcı hemen yenisini gönderdi, sorun tamamen çözüldü. Teşekkürler!'],
};

export const apologyReplies: Record<Lang, readonly string[]> = {
  en: [
    "I'm so sorry, {firstName}! A replacement is on its way; I've sent you the details in a message.",
    'Thank you for letting me know, {firstName}. I have changed how I pack these so it does not happen again.',
  ],
  tr: ['Çok üzgünüm {firstName}, yenisini hemen kargoya veriyorum. Detayları mesajla ilettim.'],
};

export const thanksReplies: Record<Lang, readonly string[]> = {
  en: ['Thank you so much, {firstName}! 💛', 'So glad it arrived safely, enjoy!'],
  tr: ['Çok teşekkürler {firstName}! 💛', 'Beğenmenize çok sevindim, güle güle kullanın!'],
};

export const caseNotes = [
  'Offered a reprint in a sturdier box.',
  'Refunded shipping; buyer happy with the reprint.',
  'Sent photos of the new packing; waiting for an answer.',
  'Müşteriyle konuşuldu, yenisi gönderildi.',
];

export const giftMessages: Record<Lang, readonly string[]> = {
  en: [
    'Happy birthday, Sam! Love, Mum',
    'Merry Christmas! 🎄',
    'Congratulations on the new house!',
    'For the best dungeon master.\nRoll well!',
  ],
  tr: ['İyi ki doğdun canım kardeşim!', 'Yeni evin hayırlı olsun 🏡', 'Mutlu yıllar!\nSevgilerle, Ece'],
};

export const orderNotes = [
  'Asked for a slightly darker gold.',
  'Birthday on Friday: print first.',
  'Two parts in one box, please.',
  'Hediye paketi istendi.',
];

export const customerNotes = [
  'Asked for plastic-free packaging.',
  'Ships to the office address on weekdays.',
  'Runs a tabletop club; may order in bulk.',
  'Kargo kapıya bırakılmasın, komşuya teslim edilsin.',
];

export const likes = [
  'Dragons in silk colours',
  'Matte colours, no glitter',
  'Anything for the garden',
  'Yeşil tonları seviyor',
  'Tabletop terrain, 28 mm',
];

export const tags = ['wholesale', 'local pickup', 'tabletop', 'plant lover', 'gift buyer', 'VIP'];

export const surveyComments: Record<Lang, readonly string[]> = {
  en: ['Would recommend to my D&D group', 'Love the packaging!', 'Shipping was a bit slow.'],
  tr: ['Arkadaşlarıma tavsiye ettim', 'Paketleme çok güzeldi', 'Kargo biraz yavaştı.'],
};

export const reminderTexts = {
  'thank-you-note': 'Write the thank-you note before packing.',
  'review-request': 'Ask how it arrived (no incentives: Etsy forbids them).',
  'follow-up': 'Check the replacement arrived.',
} as const;

/**
 * The sample seller's note templates. Placeholders: {firstName}, {itemName} (the names the note editor
 * knows, see shared/notes/placeholders.ts); nothing ties a reward to a review.
 */
export const noteTemplateSpecs: readonly Pick<NoteTemplate, 'name' | 'language' | 'body' | 'isDefault'>[] = [
  {
    name: 'Thank you',
    language: 'en',
    isDefault: true,
    body: 'Hi {firstName},\n\nThank you so much for your order! Your {itemName} was printed with care, I hope it brings you joy.\n\nWarmly,\nDeniz',
  },
  {
    name: 'Welcome back',
    language: 'en',
    isDefault: false,
    body: 'Hi {firstName}, so lovely to see you again! Here is your {itemName}. Enjoy!\n\nDeniz',
  },
  {
    name: 'Gift order',
    language: 'en',
    isDefault: false,
    body: 'Someone thought of you! Enjoy your {itemName}.\n\nPrinted with love in İstanbul',
  },
  {
    name: 'Teşekkürler',
    language: 'tr',
    isDefault: true,
    body: 'Merhaba {firstName},\n\nSiparişiniz için çok teşekkür ederim! {itemName} özenle basıldı, umarım keyifle kullanırsınız.\n\nSevgiyle,\nDeniz',
  },
  {
    name: 'Tekrar hoş geldiniz',
    language: 'tr',
    isDefault: false,
    body: 'Merhaba {firstName}, sizi tekrar görmek çok güzel! {itemName} yola çıktı.\n\nDeniz',
  },
];

/** Fills {firstName} and {itemName} in one pass: a name holding braces is never expanded again. */
export function fill(template: string, firstName: string, item = ''): string {
  return renderTemplate(template, { firstName, itemName: item }).text;
}
