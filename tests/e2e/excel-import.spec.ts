import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { read, utils, write, type WorkBook, type WorkSheet } from 'xlsx';
import { openSheet, output, SHOTS, waitSaved } from './util';
import { rowOf } from './xlsx-find';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;

const EXAMPLE = 'Example — Baltic Bikes Ltd.';
const Q4 = 'Has there been a change in the business strategy that requires modification of the CRM solution?';
const Q5 = 'Is there a need to optimise work efficiency in the CRM system?';
const OLD_CUSTOMER = 'City Hall procurement office';
const NEW_CUSTOMER = 'City Hall — new buyer, Zażółć';
const EDITED = 'Baltic Bikes — client edits.xlsx';
const ADDED_CUSTOMER = 'Contoso (added by the client)';

const importInput = (page: Page) => page.getByLabel('Import an .xlsx file…', { exact: true });
const importCard = (page: Page) => page.getByRole('region', { name: 'Import from Excel' });
const backToList = (page: Page) => page.getByRole('link', { name: '← All workbooks' }).click();
const listLinks = (page: Page) => page.getByRole('table').first().getByRole('link');

/** "Try an example", and the example's key numbers as the app shows them. */
async function makeExample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\/[^/]+/);
  await openSheet(page, /Preliminary CRM audit/);
  await expect(output(page, 'Weighted average')).toHaveText('3.40');
  await expect(output(page, 'Total weight')).toHaveText('1.00');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(output(page, 'Number of responses')).toHaveText('12');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+42');
}

/** The page's "Export to Excel", saved as a user's download folder would have it. */
async function exportFile(page: Page): Promise<{ path: string; fileName: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to Excel' }).click(),
  ]);
  const fileName = download.suggestedFilename();
  const path = test.info().outputPath(fileName);
  await download.saveAs(path);
  return { path, fileName, bytes: readFileSync(path) };
}

const readBook = (bytes: Buffer): WorkBook => read(bytes, { type: 'buffer', cellFormula: true });

/** A cell found as a person finds it: the row by its label in column A, the column by its header. */
function cellOf(ws: WorkSheet, rowLabel: string, header: string, headerRow: number): string {
  const range = utils.decode_range(ws['!ref']!);
  for (let c = 0; c <= range.e.c; c++) {
    const h = ws[utils.encode_cell({ r: headerRow - 1, c })] as { v?: unknown } | undefined;
    if (h?.v === header) return `${utils.encode_col(c)}${rowOf(ws, rowLabel, 'A', headerRow + 1)}`;
  }
  throw new Error(`no column "${header}" in row ${headerRow}`);
}

/** Types into a cell, as a spreadsheet would store it (and the sheet grows to hold it). */
function type(ws: WorkSheet, address: string, v: string | number) {
  ws[address] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
  const range = utils.decode_range(ws['!ref']!);
  const at = utils.decode_cell(address);
  range.e.r = Math.max(range.e.r, at.r);
  range.e.c = Math.max(range.e.c, at.c);
  ws['!ref'] = utils.encode_range(range);
}

/** The last row holding `text` in column A: the NPS example's later round, the one edited. */
function lastRow(ws: WorkBook['Sheets'][string], text: string): number {
  let r = rowOf(ws, text);
  for (;;) {
    try {
      r = rowOf(ws, text, 'A', r + 1);
    } catch {
      return r;
    }
  }
}

const bytesOf = (book: WorkBook) => write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

/**
 * What a client does in Excel: the CRM audit's rating of question 4 from 2 to 5, question 5's
 * weight to "abc"; a 13th NPS respondent (score 0) under the last one; a customer renamed, and
 * one more typed in the blank line under the customers table.
 */
