// In-page measurements for the bench, run with page.evaluate. Kept as plain functions of the page.
import type { Page } from 'playwright-core';

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}

export const median = (v: readonly number[]) => percentile(v, 50);

/** Loads `url` and returns ms from navigation start until `selector` is in the DOM and the page answers. */
export async function coldStart(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { timeout: 30_000 });
  // The moment the first row showed, as the page saw it (not Playwright's polling).
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const seen = (window as unknown as { __firstSeen?: number }).__firstSeen;
        if (seen) return resolve(seen);
        // Fallback: now (the selector exists), after the next frame so the page has painted and answers.
        requestAnimationFrame(() => resolve(document.querySelector(sel) ? performance.now() : NaN));
      }),
    selector,
  );
}

/** Installed before any page script: stamps performance.now() when the selector first appears. */
export function firstSeenScript(selector: string): string {
  return `(() => {
    const sel = ${JSON.stringify(selector)};
    const mo = new MutationObserver(() => {
      if (!window.__firstSeen && document.querySelector(sel)) {
        window.__firstSeen = performance.now();
        mo.disconnect();
      }
    });
    document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true, attributes: true }));
  })();`;
}

/** Scrolls a scroll container for `frames` frames and returns each frame's duration in ms. */
export function scrollFrames(page: Page, containerSelector: string, frames: number, step: number) {
  return page.evaluate(
    ({ containerSelector, frames, step }) =>
      new Promise<number[]>((resolve) => {
        const el = document.querySelector(containerSelector) as HTMLElement;
        const out: number[] = [];
        let last = performance.now();
        let n = 0;
        const tick = (t: number) => {
          out.push(t - last);
          last = t;
          el.scrollTop += step;
          if (++n < frames) requestAnimationFrame(tick);
          else resolve(out.slice(2));
        };
        requestAnimationFrame((t) => {
          last = t;
          requestAnimationFrame(tick);
        });
      }),
    { containerSelector, frames, step },
  );
}
