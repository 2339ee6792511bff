import { describe, it } from 'vitest';
import { useBrowser } from './app';

const app = useBrowser();

describe('command palette', () => {
  it('opens with Ctrl+K straight after start, before its code has loaded, and from the header button', async () => {
    const { page, context } = await app.open('#/orders');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: /Find a customer or an order/ });
    await box.waitFor();
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Search customers and orders' }).click();
    await box.waitFor();
    await context.close();
  });
});
