import { useLayoutEffect, useRef, useState } from 'react';

/** Where layout gives no width (jsdom), charts draw at this one. */
const FALLBACK_WIDTH = 640;

/**
 * The width of an element, measured before the first paint (null until then) and again when it changes: a
 * chart draws once at its real size, not at a guess first and then again.
 */
export function useWidth<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => setWidth(Math.floor(w) || FALLBACK_WIDTH);
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
