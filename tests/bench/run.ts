// `npm run bench`: full-scale generated data in headless Chromium; prints each figure beside its budget and
// writes bench-results.json. Not a test: it measures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../support/chromium';
import { serveDir } from '../support/static-server';
import { coldStart, firstSeenScript, median, percentile, scrollFrames } from './measure';
import { insightsRender } from './insights';
import { searchLatencies } from './search';

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SETTLE_MS = 1_500;
const FULL = { customers: 20_000, orders: 50_000, reviews: 20_000 };
const ORDERS_URL = '#/orders?view=table';
const ORDER_ROW = '[aria-label] [role=listitem][data-loaded]';
const TODAY_URL = '#/today';
const TODAY_READY = '[data-today-ready]';
const figures: Figure[] = [];

function report(f: Figure) {
  figures.push(f);
  const ok = f.value <= f.budget;
  const ratio = (f.value / f.budget).toFixed(2);
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${f.name.padEnd(48)} ${f.value.toFixed(1).padStart(9)} ${f.unit.padEnd(3)} budget ${f.budget} ${f.unit} (x${ratio})`,
  );
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** The bench's browser profiles, removed when it ends. */
const profiles: string[] = [];

/**
 * A browser profile on disk, seeded at `scale`: the app keeps its data in a profile folder (Electron's
 * userData), not in an incognito context's memory.
 */
async function seeded(base: string, scale: Scale, extraArgs: string[] = []): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'tezgah-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...ARGS, '--no-first-run', ...extraArgs],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  profiles.push(dir);
  const page = await context.newPage();
  await page.goto(`${base}bench.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const ms = await page.evaluate(
    (s) => (window as unknown as { benchSeed: (x: typeof s) => Promise<number> }).benchSeed(s),
    scale,
  );
  console.log(
    `seeded ${scale.customers} customers, ${scale.orders} orders, ${scale.reviews} reviews in ${ms.toFixed(0)} ms`,
  );
  await page.close();
  // tsx names inner functions with an __name helper that the page does not have.
  await context.addInitScript('window.__name = (f) => f');
  return context;
}

/**
 * Keeps a connection to the database open in a page of its own. The browser closes a database's files two
 * seconds after its last connection goes and opens them again (0.3–0.5 s for the full shop here) on the next
 * open: without a keeper, each cold start would pay that or not depending on how long the run before took.
 * What the reopening costs is measured apart (dbReopen).
 */
async function keepDatabaseOpen(context: BrowserContext, base: string): Promise<Page> {
  const keeper = await context.newPage();
  await keeper.goto(`${base}bench.html`);
  await keeper.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('tezgah');
        req.onsuccess = () => {
          (window as unknown as { keep: IDBDatabase }).keep = req.result;
          ok();
        };
        req.onerror = () => fail(req.error);
      }),
  );
  return keeper;
}

/** How long the browser takes to open the database's files again after they were closed (not the app's). */
async function dbReopen(context: BrowserContext, base: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 3_000)); // past the browser's two-second grace period
    const page = await context.newPage();
    await page.goto(`${base}bench.html`);
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((ok) => {
            const t0 = performance.now();
            const req = indexedDB.open('tezgah');
            req.onsuccess = () => {
              req.result.close();
              ok(performance.now() - t0);
            };
          }),
      ),
    );
    await page.close();
  }
  return times;
}

type Scale = { customers: number; orders: number; reviews: number };

