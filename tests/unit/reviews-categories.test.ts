import { describe, expect, it } from 'vitest';
import { foldText, matchCategories, suggestCategories } from '@shared/reviews/categories';

describe('folding text', () => {
  it('lowers case and drops accents, Turkish letters included', () => {
    expect(foldText('İstanbul IŞIK ğüşöç Â')).toBe('istanbul isik gusoc a');
    expect(foldText('KIRIK')).toBe(foldText('kırık'));
    expect(foldText('didn’t')).toBe("didn't");
  });
});

describe('category suggestions in English', () => {
  it.each([
    ['Arrived broken.\nThe base was cracked in two.', ['damaged-in-shipping']],
    ['It arrived 2 weeks late', ['late']],
    ['Took forever to arrive', ['late']],
    ['Sent the wrong colour', ['wrong-item']],
    ['Wrong size, not what I ordered', ['wrong-item']],
    ['The seller never replied to my messages', ['communication']],
    ['Poor packaging, just a thin envelope', ['packaging']],
    ['Way too expensive for what it is', ['price']],
    ['Visible layer lines and stringing everywhere', ['print-defect']],
    ['Poor quality, feels flimsy', ['product-quality']],
    ['Broken AND late!', ['damaged-in-shipping', 'late']],
  ])('%s', (text, expected) => {
    expect(suggestCategories(text)).toEqual(expected);
  });

  it.each([
    'Package was not damaged at all',
    'No damage, lovely',
    "It wasn't damaged",
    'Arrived without any damage',
    'Arrived damage-free',
    'Not late at all',
    'Great communication, lovely packaging',
    'Great print quality, no stringing at all.',
    'Best chocolate-coloured lamp, the latest model',
    '',
  ])('suggests nothing for %j', (text) => {
    expect(suggestCategories(text)).toEqual([]);
  });
});

describe('category suggestions in Turkish', () => {
  it.each([
    ['Ürün kırık geldi', ['damaged-in-shipping']],
    ['KIRIK GELDİ', ['damaged-in-shipping']],
    ['Kargoda kırılmış', ['damaged-in-shipping']],
    ['Hasarlı geldi, çatlamış', ['damaged-in-shipping']],
    ['Geç geldi', ['late']],
    ['Kargo çok gecikti', ['late']],
    ['Hâlâ gelmedi', ['late']],
    ['Yanlış renk gönderilmiş', ['wrong-item']],
    ['YANLIŞ BEDEN', ['wrong-item']],
    ['Renk yanlış geldi', ['wrong-item']],
    ['Satıcı mesajlarıma cevap vermedi', ['communication']],
    ['Paketleme özensizdi', ['packaging']],
    ['Çok pahalı', ['price']],
    ['Baskı hatası var, katman çizgileri belli', ['print-defect']],
    ['Kalitesiz plastik', ['product-quality']],
    ['Ürün kırık geldi ve kargo çok geç geldi.', ['damaged-in-shipping', 'late']],
  ])('%s', (text, expected) => {
    expect(suggestCategories(text)).toEqual(expected);
  });

  it.each([
    'Kırılmamış, sağlam geldi',
    'Hasarsız geldi',
    'Hiç hasar yoktu',
    'Gecikmeden geldi',
    'Hiç geç kalmadı',
    'Biraz hayal kırıklığı',
    'Diğer parça güzel.',
  ])('suggests nothing for %j', (text) => {
    expect(suggestCategories(text)).toEqual([]);
  });

  it('says which words it went by', () => {
    expect(matchCategories('Ürün KIRIK geldi')).toEqual([
      { category: 'damaged-in-shipping', match: 'kirik' },
    ]);
  });
});
