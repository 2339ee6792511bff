// Category suggestions for a review, from keywords in English and Turkish. Suggestions only: the seller
// confirms them. Text is folded first (lower case, accents and Turkish letters to ASCII: "KIRIK", "kırık"
// and "kirik" all read "kirik"), keywords match at the start of a word and Turkish stems take any suffix
// ("kırıl" finds kırılmış, kırıldı, kırılmıştı).
// Negations are skipped where they are common: "not damaged", "no damage at all", "hasarsız", "hasar yoktu",
// "kırılmamış", "gecikmeden", "geç kalmadı". Nothing is suggested as "other": that is the seller's call.
import { reviewCategories, type Review } from '../domain/other';

export type ReviewCategory = Review['categories'][number];

/** Lower case without accents, Turkish ı/İ as i, curly apostrophes straight. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[’‘`´]/g, "'");
}

// Start of a word (\b only knows ASCII letters).
const W = '(?<![\\p{L}\\p{N}])';
// End of a word, for keywords that must not run on ("late" but not "latest").
const E = '(?![\\p{L}\\p{N}])';
// English negation just before, with at most one word between ("wasn't damaged", "no visible damage").
const notBefore = /(?:\bno|\bnot|\bnever|\bwithout|n't|\bnothing|\bzero)\s+(?:[\p{L}']+\s+)?$/u;
// Turkish negation after the word ("hasar yok", "kırık değildi", "gecikme olmadı").
const notAfter = /^\p{L}*\s+(?:yok|degil|olma(?:di|mis))/u;
// How far around a match to look for a negation (far more than a negation and one word).
const CONTEXT = 60;

/** Keywords as regular-expression sources over folded text. Stems end open; whole words end with E. */
const keywords: Record<Exclude<ReviewCategory, 'other'>, readonly string[]> = {
  'product-quality': [
    `(?:poor|low|bad|terrible|awful|cheap) quality`,
    `cheap(?:ly)? (?:made|looking)`,
    `looks? cheap`,
    `flimsy`,
    `brittle`,
    `fell apart`,
    `not as (?:pictured|described|shown|advertised)`,
    `(?:smaller|bigger|larger|thinner) than (?:expected|pictured|described|shown)`,
    `(?:does ?n't|does not|did ?n't|did not|stopped) work`,
    `kalitesiz`,
    `kotu kalite`,
    `kalite(?:si)? (?:cok )?(?:dusuk|kotu)`,
    `dayaniksiz`,
    `ucuz (?:gorun|duru)`,
    `(?:resimdeki|fotograftaki|gorseldeki|bekledigim) gibi degil`,
  ],
  'print-defect': [
    `layer (?:lines?|shift)`,
    `string(?:ing|y)${E}`,
    `warp(?:ed|ing)?${E}`,
    `(?:print(?:ing)?|3d) (?:defect|error|issue|problem|flaw|fail)`,
    `misprint`,
    `rough (?:surface|edges?|finish|spots?)`,
    `blobs?${E}`,
    `zits${E}`,
    `under-?extru`,
    `support (?:marks|material|residue|bits)`,
    `visible lines`,
    `baski (?:hata|kusur|sorun)`,
    `hatali bask`,
    `katman (?:cizgi|kayma)`,
    `puruz`,
    `capak`,
    `kusurlu`,
    `yamuk`,
    `egril`,
  ],
  'damaged-in-shipping': [
    `damag(?!e[- ]free)`,
    `broken`,
    `broke${E}`,
    `crack`,
    `crushed`,
    `shattered`,
    `snapped`,
    `smashed`,
    `in pieces`,
    // "hayal kırıklığı" is disappointment, not breakage.
    `(?<!hayal\\s)kirik`,
    `kiril(?!ma[dmy])`,
    `hasar(?!s[iu]z)`,
    `catla(?!ma[dmy])`,
    `ezil(?!me[dmy])`,
    `ezik`,
    `parcalan(?!ma[dmy])`,
    `paramparca`,
    `kop(?:mus|uk|tu)`,
  ],
  late: [
    `late${E}`,
    `delay(?:ed)?${E}`,
    `took (?:forever|ages|weeks|so long|too long|a long time)`,
    `slow (?:shipping|delivery|dispatch|postage)`,
    `still (?:waiting|not (?:received|here|arrived))`,
    `never (?:arrived|received|came|got)`,
    `(?:has ?n't|has not|have ?n't|have not) (?:arrived|received)`,
    `missed (?:the|my|our) (?:deadline|date|birthday|event)`,
    `gec (?:geld|ulas|kal(?!ma)|teslim|kargo|gonder)`,
    `gecik(?!me(?:den|di|mis|z))`,
    `(?:hala|halen) (?:gelmedi|ulasmadi|bekliyor)`,
    `gelmedi`,
    `ulasmadi`,
    `uzun surdu`,
  ],
  'wrong-item': [
    `wrong (?:item|colou?r|size|product|one|model|design|name|order|thing|version)`,
    `sent (?:me )?the wrong`,
    `not what i (?:ordered|asked for)`,
    `different (?:colou?r|size|item|product|model)`,
    `missing (?:item|piece|part)`,
    `incorrect`,
    `yanlis (?:renk|urun|beden|boyut|olcu|numara|model|isim|yazi|parca|siparis|esya|geld|gonder)`,
    `farkli (?:renk|urun|beden|boyut|model)`,
    `eksik (?:urun|parca|gon|geld)`,
    `siparis ettigim (?:bu )?degil`,
  ],
  communication: [
    `no (?:response|reply|answer|updates?)${E}`,
    `never (?:responded|replied|answered|got back)`,
    `(?:did ?n't|did not|does ?n't|does not|would ?n't|would not) (?:respond|reply|answer|get back)`,
    `unresponsive`,
    `rude`,
    `ignored`,
    `(?:poor|bad|no|lack of|terrible) communication`,
    `hard to (?:reach|contact)`,
    `(?:cevap|yanit|donus) (?:vermedi|yapmadi|alamadim|gelmedi|yok)`,
    `cevapsiz`,
    `ilgisiz`,
    `kaba(?:ydi|ymis)?${E}`,
    `iletisim (?:yok|kotu|kuramadim|kurulamadi)`,
    `ulasamadim`,
  ],
  packaging: [
    `(?:poor|bad|terrible|cheap|flimsy|minimal|inadequate|thin) (?:packaging|packing|box|envelope|padding|wrapping)`,
    `poorly (?:packed|packaged|wrapped|protected)`,
    `badly (?:packed|packaged|wrapped)`,
    `no (?:bubble wrap|padding|protection)`,
    `(?:paketleme|ambalaj|paket)(?:i|si)? (?:kotu|ozensiz|yetersiz|berbat)`,
    `(?:kotu|ozensiz|yetersiz) (?:paket|ambalaj)`,
    `kutu(?:su)? (?:ezik|ezilmis|yirtik|parcalanmis)`,
    `korumasiz`,
  ],
  price: [
    `overpriced`,
    `over priced`,
    `(?:too|very|quite|a bit|bit) expensive`,
    `pricey`,
    `not worth (?:the|it)`,
    `rip-? ?off`,
    `waste of money`,
    `customs (?:fee|charge|dut)`,
    `pahali`,
    `fahis`,
    `fiyat(?:i)? (?:cok )?(?:yuksek|fazla)`,
    `(?:parasina|paraya) degmez`,
    `kazik`,
    `gumruk`,
  ],
};

