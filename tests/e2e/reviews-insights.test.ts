// A seller brings their Etsy reviews and survey answers into an empty Tezgah, answers the bad review in time,
// and reads the figures on Insights, which this test computes on its own from the files it wrote.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, shot, useBrowser } from './app';

const app = useBrowser();

/** MM/DD/YYYY, as Etsy writes dates, `days` before today (local). */
function etsyDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
}
function isoDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Etsy's "Download Your Reviews" shape: a JSON array of these records.
const reviews = [
  {
    reviewer: 'Leslie Hunter',
    date_reviewed: etsyDate(200),
    star_rating: 5,
    message: 'Lovely lamp',
    order_id: 3401000001,
  },
  {
    reviewer: 'Zeynep Kaya',
    date_reviewed: etsyDate(120),
    star_rating: 4,
    message: 'Güzel',
    order_id: 3401000002,
  },
  { reviewer: 'Sam Lee', date_reviewed: etsyDate(60), star_rating: 5, message: '', order_id: 3401000003 },
  {
    reviewer: 'Inactive Etsy Member',
    date_reviewed: etsyDate(2),
    star_rating: 1,
    message: 'Arrived broken.',
    order_id: 3401000004,
  },
];
const answers = [10, 9, 7, 3];

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'tezgah-e2e-'));
  const json = join(dir, 'reviews.json');
  writeFileSync(json, JSON.stringify(reviews));
  const csv = join(dir, 'surveys.csv');
  writeFileSync(csv, ['kind,score,date', ...answers.map((s, i) => `nps,${s},${isoDate(10 + i)}`)].join('\n'));
  return { json, csv };
}

async function choose(page: Page, button: string, path: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).first().click(),
  ]);
  await chooser.setFiles(path);
}

describe('reviews and insights', () => {
  it('imports Etsy reviews, answers the bad one within 24 hours, and shows the figures', async () => {
    const { json, csv } = files();
    const { page, context } = await app.open('#/reviews');

    // Preview first, then everything at once.
    await choose(page, 'Import Etsy reviews', json);
    const preview = page.getByRole('dialog', { name: 'Import Etsy reviews' });
    await preview.waitFor();
    await expect.poll(() => preview.textContent()).toMatch(/4/);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('4 reviews').waitFor();

    // The 1-star review needs a reply, with its 24-hour clock running.
    await page.getByText('Needs reply').click();
    const bad = page.getByText('Arrived broken.');
    await bad.waitFor();
    await page
      .getByText(/Answer within 2[34] h/)
      .first()
      .waitFor();
    await shot(page, 'reviews-needs-reply');

    // Answering it records the response time.
    await bad.click();
    await page.getByRole('button', { name: 'I’ve answered' }).click();
    await page
      .getByText(/Answered within the hour|Answered in \d+ h/)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');

    // Survey answers from a CSV.
    await page.goto(page.url().replace(/#.*$/, '#/reviews?view=surveys'));
    await choose(page, 'Import CSV', csv);
    const importing = page.getByRole('dialog', { name: 'Import survey answers' });
    await importing.getByText('4 answers to import').waitFor();
    await importing.getByRole('button', { name: 'Import', exact: true }).click();
    await importing.waitFor({ state: 'hidden' });

    // Insights, computed here independently: the 12-month average of the ratings, and NPS.
    const average = reviews.reduce((s, r) => s + r.star_rating, 0) / reviews.length; // 3.75
    const promoters = answers.filter((s) => s >= 9).length;
    const detractors = answers.filter((s) => s <= 6).length;
    const nps = Math.round(((promoters - detractors) / answers.length) * 100); // 25
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.locator('[data-insights-ready]').waitFor();
    const kpi = (label: string) =>
      page.getByRole('group', { name: label, exact: true }).locator('[data-kpi-value]');
    await expect.poll(() => kpi('Etsy shop rating (12 months)').textContent()).toBe(average.toFixed(2));
    await expect.poll(() => kpi('Reviews in range').textContent()).toBe(String(reviews.length));
    await expect.poll(() => kpi('NPS').textContent()).toBe(String(nps));
    // The one bad review was answered within 24 hours.
    await expect.poll(() => kpi('Answered within 24 h').textContent()).toBe('100%');
    await shot(page, 'insights');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
