import type { Page } from 'playwright-core';

const QUERIES = ['ana', 'mar', 'yil', 'lon', 'ist', 'joh', 'emi', 'car'];

/**
 * Types queries into the customer search one key at a time. For each keystroke the page records the time
 * from the input event (what a key press delivers to the app) to the moment the results for the new text
 * are in the DOM (`data-results-for`).
 */
export async function searchLatencies(page: Page, base: string): Promise<number[]> {
  await page.goto(`${base}index.html#/customers`);
  await page.getByRole('searchbox').first().waitFor();
  const out: number[] = [];
  for (const q of QUERIES) {
    for (let i = 0; i <= q.length; i++) {
      const text = q.slice(0, i);
      const ms = await page.evaluate(
        (text) =>
          new Promise<number>((resolve, reject) => {
            const input = document.querySelector('input[type="search"]') as HTMLInputElement;
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            const mo = new MutationObserver(() => {
              if (document.querySelector(`[data-results-for="${CSS.escape(text)}"]`)) {
                mo.disconnect();
                resolve(performance.now() - t0);
              }
            });
            mo.observe(document.body, { subtree: true, childList: true, attributes: true });
            setTimeout(() => reject(new Error(`no results for "${text}" after 5 s`)), 5_000);
            const t0 = performance.now();
            setValue.call(input, text);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        text,
      );
      if (i > 0) out.push(ms); // i = 0 clears the box between queries
    }
  }
  return out;
}
