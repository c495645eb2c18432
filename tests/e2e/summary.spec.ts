import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { downloadWorkbook, openExample, openSheet, output, SHOTS } from './util';
import { rowOf } from './xlsx-find';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
const nav = (page: Page) => page.getByRole('navigation', { name: /Worksheets|Ćwiczenia/ });
/** One worksheet's card on the Summary page, found by its title. */
const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
/** A result's value on the Summary page: the definition term, then its value. */
const value = (page: Page, title: string, label: string) =>
  card(page, title)
    .locator('.summary-result')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.summary-value');

test('the example’s Summary: every worksheet, the same numbers as its page and as the Excel summary sheet', async ({
  page,
}) => {
  await openExample(page);
  await nav(page).getByRole('link', { name: 'Summary' }).click();
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Summary' })).toHaveAttribute('aria-current', 'page');

  // Every worksheet, complete in the example, with its results.
  const titles = await nav(page).locator('li a .nav-title').allTextContents();
  expect(titles.slice(0, 2)).toEqual(['Summary', 'Report']);
  for (const title of titles.slice(2)) {
    await expect(card(page, title)).toBeVisible();
    await expect(card(page, title).locator('.summary-completion')).toContainText('100%');
    expect(await card(page, title).locator('.summary-result').count()).toBeGreaterThan(0);
  }
  await expect(value(page, 'Net Promoter Score survey', 'Net Promoter Score')).toHaveText('+42');
  await expect(value(page, 'Preliminary CRM audit', 'Weighted average')).toHaveText('3.40');
  // Pictures where they say more.
  await expect(card(page, 'Customer interest / influence grid').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Key players/,
  );
  await expect(card(page, 'Net Promoter Score survey').locator('canvas')).toBeVisible();
  await expect(card(page, 'Crisis management plan').getByRole('table', { name: /^Heat map/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/summary-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  // The same as the worksheets' own pages…
  await card(page, 'Net Promoter Score survey').getByRole('link', { name: 'Net Promoter Score survey' }).click();
  await expect(output(page, 'Net Promoter Score')).toHaveText('+42');
  // …and as the Excel summary sheet.
  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['Summary']!;
  expect(Math.round(Number(ws[`E${rowOf(ws, 'Net Promoter Score', 'D')}`]?.v))).toBe(42);
  expect(ws[`E${rowOf(ws, 'Weighted average', 'D')}`]?.v).toBeCloseTo(3.4, 10);

  // Followed live: a changed score changes the summary.
  await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('0');
  await nav(page).getByRole('link', { name: 'Summary' }).click();
  await expect(value(page, 'Net Promoter Score survey', 'Net Promoter Score')).not.toHaveText('+42');
  await expect(value(page, 'Net Promoter Score survey', 'Net Promoter Score')).toHaveText(
    await (async () => {
      await openSheet(page, 'Net Promoter Score survey');
      const shown = (await output(page, 'Net Promoter Score').textContent()) ?? '';
      await nav(page).getByRole('link', { name: 'Summary' }).click();
      return shown;
    })(),
  );
});

test('a new workbook’s Summary in Polish: “Nie rozpoczęto” and “—” with what is missing, never a fake 0; phone width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByLabel('Nazwa zeszytu').fill('Nowa firma');
  await page.getByRole('button', { name: 'Utwórz', exact: true }).click();
  await page.waitForURL(/#\/w\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Siatka zainteresowania i wpływu klientów' })).toBeVisible();
  const id = page.url().split('#/w/')[1]!.split('/')[0]!;
  await page.goto(`/#/w/${id}/summary`);
  await expect(page.getByRole('heading', { level: 2, name: 'Podsumowanie' })).toBeVisible();
  const nps = card(page, 'Badanie Net Promoter Score (NPS)');
  await expect(nps.locator('.summary-completion')).toHaveText('Nie rozpoczęto');
  await expect(value(page, 'Badanie Net Promoter Score (NPS)', 'Net Promoter Score')).toHaveText('—');
  await expect(nps.locator('.result-detail.missing').first()).not.toBeEmpty();
  // The first worksheet was opened on creation: started, nothing answered.
  await expect(card(page, 'Siatka zainteresowania i wpływu klientów').locator('.summary-completion')).toContainText(
    '0%',
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/summary-pl-390.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
});

test('printing the Summary prints the content only: no header, navigation or buttons', async ({ page }) => {
  await openExample(page);
  await nav(page).getByRole('link', { name: 'Summary' }).click();
  await expect(card(page, 'Crisis management plan')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(nav(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export to Excel' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(card(page, 'Crisis management plan')).toBeVisible();
});
