/**
 * What the browser really fetches: the JavaScript of the home page with no interaction, and of a
 * worksheet opened directly by its address, counted from Chromium's responses (each body gzipped
 * as a server would send it). Sizes, not times: the check holds on a slow machine too. The
 * service worker is blocked here, so its precaching (which fetches everything, on purpose, after
 * the first screen) is not counted; the app registers it only after load anyway.
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { createWorkbook } from './util';

const KB = 1024;

/** Gzipped bytes of every script the page fetches from now until it has been quiet for a while. */
function countScripts(page: Page): { total: () => number; files: () => string[] } {
  const seen = new Map<string, number>();
  page.on('response', (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || seen.has(url)) return;
    seen.set(url, 0);
    void response.body().then(
      (body) => seen.set(url, gzipSync(body, { level: 9 }).length),
      () => {},
    );
  });
  return {
    total: () => [...seen.values()].reduce((s, n) => s + n, 0),
    files: () => [...seen].map(([u, n]) => `${u.split('/').pop()} ${(n / KB).toFixed(1)} KB`),
  };
}

/** Waits until no script has arrived for `quiet` ms (lazy parts, idle loads). */
async function settle(page: Page, count: () => number, quiet = 2500) {
  let last = -1;
  for (let i = 0; i < 20 && last !== count(); i++) {
    last = count();
    await page.waitForTimeout(quiet);
  }
}

test('the home page fetches at most 60 KB of JavaScript (gzip) with no interaction', async ({ page }) => {
  const scripts = countScripts(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your workbooks' })).toBeVisible();
  await settle(page, scripts.total);
  console.log(`home: ${(scripts.total() / KB).toFixed(1)} KB\n  ${scripts.files().join('\n  ')}`);
  expect(scripts.total(), scripts.files().join(', ')).toBeLessThanOrEqual(60 * KB);
});

test('a worksheet opened directly fetches at most 120 KB of JavaScript (gzip) before its charts', async ({
  page,
  context,
}) => {
  const url = await createWorkbook(page, 'Budget');
  const fresh = await context.newPage();
  const scripts = countScripts(fresh);
  await fresh.goto(url);
  await expect(fresh.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await settle(fresh, scripts.total);
  console.log(`worksheet: ${(scripts.total() / KB).toFixed(1)} KB\n  ${scripts.files().join('\n  ')}`);
  expect(scripts.total(), scripts.files().join(', ')).toBeLessThanOrEqual(120 * KB);
});
