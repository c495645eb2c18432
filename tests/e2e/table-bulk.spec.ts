// The generic long table (a table block with `bulk`), on the customer grid's table: paste several
// columns with a header, the shared pager with "go to row", Undo, a .csv column set, a refused
// file that changes nothing, reload, axe.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbook, openSheet, SHOTS, waitSaved } from './util';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;

const customers = (n: number) =>
  Array.from({ length: n }, (_, i) => `Client ${i + 1}\t${i % 2 ? 'High' : 'Low'}\t${(i % 10) + 1}`);

test('paste several columns with a header, page through 250 rows, go to a row, undo, import a .csv, reload', async ({
  page,
}) => {
  await createWorkbook(page, 'Bulk table');
  await openSheet(page, /interest \/ influence/i);
  const table = page.locator('#customers-table');
  await expect(table).toBeVisible();

  // Columns named by the header, in another order than the table's; one name the table lacks.
  const paste = page.getByLabel('Paste rows');
  await paste.fill(
    ['Name\tInterest\tInterest score (1–10)\tNotes', ...customers(249), 'Client 250\tmaybe\t12'].join('\n'),
  );
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  const status = page.locator('.table-bulk [role="status"]');
  await expect(status).toContainText('Added 250 rows.');
  await expect(status).toContainText('Line 1 was read as the names of the columns.');
  await expect(status).toContainText('left out: “Notes”');
  await expect(status).toContainText('to be checked in the table (2)');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Line 251 · Interest score (1–10): “12” — outside 1–10' }),
  ).toBeVisible();

  // The shared pager: 100 a page, keyboard reachable.
  const pager = page.getByRole('navigation', { name: 'Pages of Customer' });
  await expect(pager).toContainText('Rows 1–100 of 250');
  await expect(page.getByRole('textbox', { name: 'Customer 1 — Name' })).toHaveValue('Client 1');
  await pager.getByRole('button', { name: 'Next rows' }).focus();
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Rows 101–200 of 250');
  await pager.getByLabel('Go to row').fill('250');
  await pager.getByLabel('Go to row').press('Enter');
  await expect(pager).toContainText('Rows 201–250 of 250');
  await expect(page.getByRole('textbox', { name: 'Customer 250 — Name' })).toBeFocused();
  // Kept as typed and flagged where it is.
  await expect(page.getByRole('textbox', { name: 'Customer 250 — Interest score (1–10)' })).toHaveValue('12');
  await pager.getByLabel('Go to row').fill('999');
  await pager.getByRole('button', { name: 'Go' }).click();
  await expect(pager.getByRole('alert')).toHaveText('Enter a row number from 1 to 250');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/table-bulk-1280-en.png`, fullPage: false });

  // Undo takes the whole paste back in one step.
  await page.getByRole('button', { name: 'Undo this addition' }).click();
  await expect(pager).toHaveCount(0);
  // The new sheet's three empty rows, which the paste filled, are back.
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: 'Customer 1 — Name' })).toHaveValue('');

  // A .csv column set: columns chosen by their headers; the score column's header is the table's.
  const dir = mkdtempSync(join(tmpdir(), 'bulk-'));
  const csv = join(dir, 'crm-export.csv');
  writeFileSync(csv, 'Interest;Name;Influence\nHigh;Acme;Low\nLow;Beta;High\n;Gamma;\n');
  await page.locator('.table-bulk input[type=file]').setInputFiles(csv);
  await expect(page.getByLabel('File column for “Name”')).toHaveValue('1');
  await expect(page.getByLabel('File column for “Interest score (1–10)”')).toHaveValue('-1');
  await page.getByRole('button', { name: 'Add rows from the file' }).click();
  await expect(status).toContainText('Added 3 rows.');
  await expect(page.getByRole('textbox', { name: 'Customer 3 — Name' })).toHaveValue('Gamma');
  await expect(page.getByRole('radio', { name: 'High' }).first()).toBeChecked();

  // A file that is no table: refused, nothing changes.
  const bad = join(dir, 'photo.xlsx');
  writeFileSync(bad, Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]));
  await page.locator('.table-bulk input[type=file]').setInputFiles(bad);
  await expect(status).toContainText('“photo.xlsx”: The file could not be read as .csv or .xlsx');
  await expect(status).toContainText('Nothing was changed.');
  await expect(table.locator('tbody tr')).toHaveCount(3);

  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Customer 2 — Name' })).toHaveValue('Beta');
  await expect(page.locator('#customers-table tbody tr')).toHaveCount(3);
});

test('Polish: the paste box, the refusal of a too wide paste, 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByLabel('Nazwa zeszytu').fill('Tabela');
  await page.getByRole('button', { name: 'Utwórz', exact: true }).click();
  await page.waitForURL(/#\/w\//);
  await page.goto(`${page.url()}/stakeholder-grid`);
  await page.getByLabel('Wklej wiersze').fill('1\t2\t3\t4\t5\t6\t7\n');
  await page.getByRole('button', { name: 'Dodaj wiersze', exact: true }).click();
  await expect(page.locator('.table-bulk [role="status"]')).toContainText(
    'Linia 1 ma więcej wartości (7) niż tabela kolumn (5).',
  );
  // Refused whole: the sheet's three empty rows are as they were.
  await expect(page.locator('#customers-table tbody tr')).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: 'Klient 1 — Nazwa' })).toHaveValue('');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axe(page)).toEqual([]);
  await page.locator('.table-bulk').screenshot({ path: `${SHOTS}/table-bulk-390-pl.png` });
});
