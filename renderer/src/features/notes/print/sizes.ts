// The note-card sizes and fonts, as one fixed table: the print view's layout, its @page rule and the
// desktop contract's paper all come from here (never from user text).
import type { PageSize } from '@shared/ipc/contract';

export const cardSizes = ['a6', '4x6', '3.5x2', 'a4-4up'] as const;
export type CardSize = (typeof cardSizes)[number];

export const cardFonts = ['hand', 'plain'] as const;
export type CardFont = (typeof cardFonts)[number];

interface Mm {
  width: number;
  height: number;
}

export interface SizeSpec {
  /** The paper asked of the desktop (Electron's print and PDF). */
  pageSize: PageSize;
  /** The CSS `@page` size: exactly the paper. */
  cssPage: string;
  /** The paper, in mm. */
  paper: Mm;
  /** One card, in mm (the paper itself, or a quarter of an A4 sheet). */
  card: Mm;
  cardsPerPage: 1 | 4;
  /** Space between the card's edge and its text, in mm. */
  padding: number;
  /** Body text in pt: where shrinking to fit starts, and the smallest it goes before clipping. */
  text: Record<CardFont, { start: number; min: number }>;
  /** The small lines (recipient, shop name), in pt. */
  small: number;
}

const a6Text: SizeSpec['text'] = { hand: { start: 20, min: 11 }, plain: { start: 13, min: 7.5 } };

export const sizeSpecs: Record<CardSize, SizeSpec> = {
  a6: {
    pageSize: 'A6',
    cssPage: '105mm 148mm',
    paper: { width: 105, height: 148 },
    card: { width: 105, height: 148 },
    cardsPerPage: 1,
    padding: 11,
    text: a6Text,
    small: 8,
  },
  '4x6': {
    pageSize: 'Card4x6',
    cssPage: '4in 6in',
    paper: { width: 101.6, height: 152.4 },
    card: { width: 101.6, height: 152.4 },
    cardsPerPage: 1,
    padding: 10,
    text: a6Text,
    small: 8,
  },
  '3.5x2': {
    pageSize: 'Card35x2',
    cssPage: '3.5in 2in',
    paper: { width: 88.9, height: 50.8 },
    card: { width: 88.9, height: 50.8 },
    cardsPerPage: 1,
    padding: 4.5,
    text: { hand: { start: 13, min: 7.5 }, plain: { start: 8.5, min: 5.5 } },
    small: 6,
  },
  'a4-4up': {
    pageSize: 'A4',
    cssPage: '210mm 297mm',
    paper: { width: 210, height: 297 },
    // A6 is 105 x 148 mm: four of them fill an A4 sheet, cut along the middle lines.
    card: { width: 105, height: 148.5 },
    cardsPerPage: 4,
    padding: 11,
    text: a6Text,
    small: 8,
  },
};

export function isCardSize(value: unknown): value is CardSize {
  return typeof value === 'string' && (cardSizes as readonly string[]).includes(value);
}

export function isCardFont(value: unknown): value is CardFont {
  return typeof value === 'string' && (cardFonts as readonly string[]).includes(value);
}

export const fontFamilies: Record<CardFont, string> = {
  hand: "'Caveat', 'Segoe Print', 'Bradley Hand', cursive",
  plain: "'Inter', system-ui, sans-serif",
};

/**
 * The `@page` rule for a size. Built only from the table above (no user text), so it can go into a
 * <style> element as its text.
 */
export function pageRule(size: CardSize): string {
  return `@page { size: ${sizeSpecs[size].cssPage}; margin: 0; }`;
}

/** Cards grouped into the pages they print on. */
export function paginate<T>(cards: readonly T[], size: CardSize): T[][] {
  const per = sizeSpecs[size].cardsPerPage;
  const pages: T[][] = [];
  for (let i = 0; i < cards.length; i += per) pages.push(cards.slice(i, i + per));
  return pages;
}
