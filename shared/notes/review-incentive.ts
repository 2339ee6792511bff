// Etsy forbids offering anything (a discount, a coupon, a gift, a refund) in exchange for a review. This
// spots a note or template that puts a reward and a review in the same paragraph, in English or Turkish,
// so the editor can warn before it goes out. It is a warning, never a refusal: the seller decides.

export interface ReviewIncentive {
  /** The reward word as written, e.g. "discount", "indirim", "{discountCode}". */
  reward: string;
  /** The review word as written, e.g. "review", "yorumunuzu", "5 stars". */
  review: string;
}

// Start of a word: not after a letter or digit (\b only knows ASCII, and Turkish words start with ü, ç…).
const W = '(?<![\\p{L}\\p{N}])';
// End of a word for the English stems that must not run on ("star" but not "start").
const E = '(?![\\p{L}])';

const rewards = new RegExp(
  [
    '\\{discountCode\\}',
    `${W}discount\\p{L}*`,
    `${W}coupons?${E}`,
    `${W}promo\\p{L}*`,
    `${W}vouchers?${E}`,
    `${W}codes?${E}`,
    // "Feel free to…" is an invitation, not a freebie.
    `${W}(?<!feel\\s{1,3})free(?:bies?)?${E}`,
    `${W}gifts?${E}`,
    `${W}refunds?${E}`,
    `${W}cash\\s?back${E}`,
    `${W}rewards?${E}`,
    `\\d+\\s*%\\s*off${E}`,
    `${W}off\\s+your\\s+next${E}`,
    `${W}indirim\\p{L}*`,
    `${W}kupon\\p{L}*`,
    `${W}kod\\p{L}*`,
    `${W}hediye\\p{L}*`,
    `${W}bedava\\p{L}*`,
    `${W}[uü]cretsiz\\p{L}*`,
    `${W}promosyon\\p{L}*`,
    `%\\s*\\d+`,
  ].join('|'),
  'iu',
);

const reviewWords = new RegExp(
  [
    `${W}review\\p{L}*`,
    `${W}ratings?${E}`,
    `${W}rate${E}`,
    `(?:${W}\\d\\s*-?\\s*)?${W}stars?${E}`,
    '★',
    `${W}feedback${E}`,
    `${W}yorum\\p{L}*`,
    `${W}de[gğ]erlendir\\p{L}*`,
    `${W}puan\\p{L}*`,
    `${W}y[ıi]ld[ıi]z\\p{L}*`,
    `${W}geri\\s+bildirim\\p{L}*`,
  ].join('|'),
  'iu',
);

/**
 * The first paragraph that ties a reward to a review, as the two words found; undefined when none does.
 * Paragraphs are separated by a blank line, so a discount-code line far from a separate thank-you does
 * not count, while "Leave a 5-star review and get 10% off" does.
 */
export function reviewIncentiveWarning(body: string): ReviewIncentive | undefined {
  const original = body.normalize('NFC');
  // İ lower-cases to "i̇" (two code points), so the patterns would miss it; as a plain "i" they match, and
  // positions stay put so the words are reported as written.
  const text = original.replace(/İ/g, 'i');
  let start = 0;
  for (const end of [...Array.from(text.matchAll(/\n[ \t]*\n/g), (m) => m.index), text.length]) {
    const paragraph = text.slice(start, end);
    const reward = rewards.exec(paragraph);
    const review = reviewWords.exec(paragraph);
    if (reward && review) {
      const word = (m: RegExpExecArray) => original.slice(start + m.index, start + m.index + m[0].length);
      return { reward: word(reward), review: word(review) };
    }
    start = end;
  }
  return undefined;
}
