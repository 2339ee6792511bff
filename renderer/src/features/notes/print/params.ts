import { isCardFont, isCardSize, type CardFont, type CardSize } from './sizes';

/** More than this in one print run is a mistake in the link, not a packing day. */
export const MAX_CARDS = 500;

export interface NoteCardParams {
  /** Order ids, in the order given, without blanks or repeats. */
  orderIds: string[];
  /** Undefined when absent or not a known value: the saved choice applies. */
  size: CardSize | undefined;
  font: CardFont | undefined;
}

export function parseNoteCardParams(params: URLSearchParams): NoteCardParams {
  const ids = (params.get('orders') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const size = params.get('size');
  const font = params.get('font');
  return {
    orderIds: [...new Set(ids)].slice(0, MAX_CARDS),
    size: isCardSize(size) ? size : undefined,
    font: isCardFont(font) ? font : undefined,
  };
}
