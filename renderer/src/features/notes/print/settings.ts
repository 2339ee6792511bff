import { z } from 'zod';
import { defineSetting } from '@/db/settings';
import { cardFonts, cardSizes } from './sizes';

/** The last choices made for note cards; the print view starts from them. */
export const noteCardPrintSetting = defineSetting(
  'print.noteCards',
  z.object({
    size: z.enum(cardSizes),
    font: z.enum(cardFonts),
    /** "For <customer name>" at the top of each card (matching cards to parcels). */
    recipient: z.boolean().default(true),
    /** The shop's name small at the foot of each card (off by default: notes usually sign with it). */
    shopLine: z.boolean().default(false),
  }),
  { size: 'a6', font: 'hand', recipient: true, shopLine: false },
);

export type NoteCardPrintChoice = (typeof noteCardPrintSetting)['fallback'];
