// Insights from the sidebar: from a click on "Insights" (on another screen) until the main charts are on
// screen with their data (`data-insights-ready`). The notes & surprises section loads after, on purpose.
import type { Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const INSIGHTS_READY = '[data-insights-ready]';

/**
 * `warm`: the seller moves between screens of a running app (Customers, then Insights, again and again): the
 * screen's code is in after the first visit, which is not counted. `firstVisit`: the page is reloaded before
 * each visit, so each one loads the screen's code again (from the browser's cache), as the first visit of a
 * session does.
 */
export async function insightsRender(
  page: Page,
  baseUrl: string,
  mode: 'warm' | 'firstVisit',
): Promise<number[]> {
  const times: number[] = [];
  await page.goto(`${baseUrl}index.html#/customers`);
  for (let i = 0; i < RUNS + 1; i++) {
    if (mode === 'firstVisit') await page.goto(`${baseUrl}index.html#/customers`);
    else await page.click('nav a[href="#/customers"]');
    await page.waitForSelector('[role=listitem]');
    await page.waitForTimeout(300);
    const t = await page.evaluate(
      (sel) =>
        new Promise<number>((resolve, reject) => {
          const link = document.querySelector<HTMLAnchorElement>('nav a[href="#/insights"]');
          if (!link) return reject(new Error('no Insights link in the sidebar'));
          const start = performance.now();
          const mo = new MutationObserver(() => {
            if (document.querySelector(sel)) {
              mo.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          mo.observe(document.body, { childList: true, subtree: true, attributes: true });
          setTimeout(() => {
            mo.disconnect();
            reject(new Error('Insights not ready after 10 s'));
          }, 10_000);
          link.click();
        }),
      INSIGHTS_READY,
    );
    if (i > 0) times.push(t); // the first visit of the warm runs loads the screen's code and words
  }
  return times;
}
