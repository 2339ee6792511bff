// Ready-made thank-you notes in English and Turkish. None of them mentions reviews: Etsy forbids offering
// anything in exchange for one, and a note that merely asks for one next to a discount reads as an offer.
// Placeholders are never followed by a suffix in Turkish (it would have to agree with the value).
import type { NoteLanguage } from './placeholders';

export interface NotePreset {
  /** Stable across languages and versions, e.g. `en-thanks`. */
  key: string;
  language: NoteLanguage;
  name: string;
  body: string;
  /** The one used when the seller has not picked a default of their own. */
  isDefault: boolean;
}

export const notePresets: readonly NotePreset[] = [
  {
    key: 'en-thanks',
    language: 'en',
    name: 'Thank you',
    isDefault: true,
    body: 'Hi {firstName},\n\nThank you so much for your order! Your {itemName} was printed with care, and I hope it brings you joy.\n{personalLine}\n\nWarmly,\n{shopName}',
  },
  {
    key: 'en-welcome-back',
    language: 'en',
    name: 'Welcome back',
    isDefault: false,
    body: 'Hi {firstName},\n\nSo lovely to see you again! {personalLine}\nThank you for coming back: it means a lot to a small shop like mine. Enjoy your {itemName}!\n\nWarmly,\n{shopName}',
  },
  {
    key: 'en-next-order',
    language: 'en',
    name: 'Code for the next order',
    isDefault: false,
    body: 'Hi {firstName},\n\nThank you for your order! I hope you love your {itemName}.\nAs a small thank-you, here is a code for your next order: {discountCode}\n\nWarmly,\n{shopName}',
  },
  {
    key: 'en-photos',
    language: 'en',
    name: 'Share a photo',
    isDefault: false,
    body: "Hi {firstName},\n\nThank you for your order! Your {itemName} is on its way to its new home.\nI'd love to see where it ends up: send me a photo any time, it makes my day.\n\nWarmly,\n{shopName}",
  },
  {
    key: 'en-short',
    language: 'en',
    name: 'Short and sweet',
    isDefault: false,
    body: 'Thank you, {firstName}! Enjoy your {itemName}.\n{shopName}',
  },
  {
    key: 'tr-thanks',
    language: 'tr',
    name: 'Teşekkürler',
    isDefault: true,
    body: 'Merhaba {firstName},\n\nSiparişiniz için çok teşekkür ederim! {itemName} özenle basıldı, umarım keyifle kullanırsınız.\n{personalLine}\n\nSevgiyle,\n{shopName}',
  },
  {
    key: 'tr-welcome-back',
    language: 'tr',
    name: 'Tekrar hoş geldiniz',
    isDefault: false,
    body: 'Merhaba {firstName},\n\nSizi yeniden görmek çok güzel! {personalLine}\nTekrar tercih etmeniz benim gibi küçük bir dükkân için çok şey ifade ediyor. Güle güle kullanın!\n\nSevgiyle,\n{shopName}',
  },
  {
    key: 'tr-next-order',
    language: 'tr',
    name: 'Sonraki siparişe kod',
    isDefault: false,
    body: 'Merhaba {firstName},\n\nSiparişiniz için teşekkürler! Umarım {itemName} çok hoşunuza gider.\nKüçük bir teşekkür olarak bir sonraki siparişinizde kullanabileceğiniz kod: {discountCode}\n\nSevgiyle,\n{shopName}',
  },
  {
    key: 'tr-photos',
    language: 'tr',
    name: 'Fotoğraf paylaşın',
    isDefault: false,
    body: 'Merhaba {firstName},\n\nSiparişiniz için teşekkürler! {itemName} yeni evine doğru yola çıktı.\nNerede durduğunu görmeyi çok isterim: dilediğiniz zaman bir fotoğraf gönderin, günümü güzelleştirir.\n\nSevgiyle,\n{shopName}',
  },
  {
    key: 'tr-short',
    language: 'tr',
    name: 'Kısa ve tatlı',
    isDefault: false,
    body: 'Teşekkürler {firstName}, güle güle kullanın!\n{shopName}',
  },
];

export function presetsFor(language: NoteLanguage): NotePreset[] {
  return notePresets.filter((p) => p.language === language);
}

export function presetByKey(key: string): NotePreset | undefined {
  return notePresets.find((p) => p.key === key);
}

/** The preset a draft uses when the seller has no template in that language. */
export function defaultPreset(language: NoteLanguage): NotePreset {
  const list = presetsFor(language);
  return (list.find((p) => p.isDefault) ?? list[0]) as NotePreset;
}
