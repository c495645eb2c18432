/**
 * No jump: the layout shifts Chromium reports (PerformanceObserver 'layout-shift', buffered,
 * without those right after an input) add up to 0 while a page loads and settles, at 412 px as
 * Lighthouse's mobile preset and at 1350 × 940 as its desktop one. Pages: the list, a fresh
 * workbook's first worksheet, and the example's summary, NPS and ABC worksheets (charts and lazy
 * panels); and a first visit with the service worker, whose "kept on this device" notice arrives
 * while the list is read.
 */
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, openExample } from './util';
import { serveCopyOf } from './support/static-server';

const OFFLINE_READY = 'CRM Workbook is now kept on this device: it works offline too.';

/** The shifts so far on this page: their sum, and each shift's value with the elements it moved. */
function shiftsSoFar(page: Page): Promise<{ sum: number; what: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ sum: number; what: string[] }>((done) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        };
        new PerformanceObserver((list) => {
          const shifts = (list.getEntries() as Shift[]).filter((e) => !e.hadRecentInput);
          done({
            sum: shifts.reduce((s, e) => s + e.value, 0),
            what: shifts.flatMap((e) =>
              (e.sources ?? []).map(
                (s) => `${e.value.toFixed(4)} ${(s.node as Element | undefined)?.className ?? '?'}`,
              ),
            ),
          });
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer is never called.
        setTimeout(() => done({ sum: 0, what: [] }), 500);
      }),
  );
}

async function shiftsWhileLoading(page: Page, url: string): Promise<{ sum: number; what: string[] }> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(2500);
  return shiftsSoFar(page);
}

for (const [name, viewport] of [
  ['phone (412 px)', { width: 412, height: 915 }],
  ['desktop (1350 px)', { width: 1350, height: 940 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test('the list, a worksheet, the summary, the NPS and ABC worksheets do not move while they load', async ({
      page,
    }) => {
      const fresh = await createWorkbook(page, 'Shifts');
      const example = await openExample(page);
      const base = fresh.split('#')[0]!;
      const pages = [base, fresh, ...['summary', 'nps-survey', 'abc-pareto'].map((s) => `${base}#/w/${example}/${s}`)];
      for (const url of pages) {
        const { sum, what } = await shiftsWhileLoading(page, url);
        expect(sum, `${url}: ${what.join(', ')}`).toBe(0);
      }
    });

    test.describe('with the service worker', () => {
      test.use({ serviceWorkers: 'allow' });

      test('a first visit does not move when the app is kept offline', async ({ page }) => {
        // A server of its own (as offline.spec.ts): its service worker and storage are this test's.
        const site = await serveCopyOf();
        try {
          await page.goto(site.url);
          await expect(page.getByRole('heading', { name: 'New workbook' })).toBeVisible();
          await expect(page.getByText(OFFLINE_READY)).toBeVisible({ timeout: 30_000 });
          await page.waitForTimeout(500);
          const { sum, what } = await shiftsSoFar(page);
          expect(sum, what.join(', ')).toBe(0);
        } finally {
          await site.close();
        }
      });
    });
  });
}
