// The seller's morning in the sample shop: pack a parcel from Today (note, surprise, tracking, shipped) and
// find the review request the shipment scheduled, on the date the default rules give.
import { describe, expect, it } from 'vitest';
import { pageErrors, shot, useBrowser } from './app';

const app = useBrowser();

/** Today's local date plus `days`, as the app shows dates in English ("Dec 2, 2026"). */
function expectedDate(days: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

describe('packing day', () => {
  it('packs an order end to end from Today and schedules the review request', async () => {
    const { page, context } = await app.open('#/today');
    await page.getByRole('button', { name: 'Try with a sample shop' }).click();
    await page.getByText(/Sample shop loaded/).waitFor({ timeout: 20_000 });
    const pack = page.getByRole('list', { name: 'Orders to pack' });
    await pack.getByRole('listitem').first().waitFor();
    await page.getByRole('heading', { name: 'Reminders due' }).waitFor();
    await shot(page, 'today');

    // The first parcel to pack: remember which order it is.
    const row = pack.getByRole('listitem').first();
    const orderId = await row.getAttribute('data-order');
    const title = (await row.getByRole('link').first().textContent())!;
    const number = title.split(' · ')[0]!;
    const packedBefore = await pack.getByRole('listitem').count();
    await row.getByRole('button', { name: `Pack: ${number}` }).click();
    const checklist = page.getByRole('group', { name: `Packing checklist for order ${number}` });
    await checklist.waitFor();

    // Items ticked, the note written by hand, the suggested surprise in, a tracking number.
    for (const box of await checklist.getByRole('checkbox').all()) {
      if ((await box.getAttribute('aria-label')) === null && !(await box.isChecked())) await box.check();
    }
    await checklist.locator('label', { hasText: 'Handwritten' }).click();
    await checklist.getByRole('checkbox', { name: 'Written' }).check();
    await checklist.getByText('Saved', { exact: true }).waitFor();
    const add = checklist.getByRole('button', { name: /^Add to parcel: / });
    const surprise = (await add.getAttribute('aria-label'))!.replace('Add to parcel: ', '');
    await add.click();
    await checklist.getByRole('button', { name: new RegExp(`^Undo: take ${surprise}`) }).waitFor();
    await checklist.getByRole('textbox', { name: 'Tracking number' }).fill('TRK-E2E-001');
    await shot(page, 'today-checklist');
    await checklist.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByText(`Order ${number} shipped.`).waitFor();
    await expect.poll(() => pack.getByRole('listitem').count()).toBe(packedBefore - 1);

    // The order page: shipped with its tracking number, note written, surprise recorded, review request due
    // shipped today + 4 days' transit + 5 days (the default rules).
    await page.goto(`${page.url().split('#')[0]}#/orders/${orderId}`);
    await page.getByText('TRK-E2E-001').first().waitFor();
    await page.getByText(surprise).first().waitFor();
    const review = page.getByRole('listitem', { name: new RegExp(`review.*${number}`, 'i') });
    await review.waitFor();
    await expect.poll(() => review.textContent()).toContain(`Due ${expectedDate(9)}`);
    await shot(page, 'order-after-packing');

    // And in the Reminders view, among the upcoming ones.
    await page.getByRole('link', { name: /^Reminders/ }).click();
    await page.getByRole('heading', { name: 'Reminders' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
