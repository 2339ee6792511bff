// Shared e2e plumbing: one browser per file, a fresh context (empty IndexedDB) per test, screenshots.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../support/chromium';

export const screenshotDir = 'tests/e2e/screenshots';

export function useBrowser() {
  const state: { browser?: Browser } = {};
  beforeAll(async () => {
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    /** A new person at a new computer: empty storage, English unless told otherwise. */
    async open(
      path = '#/today',
      { locale = 'en-US' } = {},
    ): Promise<{ page: Page; context: BrowserContext }> {
      const context = await state.browser!.newContext({ locale, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(inject('baseUrl') + path);
      (page as Page & { errors: string[] }).errors = errors;
      return { page, context };
    },
  };
}

export async function shot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png` });
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}
