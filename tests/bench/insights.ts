// Insights from the sidebar: from a click on "Insights" (on another screen) until the main charts are on
// screen with their data (`data-insights-ready`). The notes & surprises section loads after, on purpose.
import type { Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const INSIGHTS_READY = '[data-insights-ready]';

export async function insightsRender(page: Page, baseUrl: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(`${baseUrl}index.html#/customers`);
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
    if (i > 0) times.push(t); // the first visit loads the screen's code and words
  }
  return times;
}