function clientEdits(exported: Buffer): {
  path: string;
  cells: { rating: string; weight: string; score: string; name: string; added: string };
} {
  const book = readBook(exported);
  const audit = book.Sheets['crm-audit']!;
  const header = rowOf(audit, 'Question');
  const rating = cellOf(audit, Q4, 'Rating', header);
  const weight = cellOf(audit, Q5, 'Weight', header);
  expect(audit[rating]?.v).toBe(2);
  expect(audit[weight]?.v).toBe(0.2);
  type(audit, rating, 5);
  type(audit, weight, 'abc');

  const nps = book.Sheets['nps-survey']!;
  const last = lastRow(nps, 'Respondent 12');
  expect(nps[`B${last}`]?.v).toBe(10);
  const score = `B${last + 1}`;
  type(nps, score, 0);

  const grid = book.Sheets['stakeholder-grid']!;
  const name = cellOf(grid, 'Customer 1', 'Name', rowOf(grid, 'Customer'));
  expect(grid[name]?.v).toBe(OLD_CUSTOMER);
  type(grid, name, NEW_CUSTOMER);
  const added = `${name.replace(/\d+$/, '')}${rowOf(grid, 'Customer 5') + 1}`;
  expect(grid[added]).toBeUndefined();
  type(grid, added, ADDED_CUSTOMER);

  const path = test.info().outputPath(EDITED);
  writeFileSync(path, bytesOf(book));
  return { path, cells: { rating, weight, score, name, added } };
}

async function exampleAndEditedFile(page: Page) {
  await makeExample(page);
  const exported = await exportFile(page);
  const edited = clientEdits(exported.bytes);
  await backToList(page);
  return { exported, edited };
}

const previewOf = (page: Page, file: string) => page.getByRole('region', { name: `Import “${file}”` });
/** A table row by its cells' texts, in order. */
const rowWith = (scope: Locator, ...cells: string[]) => scope.getByRole('row', { name: cells.join(' '), exact: true });