/** Cold starts of each screen, alternating, in one seeded browser profile. */
async function coldStarts(base: string, scale: Scale) {
  const context = await seeded(base, scale);
  const keeper = await keepDatabaseOpen(context, base);
  const screens = [
    { url: TODAY_URL, selector: TODAY_READY },
    { url: ORDERS_URL, selector: ORDER_ROW },
  ];
  const times = screens.map(() => [] as number[]);
  for (let i = 0; i < RUNS + 1; i++) {
    for (const [k, { url, selector }] of screens.entries()) {
      const page = await context.newPage();
      await page.addInitScript(firstSeenScript(selector));
      const t = await coldStart(page, `${base}index.html${url}`, selector);
      if (i > 0) times[k]!.push(t); // the first load warms the HTTP cache, as an installed app has its files
      await page.close();
      // The closed window's reads still under way (the full order list, the sidebar counts) finish before the
      // next window opens, as they would between two launches of the app, instead of queuing before its reads.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
  }
  await keeper.close();
  if (process.env.BENCH_VERBOSE) console.log(`cold starts at ${scale.orders} orders (today, orders):`, times);
  return { context, today: times[0]!, orders: times[1]! };
}

/** From a click on "Today" in the sidebar (on another screen) until Today shows its lists. */
async function todayFromSidebar(page: Page, base: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(`${base}index.html#/customers`);
    await page.waitForSelector('[role=listitem]');
    await page.waitForTimeout(300);
    const t = await page.evaluate(
      (sel) =>
        new Promise<number>((resolve) => {
          const link = document.querySelector<HTMLAnchorElement>('nav a[href="#/today"]')!;
          const start = performance.now();
          const mo = new MutationObserver(() => {
            if (document.querySelector(sel)) {
              mo.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          mo.observe(document.body, { childList: true, subtree: true, attributes: true });
          link.click();
        }),
      TODAY_READY,
    );
    if (i > 0) times.push(t);
  }
  return times;
}

function firstScreenJsGzip(): number {
  const html = readFileSync('dist-web/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(`dist-web/${f}`)).length, 0) / 1024;
}

async function main() {
  const server = await serveDir('dist-web');
  // Cold start and search run at the normal frame rate; the scroll figure gets its own browser with frames
  // uncapped (so a frame's duration is the work it took), since a spinning compositor would slow the rest.
  try {
    const small = await coldStarts(server.url, { customers: 2_000, orders: 5_000, reviews: 2_000 });
    await small.context.close();
    const full = await coldStarts(server.url, FULL);
    const p50Small = median(small.today);
    const p50Full = median(full.today);
    report({
      name: 'cold start to Today (first screen), 50k (p50)',
      value: p50Full,
      unit: 'ms',
      budget: 600,
    });
    report({
      name: 'cold start to Today (first screen), 5k (p50)',
      value: p50Small,
      unit: 'ms',
      budget: 600,
    });
    report({
      name: 'cold start 50k vs 5k (ratio, %)',
      value: (p50Full / p50Small - 1) * 100,
      unit: '%',
      budget: 10,
    });
    report({
      name: 'cold start to orders list, 50k (p50)',
      value: median(full.orders),
      unit: 'ms',
      budget: 600,
    });

    const page: Page = await full.context.newPage();
    const today = await todayFromSidebar(page, server.url);
    report({
      name: 'Today interactive from the sidebar, 50k (p50)',
      value: median(today),
      unit: 'ms',
      budget: 300,
    });
    const insights = await insightsRender(page, server.url, 'warm');
    report({
      name: 'Insights rendered, 20k reviews + 50k orders (p50)',
      value: median(insights),
      unit: 'ms',
      budget: 200,
    });
    const insightsFirst = median(await insightsRender(page, server.url, 'firstVisit'));
    const search = await searchLatencies(page, server.url);
    report({
      name: 'customer search keystroke to result, 20k (p95)',
      value: percentile(search, 95),
      unit: 'ms',
      budget: 16,
    });
    await page.close();
    const reopen = median(await dbReopen(full.context, server.url));
    await full.context.close();

    const ctx = await seeded(server.url, FULL, ['--disable-frame-rate-limit', '--disable-gpu-vsync']);
    try {
      const sp = await ctx.newPage();
      await sp.goto(`${server.url}index.html${ORDERS_URL}`);
      await sp.waitForSelector(ORDER_ROW);
      await sp.waitForTimeout(1_000); // let the full id list arrive
      const frames = await scrollFrames(sp, '[data-scroll="orders"]', 240, 160);
      report({
        name: 'order list scroll frame, 50k orders (p95)',
        value: percentile(frames, 95),
        unit: 'ms',
        budget: 16,
      });
    } finally {
      await ctx.close();
    }

    report({ name: 'first-screen JS (gzip)', value: firstScreenJsGzip(), unit: 'KB', budget: 250 });
    console.log(
      `info Insights on a window's first visit, code loaded then (p50)      ${insightsFirst.toFixed(1)} ms`,
    );
    console.log(
      `info browser reopening the 50k database's files after 3 s closed (p50)  ${reopen.toFixed(1)} ms  (not in the cold starts above; the browser's, not the app's)`,
    );
  } finally {
    await server.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
  writeFileSync('bench-results.json', JSON.stringify(figures, null, 2) + '\n');
  console.log('written bench-results.json');
}

await main();