const categories = Object.keys(keywords) as Exclude<ReviewCategory, 'other'>[];
// One pass over the text for all categories (a group per category), not one pass per category.
const pattern = new RegExp(`${W}(?:${categories.map((c) => `(${keywords[c].join('|')})`).join('|')})`, 'gu');

export interface CategoryMatch {
  category: ReviewCategory;
  /** The words that matched, folded (to show why a category is suggested). */
  match: string;
}

/** The first keyword found for each category, in the categories' fixed order. */
export function matchCategories(text: string): CategoryMatch[] {
  const folded = foldText(text);
  const found = new Map<ReviewCategory, string>();
  for (const m of folded.matchAll(pattern)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const category = categories[group - 1];
    if (category === undefined || found.has(category)) continue;
    // Negations are checked around each match: far cheaper than lookarounds tried at every position.
    const end = m.index + m[0].length;
    if (notBefore.test(folded.slice(Math.max(0, m.index - CONTEXT), m.index))) continue;
    if (notAfter.test(folded.slice(end, end + CONTEXT))) continue;
    found.set(category, m[0]);
  }
  return reviewCategories.flatMap((category) => {
    const match = found.get(category);
    return match === undefined ? [] : [{ category, match }];
  });
}

export function suggestCategories(text: string): ReviewCategory[] {
  return matchCategories(text).map((m) => m.category);
}
