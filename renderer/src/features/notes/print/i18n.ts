import type { Translation } from '@/app/i18n/types';

export const en = {
  title: 'Print note cards',
  back: 'Back',
  loading: 'Loading note cards…',
  toolbar: 'Print settings',
  size: {
    label: 'Card size',
    a6: 'A6',
    card4x6: '4 × 6 in',
    card35x2: '3.5 × 2 in',
    a4x4: 'A4, 4 per sheet',
  },
  font: {
    label: 'Font',
    hand: 'Handwriting',
    plain: 'Plain',
  },
  recipient: 'Customer’s name on the card',
  shopLine: 'Shop name at the foot',
  cards_one: '{{count}} card',
  cards_other: '{{count}} cards',
  sheets_one: 'on {{count}} A4 sheet',
  sheets_other: 'on {{count}} A4 sheets',
  print: 'Print',
  savePdf: 'Save as PDF',
  browserPdfHint:
    'In the browser, “Save as PDF” opens the print dialog: choose “Save as PDF” as the printer there.',
  pdfName: 'note-cards-{{date}}',
  preview: 'Print preview',
  cardLabel: 'Note card for {{name}}',
  tooLong: 'Too long for this card size',
  tooLongSummary_one:
    '{{count}} card is too long for this card size: its text is cut off. Choose a larger size or shorten the note.',
  tooLongSummary_other:
    '{{count}} cards are too long for this card size: their text is cut off. Choose a larger size or shorten the notes.',
  unknown_one: '{{count}} order was not found and is skipped: {{ids}}',
  unknown_other: '{{count}} orders were not found and are skipped: {{ids}}',
  empty: {
    noneTitle: 'No orders chosen',
    noneBody: 'Open this view from an order or from Today to print its thank-you note cards.',
    notFoundTitle: 'None of these orders were found',
    notFoundBody: 'They may have been deleted. Go back and choose the orders again.',
  },
  confirm: {
    title: 'Did the cards print?',
    body: 'The browser does not tell Tezgah whether the cards were printed or the dialog was cancelled.',
    yes: 'Yes, mark as printed',
    no: 'Not yet',
  },
  notify: {
    printed_one: '{{count}} note card marked as printed.',
    printed_other: '{{count}} note cards marked as printed.',
    saved: 'Saved to {{path}}',
    printFailed: 'Could not print: {{reason}}',
    pdfFailed: 'Could not save the PDF: {{reason}}',
  },
  /** Printed on the card, in the customer's language. */
  card: {
    for: 'For {{name}}',
  },
};

export const tr: Translation<typeof en> = {
  title: 'Not kartlarını yazdır',
  back: 'Geri',
  loading: 'Not kartları yükleniyor…',
  toolbar: 'Yazdırma ayarları',
  size: {
    label: 'Kart boyutu',
    a6: 'A6',
    card4x6: '4 × 6 inç',
    card35x2: '3,5 × 2 inç',
    a4x4: 'A4, sayfada 4 kart',
  },
  font: {
    label: 'Yazı tipi',
    hand: 'El yazısı',
    plain: 'Düz',
  },
  recipient: 'Müşterinin adı kartta',
  shopLine: 'Dükkân adı kartın altında',
  cards_one: '{{count}} kart',
  cards_other: '{{count}} kart',
  sheets_one: '{{count}} A4 sayfada',
  sheets_other: '{{count}} A4 sayfada',
  print: 'Yazdır',
  savePdf: 'PDF olarak kaydet',
  browserPdfHint:
    'Tarayıcıda “PDF olarak kaydet” yazdırma penceresini açar: orada yazıcı olarak “PDF olarak kaydet”i seçin.',
  pdfName: 'not-kartlari-{{date}}',
  preview: 'Baskı önizlemesi',
  cardLabel: '{{name}} için not kartı',
  tooLong: 'Bu kart boyutu için fazla uzun',
  tooLongSummary_one:
    '{{count}} kart bu boyut için fazla uzun, metni kesiliyor. Daha büyük bir boyut seçin ya da notu kısaltın.',
  tooLongSummary_other:
    '{{count}} kart bu boyut için fazla uzun, metinleri kesiliyor. Daha büyük bir boyut seçin ya da notları kısaltın.',
  unknown_one: '{{count}} sipariş bulunamadı ve atlanıyor: {{ids}}',
  unknown_other: '{{count}} sipariş bulunamadı ve atlanıyor: {{ids}}',
  empty: {
    noneTitle: 'Sipariş seçilmedi',
    noneBody: 'Teşekkür notu kartlarını yazdırmak için bu ekranı bir siparişten ya da Bugün ekranından açın.',
    notFoundTitle: 'Bu siparişlerin hiçbiri bulunamadı',
    notFoundBody: 'Silinmiş olabilirler. Geri dönüp siparişleri yeniden seçin.',
  },
  confirm: {
    title: 'Kartlar yazdırıldı mı?',
    body: 'Tarayıcı, kartların yazdırıldığını ya da pencerenin kapatıldığını Tezgah’a bildirmiyor.',
    yes: 'Evet, yazdırıldı olarak işaretle',
    no: 'Henüz değil',
  },
  notify: {
    printed_one: '{{count}} not kartı yazdırıldı olarak işaretlendi.',
    printed_other: '{{count}} not kartı yazdırıldı olarak işaretlendi.',
    saved: '{{path}} konumuna kaydedildi',
    printFailed: 'Yazdırılamadı: {{reason}}',
    pdfFailed: 'PDF kaydedilemedi: {{reason}}',
  },
  card: {
    for: '{{name}} için',
  },
};
