import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openExample, SHOTS } from './util';
import { printToPdf } from './report-pdf';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
const nav = (page: Page) => page.getByRole('navigation', { name: /Worksheets|Ćwiczenia/ });

const squash = (s: string) => s.replace(/\s+/g, ' ');

test('the example’s report: a cover, the summary and every worksheet read-only, no app chrome; a worksheet left out by a tick', async ({
  page,
}) => {
  await openExample(page);
  await nav(page).getByRole('link', { name: 'Report' }).click();
  await expect(page).toHaveURL(/\/report$/);
  await page.getByLabel('Company', { exact: true }).fill('Baltic Bikes Ltd.');
  await page.getByLabel('Prepared by', { exact: true }).fill('Anna Nowak, consultant');
  await page.getByRole('checkbox', { name: 'Loyalty programme: action → reaction' }).uncheck();
  await expect(
    page.getByRole('article', { name: 'Report' }).getByRole('heading', { name: 'Customer relationship diagnostic' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/report-screen-en.png`, fullPage: false });
  expect(await axe(page)).toEqual([]);

  // The settings are kept with the workbook.
  await page.reload();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Baltic Bikes Ltd.');
  await expect(page.getByRole('checkbox', { name: 'Loyalty programme: action → reaction' })).not.toBeChecked();
  await expect(page.locator('canvas').first()).toBeVisible();

  const { text, pages } = await printToPdf(page, 'report-en');
  const flat = squash(text);
  for (const s of [
    'Customer relationship diagnostic',
    'Example — Baltic Bikes Ltd.',
    'Baltic Bikes Ltd.',
    'Anna Nowak, consultant',
    'Summary',
  ])
    expect(flat).toContain(s);
  for (const title of [
    'Customer interest / influence grid',
    'How you reach customers',
    'Net Promoter Score survey',
    'Preliminary CRM audit',
    'Crisis management plan',
    'Should a voicebot be used?',
  ])
    expect(flat).toContain(title);
  // Key numbers, and answers as text.
  expect(flat).toContain('+42');
  expect(flat).toContain('3.40');
  expect(flat).toContain('Cyberattack');
  // NPS over time: the change between the two rounds in words, read-only; the segments and reasons.
  expect(flat).toContain('up 50.0 points (± 65.0): within the uncertainty: not a clear change');
  expect(flat).toContain('Spare parts are hard to get');
  // Left out by its tick, everywhere.
  expect(flat).not.toContain('Loyalty programme');
  // None of the app's chrome.
  for (const chrome of [
    'Export to Excel',
    'All workbooks',
    'Print or save as PDF',
    'Worksheets in the report',
    'Live worksheets for building',
    'Try again',
  ])
    expect(flat).not.toContain(chrome);
  // A sane length for twenty worksheets (not one page per respondent): 53 when written.
  expect(pages).toBeGreaterThanOrEqual(10);
  expect(pages).toBeLessThanOrEqual(56);
  // Numbered pages.
  expect(flat).toContain(`2 / ${pages}`);
});

test('the report in Polish, and a survey of 3,000 respondents does not make it longer', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExample(page, 'Polski');
  await nav(page).getByRole('link', { name: 'Raport' }).click();
  await expect(page.getByRole('heading', { name: 'Diagnoza relacji z klientami' })).toBeVisible();
  const short = await printToPdf(page, 'report-pl');
  const flat = squash(short.text);
  for (const s of [
    'Diagnoza relacji z klientami',
    'Podsumowanie',
    'Badanie Net Promoter Score (NPS)',
    'Wstępny audyt CRM',
    '3,40',
    'Plan zarządzania kryzysowego',
  ])
    expect(flat).toContain(s);
  for (const chrome of ['Eksportuj', 'Wszystkie zeszyty', 'Drukuj lub zapisz jako PDF'])
    expect(flat).not.toContain(chrome);
  // The preview on a phone: no sideways scrolling of the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/report-pl-390.png` });
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  // 3,000 more respondents, pasted.
  await nav(page)
    .getByRole('link', { name: /Badanie Net Promoter Score/ })
    .click();
  const scores = Array.from({ length: 3000 }, (_, i) => String(i % 11)).join('\n');
  // Pasted as a user pastes (the clipboard), not typed in.
  await page.evaluate((t) => navigator.clipboard.writeText(t), scores);
  const area = page.getByLabel('Wklej wiersze', { exact: true });
  await area.click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(area).not.toHaveValue('');
  await page.getByRole('button', { name: 'Dodaj wiersze', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Liczba odpowiedzi', exact: true })).toHaveText('3012');
  await nav(page).getByRole('link', { name: 'Raport' }).click();
  await expect(page.getByRole('heading', { name: 'Diagnoza relacji z klientami' })).toBeVisible();
  const long = await printToPdf(page, 'report-pl-3000');
  expect(squash(long.text)).toContain('3012');
  expect(long.pages).toBeLessThanOrEqual(short.pages + 1);
});
