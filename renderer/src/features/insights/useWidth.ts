import { createContext, useLayoutEffect, useRef, useState } from 'react';

/** Where layout gives no width (jsdom), charts draw at this one. */
const FALLBACK_WIDTH = 640;
/** A width within this many pixels of the one drawn at is not worth drawing a chart again. */
const TOLERANCE = 2;

/**
 * The width a chart card will have, worked out by the page from its own width before the data came (see
 * InsightsPage): the card then draws its chart in its first render instead of measuring itself first.
 */
export const CardWidthGuess = createContext<number | null>(null);

/**
 * The width of an element, measured before the first paint (null until then, or `guess`) and again when it
 * changes: a chart draws once at its real size, not at a guess first and then again.
 */
export function useWidth<E extends HTMLElement>(guess: number | null = null) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState<number | null>(guess);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => {
      const next = Math.floor(w) || FALLBACK_WIDTH;
      setWidth((now) => (now !== null && Math.abs(now - next) <= TOLERANCE ? now : next));
    };
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) measure(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
