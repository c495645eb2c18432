import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WORKSHEET_IDS } from '../../src/lib/worksheets/ids';
import { openExample, SHOTS } from './util';

// No worksheet makes its user scroll sideways to reach an input or a result: a table wider than
// its block turns into one card per row (fit-table), and the page is never wider than the screen.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Tables of rows (not the heat map or the small distribution table) wider than their box. */
const overflowingTables = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.table-scroll:has(> .sheet-table)')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.querySelector('table')?.id || 'a table'),
  );

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const [width, language] of [
  [1280, 'English'],
  [1280, 'Polski'],
  [1024, 'Polski'],
  [390, 'English'],
] as const) {
  test(`no worksheet scrolls sideways at ${width} px (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const id = await openExample(page, language);
    for (const sheet of WORKSHEET_IDS) {
      await page.goto(`/#/w/${id}/${sheet}`);
      await expect(page.locator('#worksheet-title')).toBeVisible();
      await expect.poll(() => overflowingTables(page), { message: sheet }).toEqual([]);
      expect(await pageWidth(page), sheet).toBeLessThanOrEqual(width);
      if (width === 390) {
        // Every sheet is in cards here: the cards must be as accessible as the tables.
        const violations = (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
        expect(violations, sheet).toEqual([]);
      }
    }
  });
}

test('a wide table is cards, each field under its column label, and a table again when there is room', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = await openExample(page, 'English');
  await page.goto(`/#/w/${id}/satisfaction-moments`);
  const table = page.locator('#situations-table');
  await expect(table).toHaveClass(/cards/);
  // The column label is shown with its field; the field keeps its accessible name.
  const first = table.locator('tbody tr').first();
  await expect(first.getByText('What made them happy?', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Situation 1 — What made them happy?' })).toHaveValue(
    /Speed and reliability/,
  );
  // Typing in a card is typing in the worksheet.
  await page.getByRole('textbox', { name: 'Situation 2 — Note on repetition' }).fill('Seen twice since');
  await expect(page.getByRole('textbox', { name: 'Situation 2 — Note on repetition' })).toHaveValue('Seen twice since');
  await page.screenshot({ path: `${SHOTS}/cards-moments-en.png`, fullPage: true });

  // The loyalty table fits at 1280 px, becomes cards on a narrow window, and a table again.
  await page.goto(`/#/w/${id}/loyalty-exchange`);
  const pairs = page.locator('#pairs-table');
  await expect(pairs).not.toHaveClass(/cards/);
  await page.setViewportSize({ width: 480, height: 900 });
  await expect(pairs).toHaveClass(/cards/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(pairs).not.toHaveClass(/cards/);
  await expect(page.getByRole('columnheader', { name: 'Reaction', exact: true })).toBeVisible();
});

test('on a phone the worksheet list folds into one line and folds again once a worksheet is chosen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const id = await openExample(page, 'Polski');
  await page.goto(`/#/w/${id}/channel-audit`);
  const nav = page.getByRole('navigation', { name: 'Ćwiczenia' });
  const fold = nav.locator('summary');
  await expect(fold).toHaveText(/Ćwiczenie 3 z 20\s*Jak docierasz do klientów/);
  // Folded: the worksheet starts right under it, its links hidden.
  await expect(nav.getByRole('link', { name: /Plan zarządzania kryzysowego/ })).toBeHidden();
  await fold.focus();
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${SHOTS}/nav-fold-open-pl-390.png` });
  await nav.getByRole('link', { name: /Plan zarządzania kryzysowego/ }).click();
  await expect(page.locator('#worksheet-title')).toHaveText('Plan zarządzania kryzysowego');
  await expect(fold).toHaveText(/Ćwiczenie 14 z 20/);
  await expect(nav.getByRole('link', { name: /Jak docierasz do klientów/ })).toBeHidden();
  // The back button still works, and the line follows it.
  await page.goBack();
  await expect(fold).toHaveText(/Ćwiczenie 3 z 20/);
});
