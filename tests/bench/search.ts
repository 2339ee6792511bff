import type { Page } from 'playwright-core';

const QUERIES = ['ana', 'mar', 'yil', 'lon', 'ist', 'joh', 'emi', 'car'];

/**
 * Types queries into the customer search one key at a time; for each keystroke, the page records the time
 * from keydown to the moment the results for the new text are in the DOM (`data-results-for`).
 */
export async function searchLatencies(page: Page, base: string): Promise<number[]> {
  await page.goto(`${base}index.html#/customers`);
  const box = page.getByRole('searchbox').first();
  await box.waitFor();
  const out: number[] = [];
  for (const q of QUERIES) {
    await box.fill('');
    await page.waitForSelector('[data-results-for=""]', { state: 'attached' });
    for (let i = 0; i < q.length; i++) {
      const text = q.slice(0, i + 1);
      const wait = page.evaluate(
        (text) =>
          new Promise<number>((resolve) => {
            let t0 = 0;
            const input = document.querySelector('input[type="search"]') as HTMLInputElement;
            input.addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true });
            const done = () => document.querySelector(`[data-results-for="${CSS.escape(text)}"]`);
            const mo = new MutationObserver(() => {
              if (t0 && done()) {
                mo.disconnect();
                resolve(performance.now() - t0);
              }
            });
            mo.observe(document.body, { subtree: true, childList: true, attributes: true });
          }),
        text,
      );
      await page.keyboard.type(text.at(-1)!);
      out.push(await wait);
    }
  }
  return out;
}
