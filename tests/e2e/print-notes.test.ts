// Note cards through Chromium's own print pipeline: the print view rendered to PDF with its print CSS,
// read back with poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { pageErrors, screenshotDir, shot, useBrowser } from './app';

const app = useBrowser();
const XSS = '<img src=x onerror=alert(1)>';
const customers = [
  { name: 'Zeynep Kaya', first: 'Zeynep', search: 'zeynep' },
  { name: XSS, first: '<img', search: 'onerror' },
  // Notes in Turkish: the handwriting font has to carry ş, ğ, ı, İ, ç, ö, ü.
  { name: 'Şükrü Çağlar', first: 'Şükrü', search: 'caglar', noteLanguage: 'Turkish' },
];

const hasPoppler = ['pdftotext', 'pdfinfo', 'pdftoppm'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!hasPoppler)
  console.warn('print-notes e2e skipped: pdftotext/pdfinfo/pdftoppm (poppler-utils) not found');

const work = mkdtempSync(join(tmpdir(), 'tezgah-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
const pageSizePts = (pdf: string) => {
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(run('pdfinfo', [pdf]));
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};
const textOf = (pdf: string, pageNo?: number) =>
  run('pdftotext', ['-layout', ...(pageNo ? ['-f', String(pageNo), '-l', String(pageNo)] : []), pdf, '-']);
const mm = (pts: number) => (pts / 72) * 25.4;

/** A customer through the New customer dialog, then an order for them from Ctrl+N; returns the order id. */
async function addCustomerWithOrder(page: Page, c: (typeof customers)[number], item: string) {
  await page.goto(page.url().replace(/#.*$/, '#/customers'));
  await page.getByRole('button', { name: 'New customer' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(c.name);
  if ('noteLanguage' in c) {
    await dialog.getByLabel('Note language').click();
    await page.getByRole('option', { name: c.noteLanguage }).click();
  }
  await dialog.getByRole('button', { name: 'Add customer' }).click();
  await page.getByText(`${c.name} was added.`).waitFor();

  await page.keyboard.press('Control+n');
  await page.getByRole('heading', { name: 'New order' }).waitFor();
  await page.getByPlaceholder('Search by name, email or username…').fill(c.search);
  await page.getByRole('option', { name: c.name }).click();
  await page.getByRole('textbox', { name: 'Item 1: Name' }).fill(item);
  await page.getByRole('textbox', { name: 'Item 1: Qty' }).fill('1');
  await page.getByRole('textbox', { name: 'Item 1: Unit price' }).fill('18.00');
  await page.getByRole('button', { name: 'Save order' }).click();
  await page.getByRole('button', { name: 'Start printing' }).waitFor();
  const id = /#\/orders\/([^/?]+)/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

/** Chromium's print pipeline with the page's own @page size, like Electron's printToPDF. */
async function printToPdf(page: Page, name: string) {
  await page.locator('main[data-ready="true"]').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(work, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return path;
}

describe('note cards', () => {
  it.skipIf(!hasPoppler)(
    'prints three cards to PDF, one per A6 page and then four-up on A4, with user text printed literally',
    async () => {
      const { page, context } = await app.open('#/customers');
      const dialogs: string[] = [];
      page.on('dialog', (d: Dialog) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });

      const items = ['Articulated dragon', 'Low-poly fox', 'Moon lamp'];
      const ids: string[] = [];
      for (const [i, c] of customers.entries()) ids.push(await addCustomerWithOrder(page, c, items[i]!));

      await page.goto(page.url().replace(/#.*$/, `#/print/notes?orders=${ids.join(',')}&size=a6&font=hand`));
      await page.reload(); // a fresh window: no notifications left over from adding the orders
      await page.getByRole('heading', { name: 'Print note cards' }).waitFor();
      await page.locator('main[data-ready="true"]').waitFor();
      await expect.poll(() => page.getByTestId('note-card').count()).toBe(3);
      expect(await page.getByTestId('card-count').textContent()).toBe('3 cards');
      // The hostile name is text on the card, not an element.
      await page.getByText(`For ${XSS}`).waitFor();
      expect(await page.locator('img').count()).toBe(0);
      await shot(page, 'print-card');

      // A6: exactly three pages of 105 x 148 mm, each with its customer's first name.
      const a6 = await printToPdf(page, 'cards-a6');
      expect(pageCount(a6)).toBe(3);
      const size = pageSizePts(a6);
      expect(mm(size.width)).toBeCloseTo(105, 0);
      expect(mm(size.height)).toBeCloseTo(148, 0);
      for (const [i, c] of customers.entries()) expect(textOf(a6, i + 1)).toContain(c.first);
      const all = textOf(a6);
      expect(all).toContain(XSS);
      expect(all).toContain('Şükrü Çağlar için'); // the card speaks the customer's language
      run('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', a6, join(work, 'a6')]);
      copyFileSync(join(work, 'a6.png'), join(screenshotDir, 'print-card-pdf.png'));
      run('pdftoppm', ['-png', '-r', '110', '-f', '3', '-l', '3', '-singlefile', a6, join(work, 'a6-3')]);
      copyFileSync(join(work, 'a6-3.png'), join(screenshotDir, 'print-card-pdf-tr.png'));

      // A4 with four A6 cards: the three cards on one sheet, chosen in the toolbar.
      await page.locator('label', { hasText: 'A4, 4 per sheet' }).click();
      await page.locator('main[data-size="a4-4up"]').waitFor();
      await page.getByTestId('cut-marks').waitFor();
      expect(await page.getByTestId('card-count').textContent()).toBe('3 cards on 1 A4 sheet');
      const a4 = await printToPdf(page, 'cards-a4');
      expect(pageCount(a4)).toBe(1);
      const sheet = pageSizePts(a4);
      expect(mm(sheet.width)).toBeCloseTo(210, 0);
      expect(mm(sheet.height)).toBeCloseTo(297, 0);
      const sheetText = textOf(a4);
      for (const c of customers) expect(sheetText).toContain(c.first);
      expect(sheetText).toContain(XSS);
      run('pdftoppm', ['-png', '-r', '60', '-singlefile', a4, join(work, 'a4')]);
      copyFileSync(join(work, 'a4.png'), join(screenshotDir, 'print-a4-pdf.png'));

      // The choice is kept in the link and remembered for next time.
      expect(page.url()).toContain('size=a4-4up');
      await page.goto(page.url().replace(/#.*$/, `#/print/notes?orders=${ids[0]}`));
      await page.locator('main[data-size="a4-4up"]').waitFor();

      expect(dialogs).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
  );
});
