import { describe, expect, it } from 'vitest';
import { pageErrors, shot, useBrowser } from './app';

const app = useBrowser();

describe('a new seller', () => {
  it('adds a customer and an order, ships it, reloads and finds it all; searches and jumps with Ctrl+K', async () => {
    const { page, context } = await app.open('#/customers');

    // A customer, through the New customer dialog.
    await page.getByRole('button', { name: 'New customer' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Zeynep Kaya');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('zeynep@example.com');
    await dialog.getByRole('textbox', { name: 'City' }).fill('İzmir');
    await dialog.getByRole('button', { name: 'Add customer' }).click();
    await page.getByText('Zeynep Kaya was added.').waitFor();

    // An order, from the keyboard shortcut.
    await page.keyboard.press('Control+n');
    await page.getByRole('heading', { name: 'New order' }).waitFor();
    const picker = page.getByPlaceholder('Search by name, email or username…');
    await picker.fill('zeynep');
    await page.getByRole('option', { name: /Zeynep Kaya/ }).click();
    await page.getByRole('textbox', { name: 'Item 1: Name' }).fill('Articulated dragon — PLA Silk Gold');
    await page.getByRole('textbox', { name: 'Item 1: Qty' }).fill('2');
    await page.getByRole('textbox', { name: 'Item 1: Unit price' }).fill('12.50');
    await page.getByRole('textbox', { name: 'Shipping' }).fill('4.99');
    await expect.poll(() => page.getByText('$29.99').count()).toBeGreaterThan(0);
    await shot(page, 'order-form');
    await page.getByRole('button', { name: 'Save order' }).click();

    // Through the workflow to shipped.
    await page.getByRole('button', { name: 'Start printing' }).click();
    await page.getByRole('button', { name: 'Ready to pack' }).click();
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    const ship = page.getByRole('dialog');
    await ship.getByRole('textbox', { name: 'Tracking number' }).fill('TR123456789');
    await ship.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByRole('button', { name: 'Mark delivered' }).waitFor();
    const orderUrl = page.url();

    // Close and come back: everything is still there.
    await page.reload();
    await page.getByText('TR123456789').waitFor();
    await expect.poll(() => page.getByText('Shipped', { exact: true }).count()).toBeGreaterThan(0);
    expect(page.url()).toBe(orderUrl);
    await shot(page, 'order-shipped');

    // Search finds her by city, accents ignored; her page adds up her orders.
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('searchbox').fill('izmir');
    await page.getByRole('link', { name: /Zeynep Kaya/ }).click();
    await page.getByRole('heading', { name: 'Zeynep Kaya' }).waitFor();
    await expect.poll(() => page.getByText('$29.99').count()).toBeGreaterThan(0);
    await shot(page, 'customer-page');

    // Ctrl+K jumps to the customer from anywhere.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: /Find a customer or an order/ }).fill('zeynep');
    await page.getByRole('button', { name: /Zeynep Kaya/ }).click();
    await page.getByRole('heading', { name: 'Zeynep Kaya' }).waitFor();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
