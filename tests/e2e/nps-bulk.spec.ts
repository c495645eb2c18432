import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utils, write } from 'xlsx';
import { createWorkbook, downloadWorkbook, openSheet, output, SHOTS, waitSaved } from './util';

// A real paste (Ctrl+V) needs the clipboard; 127.0.0.1 is a secure context.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;

/** Deterministic scores 0–10 (an LCG), with the NPS figures computed here, independently of the app. */
function survey(n: number, seed: number) {
  let x = seed;
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    scores.push(Math.floor((x / 2147483648) * 11));
  }
  const promoters = scores.filter((s) => s >= 9).length;
  const passives = scores.filter((s) => s === 7 || s === 8).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const pct = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const counts = Array.from({ length: 11 }, (_, s) => scores.filter((v) => v === s).length);
  return {
    scores,
    counts,
    nps: ((promoters - detractors) * 100) / n,
    text: {
      responses: n.toLocaleString('en-GB'),
      promoters: pct.format(promoters / n),
      passives: pct.format(passives / n),
      detractors: pct.format(detractors / n),
      // The app writes a true minus sign (U+2212).
      nps: signed.format(((promoters - detractors) * 100) / n).replace('-', '\u2212'),
    },
    groups: { promoters, passives, detractors },
  };
}

async function paste(page: Page, text: string, box = 'Paste scores') {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.getByLabel(box, { exact: true });
  await area.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(area).not.toHaveValue('');
}

async function expectSummary(page: Page, s: ReturnType<typeof survey>['text']) {
  await expect(output(page, 'Number of responses')).toHaveText(s.responses);
  await expect(output(page, '% Promoters')).toHaveText(s.promoters);
  await expect(output(page, '% Passives')).toHaveText(s.passives);
  await expect(output(page, '% Detractors')).toHaveText(s.detractors);
  await expect(output(page, 'Net Promoter Score')).toHaveText(s.nps);
}

