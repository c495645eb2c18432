/**
 * No jump on a phone: the layout shifts Chromium reports (PerformanceObserver 'layout-shift',
 * buffered, without those right after an input) add up to 0 while a page loads and settles, at
 * 412 px as Lighthouse's mobile preset. Pages: the list, a fresh workbook's first worksheet, and
 * the example's summary and NPS worksheet (charts and lazy panels).
 */
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, openExample } from './util';

test.use({ viewport: { width: 412, height: 915 } });

async function shiftsWhileLoading(page: Page, url: string): Promise<{ sum: number; what: string[] }> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(2500);
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
                (s) => `${e.value.toFixed(3)} ${(s.node as Element | undefined)?.className ?? '?'}`,
              ),
            ),
          });
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer is never called.
        setTimeout(() => done({ sum: 0, what: [] }), 500);
      }),
  );
}

test('the list, a worksheet, the summary and the NPS worksheet do not move while they load', async ({ page }) => {
  const fresh = await createWorkbook(page, 'Shifts');
  const example = await openExample(page);
  const base = fresh.split('#')[0]!;
  for (const url of [base, fresh, `${base}#/w/${example}/summary`, `${base}#/w/${example}/nps-survey`]) {
    const { sum, what } = await shiftsWhileLoading(page, url);
    expect(sum, `${url}: ${what.join(', ')}`).toBe(0);
  }
});
