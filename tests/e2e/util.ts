import { expect, type Page } from '@playwright/test';
import { read, type WorkBook } from 'xlsx';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';

// Outside test-results/, which Playwright empties at the start of every run.
export const SHOTS = 'screenshots';

/** Creates a workbook through the page and waits for its first worksheet. */
export async function createWorkbook(page: Page, name: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Workbook name').fill(name);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/#\/w\//);
  return page.url();
}

/** "Try an example" in the given interface language; returns the new workbook's id. */
export async function openExample(page: Page, language: 'English' | 'Polski' = 'English'): Promise<string> {
  await page.goto('/');
  if (language === 'Polski') await page.getByRole('button', { name: 'Polski' }).click();
  // The button in the chosen language: clicked before the switch, the example would be English.
  await page.getByRole('button', { name: language === 'Polski' ? 'Wypróbuj przykład' : 'Try an example' }).click();
  await page.waitForURL(/#\/w\//);
  return page.url().split('#/w/')[1]!.split('/')[0]!;
}

export async function openSheet(page: Page, title: RegExp | string) {
  await page
    .getByRole('navigation', { name: /Worksheets|Ćwiczenia/ })
    .getByRole('link', { name: title })
    .click();
}

/** The text of a result <output>, found by its accessible name. */
export const output = (page: Page, name: string | RegExp) =>
  page.getByRole('status', { name, exact: typeof name === 'string' });

export async function waitSaved(page: Page) {
  // The save status itself: a banner may quote the same words.
  await expect(page.locator('.save-status')).toHaveText(/All changes saved|Wszystkie zmiany zapisane/);
}

export async function downloadWorkbook(
  page: Page,
  button = 'Export to Excel',
): Promise<{ book: WorkBook; fileName: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return {
    book: read(readFileSync(path), { type: 'buffer', cellFormula: true, cellNF: true }),
    fileName: download.suggestedFilename(),
  };
}

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** axe finds no WCAG A/AA violation on the page as it is now (listed by rule and element). */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/**
 * Pastes `text` into the box labelled `box` as a user does (the clipboard, Ctrl+V), replacing what
 * it held; the test must grant clipboard-read and clipboard-write.
 */
export async function paste(page: Page, text: string, box = 'Paste rows') {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.getByLabel(box, { exact: true });
  await area.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(area).not.toHaveValue('');
}