test('a client’s edited file: preview the problems and changes, replace the example, see the new numbers', async ({
  page,
}) => {
  const { edited } = await exampleAndEditedFile(page);
  const card = importCard(page);
  await expect(
    card.getByText('An .xlsx exported by this app, also after it was edited in Excel or LibreOffice.', {
      exact: false,
    }),
  ).toBeVisible();

  await importInput(page).setInputFiles(edited.path);
  const preview = previewOf(page, EDITED);
  await expect(preview.getByRole('heading', { name: `Import “${EDITED}”` })).toBeFocused();
  await expect(
    preview.getByText(new RegExp(`^Workbook “${EXAMPLE}”, exported on \\d{1,2} \\S+ \\d{4}, \\d{2}:\\d{2}\\.$`)),
  ).toBeVisible();
  await expect(preview.getByText(/^\d{3} answers read from 20 worksheets\.$/)).toBeVisible();

  // The one cell that breaks its rule, with its sheet, address and label.
  const problems = preview.getByRole('region', { name: 'Answers to check (1)' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(
    rowWith(
      problems,
      'Preliminary CRM audit',
      edited.cells.weight,
      `${Q5} — Weight`,
      'Weight must be a number from 0.1 to 0.9: “abc” is kept as typed',
    ),
  ).toBeVisible();

  // A new workbook is the default; its name is taken from the file, marked since it exists here.
  const choice = preview.getByRole('group', { name: 'What to do with the file' });
  await expect(choice.getByRole('radio', { name: 'Create a new workbook' })).toBeChecked();
  await expect(choice.getByLabel('Name of the new workbook')).toHaveValue(`${EXAMPLE} (imported)`);
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeVisible();

  // Replace: the workbook of the same name is offered, and the changes are listed.
  await choice.getByRole('radio', { name: 'Replace an existing workbook' }).check();
  await expect(choice.getByLabel('Workbook to replace').locator('option:checked')).toHaveText(EXAMPLE);
  const changes = preview.getByRole('region', { name: `Changes to “${EXAMPLE}”` });
  await expect(preview.getByText('5 answers change:')).toBeVisible();
  await expect(
    rowWith(changes, 'Preliminary CRM audit', edited.cells.rating, `${Q4} — Rating`, '2', '5'),
  ).toBeVisible();
  await expect(
    rowWith(changes, 'Preliminary CRM audit', edited.cells.weight, `${Q5} — Weight`, '0.2', 'abc'),
  ).toBeVisible();
  await expect(
    rowWith(changes, 'Net Promoter Score survey', edited.cells.score, 'Respondent 13 — Score', '(empty)', '0'),
  ).toBeVisible();
  await expect(
    rowWith(
      changes,
      'Customer interest / influence grid',
      edited.cells.name,
      'Customer 1 — Name',
      OLD_CUSTOMER,
      NEW_CUSTOMER,
    ),
  ).toBeVisible();
  await expect(
    rowWith(
      changes,
      'Customer interest / influence grid',
      edited.cells.added,
      'Customer 6 — Name',
      '(empty)',
      ADDED_CUSTOMER,
    ),
  ).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText([
    'Customer interest / influence grid — Your customers: 1 row',
    'Net Promoter Score survey — Responses: 1 row',
    'Customer interest / influence grid — Your customers: 5 rows → 6 rows',
    'Net Promoter Score survey — Responses: 12 rows → 13 rows',
  ]);
  await expect(preview.getByText('Rows added in the spreadsheet (imported as new rows):')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/excel-import-preview-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  // Nothing is written before the button: the example still has its numbers.
  await expect(listLinks(page)).toHaveText([EXAMPLE]);

  await preview.getByRole('button', { name: `Replace “${EXAMPLE}”` }).click();
  await expect(preview).toHaveCount(0);
  const done = card.getByRole('status');
  await expect(done).toHaveText(`Workbook “${EXAMPLE}” now holds the answers from “${EDITED}”. Open “${EXAMPLE}”`);
  const open = done.getByRole('link', { name: `Open “${EXAMPLE}”` });
  await expect(open).toBeFocused();
  await expect(listLinks(page)).toHaveText([EXAMPLE]);

  await open.click();
  await page.waitForURL(/#\/w\/[^/]+/);
  const checkReplaced = async () => {
    await openSheet(page, /Preliminary CRM audit/);
    await expect(page.getByLabel(`${Q4} — Rating`, { exact: true })).toHaveValue('5');
    await expect(page.getByLabel(`${Q5} — Weight`, { exact: true })).toHaveValue('abc');
    await expect(page.getByLabel(`${Q5} — Weight`, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(output(page, `${Q4} — Rating × weight`)).toHaveText('0.50');
    await expect(output(page, 'Total weight')).toHaveText('0.80');
    await expect(output(page, 'Weighted average')).toHaveText('—');
    await openSheet(page, /Net Promoter Score survey/);
    await expect(page.getByLabel('Respondent 13 — Score', { exact: true })).toHaveValue('0');
    await expect(output(page, 'Number of responses')).toHaveText('13');
    await expect(output(page, 'Net Promoter Score')).toHaveText('+31');
    await openSheet(page, /Customer interest/);
    await expect(page.getByLabel('Customer 1 — Name', { exact: true })).toHaveValue(NEW_CUSTOMER);
    await expect(page.getByLabel('Customer 6 — Name', { exact: true })).toHaveValue(ADDED_CUSTOMER);
  };
  await checkReplaced();
  await page.reload();
  await checkReplaced();

  // Exported again, the file holds the client's answers in the same cells.
  const again = readBook((await exportFile(page)).bytes);
  expect(again.Sheets['crm-audit']![edited.cells.rating]).toMatchObject({ t: 'n', v: 5 });
  expect(again.Sheets['crm-audit']![edited.cells.weight]).toMatchObject({ t: 's', v: 'abc' });
  // The NPS respondent is found by name: the new one has no segment, so the sheet's "by segment"
  // part gained a row "(no segment)" above the respondents.
  const nps = again.Sheets['nps-survey']!;
  expect(nps[`B${lastRow(nps, 'Respondent 13')}`]).toMatchObject({ t: 'n', v: 0 });
  expect(rowOf(nps, '(no segment)')).toBeGreaterThan(0);
  expect(again.Sheets['stakeholder-grid']![edited.cells.name]).toMatchObject({ v: NEW_CUSTOMER });
});

test('a replace names what it removes: a customer typed here after the export', async ({ page }) => {
  await makeExample(page);
  const exported = await exportFile(page);
  await openSheet(page, /Customer interest \/ influence grid/);
  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.getByLabel('Customer 6 — Name', { exact: true }).fill('Typed here after the export');
  await waitSaved(page);
  await backToList(page);
  // As a user: the button clicked (the reader starts getting ready), the file picked in the dialog.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.xlsx-import-card').getByText('Choose a file…', { exact: true }).click(),
  ]);
  await chooser.setFiles(exported.path);
  const preview = previewOf(page, exported.fileName);
  await preview
    .getByRole('group', { name: 'What to do with the file' })
    .getByRole('radio', { name: 'Replace an existing workbook' })
    .check();
  await expect(preview.getByRole('listitem').filter({ hasText: 'Your customers' })).toHaveText(
    'Customer interest / influence grid — Your customers: 6 rows → 5 rows (not in the file, so removed: “Typed here after the export”)',
  );
});

test('the same file as a new workbook: two workbooks, the new one with the file’s answers; Cancel writes nothing', async ({
  page,
}) => {
  const { edited } = await exampleAndEditedFile(page);

  // Cancel: nothing written, the focus back on the file input.
  await importInput(page).setInputFiles(edited.path);
  const preview = previewOf(page, EDITED);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  await expect(importInput(page)).toBeFocused();
  await expect(listLinks(page)).toHaveText([EXAMPLE]);

  await importInput(page).setInputFiles(edited.path);
  const name = preview.getByLabel('Name of the new workbook');
  await name.fill('  ');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(preview.getByRole('alert')).toHaveText('Give the new workbook a name.');
  await expect(name).toBeFocused();
  await name.fill('Baltic Bikes — client copy');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const done = importCard(page).getByRole('status');
  await expect(done).toContainText(`Workbook “Baltic Bikes — client copy” was created from “${EDITED}”.`);
  await expect(listLinks(page)).toHaveCount(2);
  await expect(page.getByRole('link', { name: EXAMPLE, exact: true })).toBeVisible();

  await done.getByRole('link', { name: 'Open “Baltic Bikes — client copy”' }).click();
  await openSheet(page, /Net Promoter Score survey/);
  await expect(output(page, 'Number of responses')).toHaveText('13');
  await openSheet(page, /Preliminary CRM audit/);
  await expect(page.getByLabel(`${Q4} — Rating`, { exact: true })).toHaveValue('5');
  await expect(output(page, 'Total weight')).toHaveText('0.80');
  // The consultant corrects the client's "abc" in the app: 3.40 + (5 − 2) × 0.1.
  await page.getByLabel(`${Q5} — Weight`, { exact: true }).fill('0.2');
  await expect(output(page, 'Weighted average')).toHaveText('3.70');
  await waitSaved(page);

  // The example itself is untouched.
  await backToList(page);
  await page.reload();
  await expect(listLinks(page)).toHaveCount(2);
  await page.getByRole('link', { name: EXAMPLE, exact: true }).click();
  await openSheet(page, /Preliminary CRM audit/);
  await expect(output(page, 'Weighted average')).toHaveText('3.40');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(output(page, 'Number of responses')).toHaveText('12');
  await backToList(page);
  await page.getByRole('link', { name: 'Baltic Bikes — client copy', exact: true }).click();
  await openSheet(page, /Preliminary CRM audit/);
  await expect(output(page, 'Weighted average')).toHaveText('3.70');
});

test('hostile files: each says what is wrong and nothing changes', async ({ page }) => {
  const { exported } = await exampleAndEditedFile(page);
  const alert = importCard(page).getByRole('alert');
  const choose = (name: string, buffer: Buffer) =>
    importInput(page).setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });

  const random = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
  await choose('holiday.xlsx', random);
  await expect(alert).toHaveText(
    '“holiday.xlsx” cannot be imported: it is not an Excel workbook (.xlsx). Nothing was changed.',
  );
  await page.screenshot({ path: `${SHOTS}/excel-import-error-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  await choose('cut.xlsx', exported.bytes.subarray(0, Math.floor(exported.bytes.length / 2)));
  await expect(alert).toHaveText(
    '“cut.xlsx” cannot be imported: the file is damaged or incomplete. Nothing was changed.',
  );

  const newer = readBook(exported.bytes);
  newer.Sheets['_inputs']!['C2'] = { t: 'n', v: 99 };
  await choose('future.xlsx', bytesOf(newer));
  await expect(alert).toHaveText(
    '“future.xlsx” cannot be imported: it was made by a newer version of CRM Workbook (data version 99); update the app first (reload the page). Nothing was changed.',
  );

  const missing = readBook(exported.bytes);
  missing.SheetNames = missing.SheetNames.filter((n) => n !== 'crm-audit');
  delete missing.Sheets['crm-audit'];
  await choose('no-audit.xlsx', bytesOf(missing));
  await expect(alert).toHaveText(
    '“no-audit.xlsx” cannot be imported: the sheet “crm-audit” (Preliminary CRM audit) is missing. Nothing was changed.',
  );

  const foreign = utils.book_new();
  utils.book_append_sheet(
    foreign,
    utils.aoa_to_sheet([
      ['Customer', 'Score'],
      ['Acme', 9],
    ]),
    'Sheet1',
  );
  await choose('budget.xlsx', bytesOf(foreign));
  await expect(alert).toHaveText(
    '“budget.xlsx” cannot be imported: it is not a workbook exported by CRM Workbook (its hidden “_inputs” sheet is missing). Nothing was changed.',
  );

  await choose('huge.xlsx', Buffer.alloc(40 * 1024 * 1024 + 1, 0x50));
  await expect(alert).toContainText('“huge.xlsx” cannot be imported: it is larger than 40 MB');
  await expect(page.getByRole('region', { name: /^Import “/ })).toHaveCount(0);

  // Nothing was written: the list and the example's numbers are as they were, also after a reload.
  await page.reload();
  await expect(listLinks(page)).toHaveText([EXAMPLE]);
  await page.getByRole('link', { name: EXAMPLE, exact: true }).click();
  await openSheet(page, /Preliminary CRM audit/);
  await expect(output(page, 'Weighted average')).toHaveText('3.40');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(output(page, 'Number of responses')).toHaveText('12');
});

test('Polish: the preview, numbers with a decimal comma and grouping, an error; narrow screens', async ({ page }) => {
  const { edited, exported } = await exampleAndEditedFile(page);
  await page.getByRole('button', { name: 'Polski' }).click();
  const card = page.getByRole('region', { name: 'Import z Excela' });
  const input = page.getByLabel('Importuj plik .xlsx…', { exact: true });
  await expect(card.getByText(/^Plik \.xlsx wyeksportowany z tej aplikacji/)).toBeVisible();

  await input.setInputFiles(edited.path);
  const preview = page.getByRole('region', { name: `Import pliku „${EDITED}”` });
  await expect(preview.getByRole('heading', { name: `Import pliku „${EDITED}”` })).toBeFocused();
  await expect(
    preview.getByText(new RegExp(`^Zeszyt „${EXAMPLE}”, wyeksportowany \\d{1,2} \\S+ \\d{4}, \\d{2}:\\d{2}\\.$`)),
  ).toBeVisible();
  await expect(preview.getByText(/^Odczytano \d{3} odpowiedzi z 20 ćwiczeń\.$/)).toBeVisible();
  const problems = preview.getByRole('region', { name: 'Odpowiedzi do sprawdzenia (1)' });
  await expect(
    rowWith(
      problems,
      'Wstępny audyt CRM',
      edited.cells.weight,
      'Czy istnieje potrzeba optymalizacji efektywności pracy w systemie CRM? — Waga',
      'Waga musi być liczbą od 0,1 do 0,9: „abc” zostaje tak, jak wpisano',
    ),
  ).toBeVisible();
  const choice = preview.getByRole('group', { name: 'Co zrobić z plikiem' });
  await expect(choice.getByLabel('Nazwa nowego zeszytu')).toHaveValue(`${EXAMPLE} (zaimportowany)`);
  await page.screenshot({ path: `${SHOTS}/excel-import-preview-pl.png`, fullPage: true });
  await choice.getByRole('radio', { name: 'Zastąp istniejący zeszyt' }).check();
  const changes = preview.getByRole('region', { name: `Zmiany w zeszycie „${EXAMPLE}”` });
  await expect(preview.getByText('Zmienia się 5 odpowiedzi:')).toBeVisible();
  await expect(
    rowWith(
      changes,
      'Wstępny audyt CRM',
      edited.cells.weight,
      'Czy istnieje potrzeba optymalizacji efektywności pracy w systemie CRM? — Waga',
      '0,2',
      'abc',
    ),
  ).toBeVisible();
  await expect(
    rowWith(changes, 'Badanie Net Promoter Score (NPS)', edited.cells.score, 'Respondent 13 — Wartość', '(puste)', '0'),
  ).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText([
    'Siatka zainteresowania i wpływu klientów — Twoi klienci: 1 wiersz',
    'Badanie Net Promoter Score (NPS) — Odpowiedzi: 1 wiersz',
    'Siatka zainteresowania i wpływu klientów — Twoi klienci: 5 wierszy → 6 wierszy',
    'Badanie Net Promoter Score (NPS) — Odpowiedzi: 12 wierszy → 13 wierszy',
  ]);
  await expect(preview.getByRole('button', { name: `Zastąp „${EXAMPLE}”` })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/excel-import-replace-pl.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  // 390 px wide: the same preview, both languages.
  // The page is no wider than the screen: wide tables scroll inside their box.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await card.screenshot({ path: `${SHOTS}/excel-import-preview-pl-390.png` });
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(previewOf(page, EDITED).getByText('5 answers change:')).toBeVisible();
  await importCard(page).screenshot({ path: `${SHOTS}/excel-import-preview-en-390.png` });
  await page.getByRole('button', { name: 'Polski' }).click();
  await preview.getByRole('button', { name: 'Anuluj' }).click();
  await expect(preview).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A sheet of 200,012 rows: the numbers grouped the Polish way.
  const big = readBook(exported.bytes);
  const nps = big.Sheets['nps-survey']!;
  const start = lastRow(nps, 'Respondent 12') + 1;
  for (let r = start; r <= 200_012; r++) nps[`B${r}`] = { t: 'n', v: r % 11 };
  nps['!ref'] = `A1:C200012`;
  await input.setInputFiles({ name: 'ogromny.xlsx', mimeType: 'application/octet-stream', buffer: bytesOf(big) });
  const alert = card.getByRole('alert');
  await expect(alert).toHaveText(
    'Nie można zaimportować pliku „ogromny.xlsx”: arkusz „nps-survey” ma 200 012 wierszy; odczytywanych jest najwyżej 150 000. Niczego nie zmieniono.',
  );
  await page.screenshot({ path: `${SHOTS}/excel-import-error-pl.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
  // The message follows the language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(importCard(page).getByRole('alert')).toHaveText(
    '“ogromny.xlsx” cannot be imported: it holds 200,012 rows in sheet “nps-survey”; at most 150,000 are read. Nothing was changed.',
  );
  await expect(listLinks(page)).toHaveText([EXAMPLE]);
});

test('many problems: the first hundred listed, then every one on request', async ({ page }) => {
  await makeExample(page);
  const exported = await exportFile(page);
  const book = readBook(exported.bytes);
  const nps = book.Sheets['nps-survey']!;
  const last = lastRow(nps, 'Respondent 12');
  for (let i = 1; i <= 150; i++) type(nps, `B${last + i}`, `x${i}`);
  const path = test.info().outputPath('many problems.xlsx');
  writeFileSync(path, bytesOf(book));
  await backToList(page);

  await importInput(page).setInputFiles(path);
  const preview = previewOf(page, 'many problems.xlsx');
  const problems = preview.getByRole('region', { name: 'Answers to check (150)' });
  await expect(problems.getByRole('row')).toHaveCount(101);
  await expect(
    rowWith(
      problems,
      'Net Promoter Score survey',
      `B${last + 1}`,
      'Respondent 13 — Score',
      'Score must be a whole number from 0 to 10: “x1” is kept as typed',
    ),
  ).toBeVisible();
  await expect(preview.getByText('and 50 more')).toBeVisible();
  await preview.getByRole('button', { name: 'Show all 150' }).click();
  await expect(problems.getByRole('row')).toHaveCount(151);
  await expect(
    rowWith(
      problems,
      'Net Promoter Score survey',
      `B${last + 150}`,
      'Respondent 162 — Score',
      'Score must be a whole number from 0 to 10: “x150” is kept as typed',
    ),
  ).toBeVisible();
  await expect(problems).toBeFocused();
  await expect(preview.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
});
