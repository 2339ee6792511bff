import { describe, expect, it } from 'vitest';
import { pageErrors, shot, useBrowser } from './app';

const app = useBrowser();

describe('first run', () => {
  it('loads the sample shop from the empty state and removes exactly it from Settings', async () => {
    const { page, context } = await app.open('#/today');
    await page.getByRole('heading', { name: 'Welcome to Tezgah' }).waitFor();
    await shot(page, 'empty-today');
    await page.getByRole('button', { name: 'Try with a sample shop' }).click();
    await page.getByText(/Sample shop loaded: 150 customers and 400 orders/).waitFor({ timeout: 20_000 });

    await page.getByRole('link', { name: 'Orders', exact: true }).click();
    await page
      .getByRole('button', { name: /Move order .* to Printing/ })
      .first()
      .waitFor();
    await shot(page, 'sample-orders-board');

    await page.getByRole('link', { name: 'Customers' }).click();
    await page
      .getByRole('list', { name: /customers/i })
      .getByRole('listitem')
      .first()
      .waitFor();
    await shot(page, 'sample-customers');
    await page.getByRole('searchbox').fill('sukru');
    await page
      .getByRole('link', { name: /Şükrü Yılmaz/ })
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByText(/Sample data removed/).waitFor();
    await page.getByRole('button', { name: 'Load the sample shop' }).waitFor();

    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Welcome to Tezgah' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('switches to Turkish in Settings and keeps it after a reload', async () => {
    const { page, context } = await app.open('#/settings');
    await page.locator('label', { hasText: 'Türkçe' }).click();
    const nav = page.getByRole('navigation', { name: 'Ana gezinme' });
    await nav.waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Bugün',
      'Hatırlatmalar',
      'Siparişler',
      'Müşteriler',
      'Yorumlar',
      'Sürprizler',
      'Analiz',
      'Ayarlar',
    ]);
    await page.reload();
    await page.getByRole('heading', { name: 'Ayarlar' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    await shot(page, 'settings-tr');
    await context.close();
  });

  it('starts in Turkish on a Turkish system', async () => {
    const { page, context } = await app.open('#/today', { locale: 'tr-TR' });
    await page.getByRole('heading', { name: 'Tezgah’a hoş geldiniz' }).waitFor();
    await context.close();
  });
});
