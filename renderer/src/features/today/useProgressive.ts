import { useEffect, useState } from 'react';

/** Rows drawn in the first frame; the rest follow right after it is painted. */
export const FIRST_PAINT_ROWS = 8;

/**
 * How many of `total` rows to draw now: a screenful first, so the screen answers sooner, then all of them
 * once that frame is on screen.
 */
export function useProgressive(total: number): number {
  const [all, setAll] = useState(total <= FIRST_PAINT_ROWS);
  useEffect(() => {
    if (all) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [all]);
  return all ? total : Math.min(total, FIRST_PAINT_ROWS);
}