test('paste 1,000 scores: NPS, percentages and distribution; reload; export with formulas', async ({ page }) => {
  const s = survey(1000, 20240607);
  await createWorkbook(page, 'Survey client');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(page.getByText('The distribution of scores appears here once scores are entered.')).toBeVisible();

  await paste(page, s.scores.join('\n'));
  await page.getByRole('button', { name: 'Add scores', exact: true }).click();
  await expect(page.getByText('Added 1,000 scores.')).toBeVisible();
  await expect(page.getByLabel('Paste scores', { exact: true })).toHaveValue('');
  await expectSummary(page, s.text);

  // The ten empty default rows were filled first: respondent 1 holds the first pasted score, and
  // the list is exactly 1,000 long, shown 50 at a time.
  await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue(String(s.scores[0]));
  await expect(output(page, 'Respondent 1 — Category')).toHaveText(
    s.scores[0]! >= 9 ? 'Promoter' : s.scores[0]! >= 7 ? 'Passive' : 'Detractor',
  );
  await expect(page.getByText('Rows 1–50 of 1,000')).toBeVisible();
  await expect(page.getByLabel('Respondent 51 — Score', { exact: true })).toHaveCount(0);

  // Distribution: the table beside the chart gives the count of each score; category counts below.
  const dist = page.getByRole('table', { name: 'Distribution of scores (0–10)' });
  await expect(dist.getByRole('row').nth(1).getByRole('cell')).toHaveText(s.counts.map(String));
  await expect(page.getByRole('list', { name: 'Respondents by category' }).getByRole('listitem')).toHaveText([
    `Detractors (0–6): ${s.groups.detractors}`,
    `Passives (7–8): ${s.groups.passives}`,
    `Promoters (9–10): ${s.groups.promoters}`,
  ]);
  const chart = page.getByRole('img', { name: /Distribution of scores/ });
  await expect(chart).toHaveAttribute(
    'aria-label',
    `Distribution of scores (0–10): ${s.counts.map((c, i) => `${i} ${c}`).join(', ')}`,
  );

  // Last page, and typing one score there updates the summary.
  for (let p = 0; p < 19; p++) await page.getByRole('button', { name: 'Next rows' }).click();
  await expect(page.getByText('Rows 951–1,000 of 1,000')).toBeVisible();
  await expect(page.getByLabel('Respondent 1000 — Score', { exact: true })).toHaveValue(String(s.scores[999]));
  await page.getByRole('button', { name: 'Previous rows' }).click();
  await page.getByRole('button', { name: 'Next rows' }).click();
  await page.screenshot({ path: `${SHOTS}/nps-bulk-1000-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  await waitSaved(page);
  await page.reload();
  await expectSummary(page, s.text);
  await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue(String(s.scores[0]));

  const { book } = await downloadWorkbook(page);
  const nps = book.Sheets['nps-survey']!;
  expect(nps['B5']).toMatchObject({ f: expect.any(String), v: 1000 });
  expect(nps['B6']).toMatchObject({ f: expect.any(String), v: s.groups.promoters / 1000 });
  expect(nps['B8']).toMatchObject({ f: expect.any(String), v: s.groups.detractors / 1000 });
  expect(nps['B9']?.f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(nps['B9']?.v).toBeCloseTo(s.nps, 9);
  expect(nps['A13']?.v).toBe('Respondent 1');
  expect(nps['B13']).toMatchObject({ t: 'n', v: s.scores[0] });
  expect(nps['A1012']?.v).toBe('Respondent 1000');
  expect(nps['B1012']).toMatchObject({ t: 'n', v: s.scores[999] });
  expect(nps['C1012']?.f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(nps['B1013']).toBeUndefined();
});

test('a header line, blank lines and invalid entries: listed with line numbers, not added; undo; Polish', async ({
  page,
}) => {
  await createWorkbook(page, 'Messy paste');
  await openSheet(page, /Net Promoter Score survey/);
  // Line 1 header; 4 blank; 5–8 invalid; 8 has a semicolon so "7,5" is a decimal; 9 is a comma list.
  await paste(page, ['Score', '9', '10', '', '11', '7.5', 'abc', '8;7,5', '7,5', '0'].join('\n'));
  await page.getByRole('button', { name: 'Add scores', exact: true }).click();

  const report = page.getByRole('status').filter({ hasText: 'Added' });
  await expect(report.getByText('Added 6 scores.')).toBeVisible();
  await expect(report.getByText('Line 1 (“Score”) was read as a header and skipped.')).toBeVisible();
  await expect(report.getByText('Line 9 (“7,5”) was read as two scores, 7 and 5.')).toBeVisible();
  await expect(report.getByText('Not added — not a score from 0 to 10 (4):')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Not added — not a score from 0 to 10 (4):' }).getByRole('listitem'),
  ).toHaveText([
    'Line 5: “11” — outside 0–10',
    'Line 6: “7.5” — not a whole number',
    'Line 7: “abc” — not a number',
    'Line 8: “7,5” — not a whole number',
  ]);
  // 9, 10 | 8, 7 | 5, 0 → 2 promoters, 2 passives, 2 detractors.
  await expectSummary(page, { responses: '6', promoters: '33.3%', passives: '33.3%', detractors: '33.3%', nps: '0' });
  await expect(page.getByLabel('Respondent 5 — Score', { exact: true })).toHaveValue('5');
  // 6 scores filled 6 of the 10 empty rows; 4 empty rows remain after them.
  await expect(page.getByLabel('Respondent 10 — Score', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Respondent 11 — Score', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/nps-bulk-invalid-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  // Another paste, then undo it: back to the six.
  await paste(page, '10\n10');
  await page.getByRole('button', { name: 'Add scores', exact: true }).click();
  await expect(output(page, 'Number of responses')).toHaveText('8');
  await page.getByRole('button', { name: 'Undo this addition' }).click();
  await expect(output(page, 'Number of responses')).toHaveText('6');
  await expect(page.getByLabel('Respondent 7 — Score', { exact: true })).toHaveValue('');

  // Removing a respondent (positions move up) and undoing it; adding one focuses its score.
  await page.getByRole('button', { name: 'Remove Respondent 2' }).click();
  await expect(page.getByText('Respondent 2 removed.')).toBeVisible();
  await expect(page.getByLabel('Respondent 2 — Score', { exact: true })).toHaveValue('8');
  await expect(output(page, 'Number of responses')).toHaveText('5');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByLabel('Respondent 2 — Score', { exact: true })).toHaveValue('10');
  await expect(output(page, 'Number of responses')).toHaveText('6');
  await page.getByRole('button', { name: 'Add respondent' }).click();
  await expect(page.getByLabel('Respondent 11 — Score', { exact: true })).toBeFocused();
  await page.keyboard.type('9');
  await expect(output(page, 'Number of responses')).toHaveText('7');
  await page.keyboard.press('Backspace');
  await expect(output(page, 'Number of responses')).toHaveText('6');
  await page.getByRole('button', { name: 'Remove Respondent 11' }).click();

  // A pasted table with several columns is refused, nothing added.
  await paste(page, 'Respondent\tScore\n1\t9\n2\t10');
  await page.getByRole('button', { name: 'Add scores', exact: true }).click();
  await expect(
    page.getByText(/This looks like a table with several columns \(Respondent, Score\)\..*Nothing was added\./),
  ).toBeVisible();
  await expect(output(page, 'Number of responses')).toHaveText('6');

  // Polish: the same report in Polish.
  await paste(page, 'Wynik\n10\n12');
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByRole('button', { name: 'Dodaj wartości', exact: true }).click();
  await expect(page.getByText('Dodano wartości: 1.')).toBeVisible();
  await expect(page.getByText('Wiersz 1 („Wynik”) uznano za nagłówek i pominięto.')).toBeVisible();
  await expect(page.getByText('Wiersz 3: „12” — poza zakresem 0–10')).toBeVisible();
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('7');
  await expect(output(page, '% Promotorów')).toHaveText('42,9%');
  await page.screenshot({ path: `${SHOTS}/nps-bulk-invalid-pl.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
});

test('import a column from .csv and .xlsx files; bad files change nothing; reload; export', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nps-import-'));
  // CSV as Polish Excel writes it: semicolons, a decimal comma in another column, one bad score.
  const csvRows = [
    'Respondent;Satisfaction;Score',
    ...Array.from({ length: 40 }, (_, i) => `${i + 1};${(i % 5) + 0.5};${i === 6 ? '12' : String(i % 11)}`),
  ];
  const csvPath = join(dir, 'ankieta.csv');
  writeFileSync(csvPath, csvRows.join('\r\n').replace(/(\d)\.5/g, '$1,5'));
  const csvScores = Array.from({ length: 40 }, (_, i) => i % 11).filter((_, i) => i !== 6);
  // XLSX with two sheets; the scores are numbers in column B of the second sheet.
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['Notes'], ['exported from the survey tool']]), 'About');
  const xlsxScores = [10, 9, 9, 8, 3, 10, 10, 7, 9, 0];
  utils.book_append_sheet(
    wb,
    utils.aoa_to_sheet<string | number>([['Name', 'NPS answer'], ...xlsxScores.map((v, i) => [`Client ${i + 1}`, v])]),
    'Answers',
  );
  const xlsxPath = join(dir, 'answers.xlsx');
  writeFileSync(xlsxPath, write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const brokenPath = join(dir, 'broken.xlsx');
  writeFileSync(brokenPath, Buffer.from('PK\u0003\u0004 not really a workbook'));
  const bigPath = join(dir, 'big.csv');
  writeFileSync(bigPath, Buffer.alloc(10 * 1024 * 1024 + 1, '9\n'));

  await createWorkbook(page, 'Imported survey');
  await openSheet(page, /Net Promoter Score survey/);
  const file = page.getByLabel('Import a column from a .csv or .xlsx file');

  // Bad files: a clear message, nothing changed.
  await file.setInputFiles(bigPath);
  await expect(page.getByText('“big.csv”: The file is larger than 10 MB. Nothing was changed.')).toBeVisible();
  await file.setInputFiles(brokenPath);
  await expect(
    page.getByText(
      '“broken.xlsx”: The file could not be read as .csv or .xlsx (it may be damaged or of another kind). Nothing was changed.',
    ),
  ).toBeVisible();
  await expect(output(page, 'Number of responses')).toHaveText('—');

  // CSV: the columns are shown with their first values; the score column is offered first.
  await file.setInputFiles(csvPath);
  const columns = page.getByRole('group', { name: 'Column with the scores (ankieta.csv)' });
  await expect(columns.getByRole('radio')).toHaveCount(3);
  await expect(columns.getByText('40 values: 0,5; 1,5; 2,5; 3,5; …')).toBeVisible();
  await expect(columns.getByRole('radio', { name: /Column C — Score/ })).toBeChecked();
  // Choosing another column and back, by keyboard.
  await columns.getByRole('radio', { name: /Column C — Score/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(columns.getByRole('radio', { name: /Column B — Satisfaction/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Add scores from column B' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(output(page, 'Number of responses')).toHaveText('—'); // nothing added before the button
  await page.screenshot({ path: `${SHOTS}/nps-bulk-import-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Add scores from column C' }).click();
  await expect(page.getByText('Added 39 scores.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Row 8: “12” — outside 0–10' })).toBeVisible();
  const p = csvScores.filter((v) => v >= 9).length;
  const d = csvScores.filter((v) => v <= 6).length;
  await expect(output(page, 'Number of responses')).toHaveText('39');
  await expect(output(page, 'Net Promoter Score')).toHaveText(
    new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
      .format(((p - d) * 100) / 39)
      .replace('-', '\u2212'),
  );

  // XLSX: choose the sheet, then the column.
  await file.setInputFiles(xlsxPath);
  await page.getByLabel('Sheet', { exact: true }).selectOption('Answers');
  const xcols = page.getByRole('group', { name: 'Column with the scores (answers.xlsx)' });
  await xcols.getByRole('radio', { name: /Column B — NPS answer/ }).check();
  await page.getByRole('button', { name: 'Add scores from column B' }).click();
  await expect(page.getByText('Added 10 scores.')).toBeVisible();
  const all = [...csvScores, ...xlsxScores];
  const P = all.filter((v) => v >= 9).length;
  const D = all.filter((v) => v <= 6).length;
  const npsText = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
    .format(((P - D) * 100) / all.length)
    .replace('-', '\u2212');
  await expect(output(page, 'Number of responses')).toHaveText('49');
  await expect(output(page, 'Net Promoter Score')).toHaveText(npsText);
  await expect(page.getByLabel('Respondent 40 — Score', { exact: true })).toHaveValue('10');

  await waitSaved(page);
  await page.reload();
  await expect(output(page, 'Number of responses')).toHaveText('49');
  await expect(output(page, 'Net Promoter Score')).toHaveText(npsText);

  const { book } = await downloadWorkbook(page);
  const nps = book.Sheets['nps-survey']!;
  expect(nps['B5']).toMatchObject({ f: expect.any(String), v: 49 });
  expect(nps['B13']).toMatchObject({ t: 'n', v: 0 });
  expect(nps['B52']).toMatchObject({ t: 'n', v: 10 });
  expect(nps['B61']).toMatchObject({ t: 'n', v: 0 });

  // Polish: the import panel's words, screenshot.
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByLabel('Importuj kolumnę z pliku .csv lub .xlsx').setInputFiles(csvPath);
  await expect(page.getByRole('group', { name: 'Kolumna z wartościami (ankieta.csv)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dodaj wartości z kolumny C' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/nps-bulk-import-pl.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Anuluj' }).click();
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('49');
});

test('more than 100 invalid entries: "Show all" lists every one with its line; Polish', async ({ page }) => {
  test.setTimeout(120_000);
  // 3,000 lines: every fifth a score, the others out of range (each value tells its line: 100 + line).
  const lines = Array.from({ length: 3000 }, (_, i) => ((i + 1) % 5 === 0 ? String((i + 1) % 11) : String(101 + i)));
  await createWorkbook(page, 'Many invalid');
  await openSheet(page, /Net Promoter Score survey/);
  await paste(page, lines.join('\n'));
  await page.getByRole('button', { name: 'Add scores', exact: true }).click();
  await expect(page.getByText('Added 600 scores.')).toBeVisible();
  await expect(page.getByLabel('Paste scores', { exact: true })).toHaveValue('');
  const title = 'Not added — not a score from 0 to 10 (2,400):';
  const list = page.getByRole('list', { name: title });
  await expect(list.getByRole('listitem')).toHaveCount(100);
  await expect(page.getByText('…and 2,300 more.')).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.getByRole('button', { name: 'Show all 2,400' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2400);
  // Every invalid line is named, in order, the last ones included; the focus moves to the list.
  const items = await list.getByRole('listitem').allTextContents();
  const expected = lines.flatMap((v, i) => ((i + 1) % 5 === 0 ? [] : [`Line ${i + 1}: “${v}” — outside 0–10`]));
  expect(items).toEqual(expected);
  await expect(page.getByRole('region', { name: title })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  await expect(page.getByText('…and 2,300 more.')).toHaveCount(0);
  // The region scrolls by keyboard to the end of the list.
  await page.keyboard.press('End');
  await expect(list.getByRole('listitem').last()).toBeInViewport();
  await expect(list.getByRole('listitem').last()).toHaveText('Line 2999: “3099” — outside 0–10');
  await page.screenshot({ path: `${SHOTS}/nps-bulk-show-all-en.png`, fullPage: false });
  // Axe on the report only: 2,400 list items make a whole-page run very slow (the page is checked below, with 800).
  expect(
    (
      await new AxeBuilder({ page })
        .include('.nps-paste-report')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
    ).violations,
  ).toEqual([]);
  await expect(output(page, 'Number of responses')).toHaveText('600');

  // A new paste starts with the first 100 again; in Polish.
  await page.getByRole('button', { name: 'Polski' }).click();
  await paste(page, lines.slice(0, 1000).join('\n'), 'Wklej wartości');
  await page.getByRole('button', { name: 'Dodaj wartości', exact: true }).click();
  await expect(page.getByText('Dodano wartości: 200.')).toBeVisible();
  const plTitle = 'Nie dodano — to nie są wartości od 0 do 10 (800):';
  const plList = page.getByRole('list', { name: plTitle });
  await expect(plList.getByRole('listitem')).toHaveCount(100);
  await expect(page.getByText('…i 700 więcej.')).toBeVisible();
  await page.getByRole('button', { name: 'Pokaż wszystkie (800)' }).click();
  await expect(plList.getByRole('listitem')).toHaveCount(800);
  await expect(plList.getByRole('listitem').last()).toHaveText('Wiersz 999: „1099” — poza zakresem 0–10');
  await expect(page.getByRole('region', { name: plTitle })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/nps-bulk-show-all-pl.png`, fullPage: false });
  expect(await axe(page)).toEqual([]);
});

test('a table without a header is refused; quoted values, "9, 10, 7.5" and "1e1" are read as data', async ({
  page,
}) => {
  await createWorkbook(page, 'Paste shapes');
  await openSheet(page, /Net Promoter Score survey/);
  const add = () => page.getByRole('button', { name: 'Add scores', exact: true }).click();

  // Respondent number and score, no header: nothing is added, the user is told why.
  await paste(page, '1\t9\n2\t10\n3\t7');
  await add();
  await expect(
    page.getByText(
      'This looks like a table with 2 columns and no header: every line has 2 values separated by tabs or semicolons (line 1: “1”, “9”). Paste only the score column, or save the table as .csv or .xlsx and import it below, choosing the column. Nothing was added.',
    ),
  ).toBeVisible();
  await expect(output(page, 'Number of responses')).toHaveText('—');
  await expect(page.getByLabel('Paste scores', { exact: true })).toHaveValue('1\t9\n2\t10\n3\t7');
  await page.screenshot({ path: `${SHOTS}/nps-bulk-table-en.png`, fullPage: false });

  // Semicolons, with an empty score cell: still a table.
  await paste(page, '1;9\n2;\n3;7');
  await add();
  await expect(page.getByText(/table with 2 columns and no header.*\(line 1: “1”, “9”\)/)).toBeVisible();
  await expect(output(page, 'Number of responses')).toHaveText('—');

  // Quoted values, as some tools export them: the first line is a score, not a header.
  await paste(page, '"9"\n"10"\n\'8\'');
  await add();
  await expect(page.getByText('Added 3 scores.')).toBeVisible();
  await expect(page.getByText(/read as a header/)).toHaveCount(0);
  await expect(output(page, 'Number of responses')).toHaveText('3');

  // One comma line with a decimal point: a list; 7.5 is listed.
  await paste(page, '9, 10, 7.5');
  await add();
  await expect(page.getByText('Added 2 scores.')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Not added — not a score from 0 to 10 (1):' }).getByRole('listitem'),
  ).toHaveText(['Line 1: “7.5” — not a whole number']);

  // Number-like first lines are data, not headers.
  await paste(page, '1e1\n90%\n10');
  await add();
  await expect(page.getByText('Added 1 score.')).toBeVisible();
  await expect(page.getByText(/read as a header/)).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Not added — not a score from 0 to 10 (2):' }).getByRole('listitem'),
  ).toHaveText(['Line 1: “1e1” — not a number', 'Line 2: “90%” — not a number']);
  // 9, 10, 8 | 9, 10 | 10 → five promoters, one passive.
  await expect(output(page, 'Number of responses')).toHaveText('6');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+83');
  expect(await axe(page)).toEqual([]);

  // Polish: the table message.
  await page.getByRole('button', { name: 'Polski' }).click();
  await paste(page, '"1";"9"\n"2";"10"', 'Wklej wartości');
  await page.getByRole('button', { name: 'Dodaj wartości', exact: true }).click();
  await expect(
    page.getByText(
      'Wklejony tekst wygląda na tabelę bez nagłówka o 2 kolumnach: każdy wiersz ma 2 wartości rozdzielone tabulatorami lub średnikami (wiersz 1: „1”, „9”). Wklej tylko kolumnę z wartościami albo zapisz tabelę jako .csv lub .xlsx i zaimportuj ją poniżej, wybierając kolumnę. Niczego nie dodano.',
    ),
  ).toBeVisible();
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('6');
  await page.screenshot({ path: `${SHOTS}/nps-bulk-table-pl.png`, fullPage: false });
  expect(await axe(page)).toEqual([]);
});
