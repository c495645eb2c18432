import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowOf } from './xlsx-find';
import { createWorkbook, downloadWorkbook, openExample, openSheet, output, paste, SHOTS, waitSaved } from './util';

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

async function expectSummary(page: Page, s: ReturnType<typeof survey>['text']) {
  await expect(output(page, 'Number of responses')).toHaveText(s.responses);
  await expect(output(page, '% Promoters')).toHaveText(s.promoters);
  await expect(output(page, '% Passives')).toHaveText(s.passives);
  await expect(output(page, '% Detractors')).toHaveText(s.detractors);
  await expect(output(page, 'Net Promoter Score')).toHaveText(s.nps);
}

test('respondents as rows: paste 1,000 scores, then rows with segment and reason; pager; reload; export read back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const s = survey(1000, 7);
  await createWorkbook(page, 'NPS rows');
  await openSheet(page, /Net Promoter Score survey/);

  // A bare list of scores keeps the one-column rules: the ten empty rows are filled first.
  await paste(page, s.scores.join('\n'));
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  const status = page.locator('.table-bulk [role="status"]');
  await expect(status).toContainText('Added 1000 rows.');
  await expectSummary(page, s.text);
  const pager = page.getByRole('navigation', { name: 'Pages of Respondent' });
  await expect(pager).toContainText('Rows 1–100 of 1,000');
  await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue(String(s.scores[0]));
  await expect(page.getByRole('status', { name: 'Respondent 1 — Category' })).toHaveText(
    s.scores[0]! >= 9 ? 'Promoter' : s.scores[0]! >= 7 ? 'Passive' : 'Detractor',
  );

  // Columns named by a header: score, segment and reason of three more respondents.
  await paste(page, ['Segment\tScore\tReason', 'B2B\t3\tLate delivery', 'shop\t10\t', '\t11\tTypo'].join('\n'));
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  await expect(status).toContainText('Added 3 rows.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Line 4 · Score: “11” — outside 0–10' })).toBeVisible();
  await expect(output(page, 'Number of responses')).toHaveText('1,002');
  await pager.getByLabel('Go to row').fill('1001');
  await pager.getByLabel('Go to row').press('Enter');
  await expect(page.getByLabel('Respondent 1001 — Score', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Respondent 1001 — Segment', { exact: true })).toHaveValue('B2B');
  await expect(page.getByLabel('Respondent 1001 — Reason', { exact: true })).toHaveValue('Late delivery');
  await expect(page.getByLabel('Respondent 1003 — Score', { exact: true })).toHaveValue('11');
  await expect(page.getByText('Score must be a whole number from 0 to 10')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/nps-rows-1280-en.png` });

  // Typing a segment; reload keeps everything.
  await page.getByLabel('Respondent 1002 — Segment', { exact: true }).fill('workshop');
  await waitSaved(page);
  await page.reload();
  await expect(output(page, 'Number of responses')).toHaveText('1,002');
  await pager.getByLabel('Go to row').fill('1002');
  await pager.getByLabel('Go to row').press('Enter');
  await expect(page.getByLabel('Respondent 1002 — Segment', { exact: true })).toHaveValue('workshop');

  // Export: the one round, then one row per respondent: score, category (a formula), segment, reason.
  const { book } = await downloadWorkbook(page);
  const nps = book.Sheets['nps-survey']!;
  expect(['A13', 'B13', 'C13'].map((a) => nps[a]?.v)).toEqual(['Round', 'Label', 'Date']);
  expect(nps['A14']?.v).toBe('Round 1');
  // After the rounds and the NPS by segment (B2B, workshop, none): the respondents' header.
  const head = rowOf(nps, 'Respondent');
  expect(rowOf(nps, 'B2B')).toBeLessThan(head);
  const first = head + 1;
  expect(['A', 'B', 'C', 'D', 'E'].map((c) => nps[`${c}${head}`]?.v)).toEqual([
    'Respondent',
    'Score',
    'Category',
    'Segment',
    'Reason',
  ]);
  expect(nps[`A${first}`]?.v).toBe('Respondent 1');
  expect(nps[`B${first}`]?.v).toBe(s.scores[0]);
  expect(nps[`C${first}`]?.f).toContain(`B${first}`);
  const r = (n: number) => first + n - 1;
  expect([nps[`B${r(1001)}`]?.v, nps[`D${r(1001)}`]?.v, nps[`E${r(1001)}`]?.v]).toEqual([3, 'B2B', 'Late delivery']);
  expect(nps[`D${r(1002)}`]?.v).toBe('workshop');
  expect(nps[`B${r(1003)}`]?.v).toBe('11');
  expect(nps['B5']?.f).toContain(`$B$${first}:$B$1048576`); // scores typed below the list count too
  expect(nps['B5']?.v).toBe(1002);
});

test('Polish, 390 px: a .csv with score, segment and reason columns; a bare list; undo; axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByLabel('Nazwa zeszytu').fill('NPS sklep');
  await page.getByRole('button', { name: 'Utwórz', exact: true }).click();
  await page.waitForURL(/#\/w\//);
  await page.goto(`${page.url()}/nps-survey`);

  const dir = mkdtempSync(join(tmpdir(), 'nps-'));
  const csv = join(dir, 'ankieta.csv');
  writeFileSync(csv, 'Wartość;Segment;Powód\n9;sklep;Szybka obsługa\n4;B2B;Za drogo\n10;;\n');
  await page.locator('.table-bulk input[type=file]').setInputFiles(csv);
  await expect(page.getByLabel('Kolumna pliku dla „Powód”')).toHaveValue('2');
  await page.getByRole('button', { name: 'Dodaj wiersze z pliku' }).click();
  const status = page.locator('.table-bulk [role="status"]');
  await expect(status).toContainText('Dodano 3 wiersze.');
  await expect(page.getByLabel('Respondent 2 — Powód', { exact: true })).toHaveValue('Za drogo');
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('3');

  // A bare list with decimal commas on tab-free lines is read as before ("7,5" → 7 and 5).
  await paste(page, 'Wynik\n10; 9\n7,5', 'Wklej wiersze');
  await page.getByRole('button', { name: 'Dodaj wiersze', exact: true }).click();
  await expect(status).toContainText('Dodano 4 wiersze.');
  await expect(status).toContainText('Linię 1 („Wynik”) uznano za nagłówek i pominięto.');
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('7');
  await page.getByRole('button', { name: 'Cofnij dodanie' }).click();
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('3');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axe(page)).toEqual([]);
  await page.locator('#respondents-table').screenshot({ path: `${SHOTS}/nps-rows-390-pl.png` });
});

test('rounds: add, rename, choose, remove with undo; each round its own respondents and results; reload; export', async ({
  page,
}) => {
  await createWorkbook(page, 'NPS rounds');
  await openSheet(page, /Net Promoter Score survey/);
  await page.getByLabel('Round 1 — Label', { exact: true }).fill('Q1 — before');
  await paste(page, '9\n10\n3');
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  await expect(output(page, 'Net Promoter Score')).toHaveText('+33');

  // A second round: chosen, it starts empty and has results of its own.
  await page.getByRole('button', { name: 'Add round' }).click();
  await page.getByLabel('Round 2 — Label', { exact: true }).fill('Q3 — after');
  await page.getByLabel('Round 2 — Date', { exact: true }).fill('2027-09-30');
  const pick = page.getByLabel('Round being edited');
  await expect(pick.locator('option')).toHaveText(['Q1 — before', 'Q3 — after (2027-09-30)']);
  await pick.selectOption({ label: 'Q3 — after (2027-09-30)' });
  await expect(output(page, 'Number of responses')).toHaveText('—');
  await page.getByRole('button', { name: 'Add respondent' }).click();
  await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('10');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+100');
  await pick.selectOption({ label: 'Q1 — before' });
  await expect(output(page, 'Net Promoter Score')).toHaveText('+33');
  await expect(page.getByLabel('Respondent 3 — Score', { exact: true })).toHaveValue('3');

  // Reorder, then remove the second round and undo: its respondents come back with it.
  await page.getByRole('button', { name: 'Move Round 2 up' }).click();
  await expect(pick.locator('option')).toHaveText(['Q3 — after (2027-09-30)', 'Q1 — before']);
  await page.getByRole('button', { name: 'Remove Round 1' }).click();
  await expect(pick.locator('option')).toHaveText(['Q1 — before']);
  await page.getByRole('status').filter({ hasText: 'Round 1 removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(pick.locator('option')).toHaveText(['Q3 — after (2027-09-30)', 'Q1 — before']);
  expect(await axe(page)).toEqual([]);
  // The rounds, the chosen round and its results, as a consultant sees them.
  await page.locator('#rounds-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/nps-rounds-1280-en.png` });

  await waitSaved(page);
  await page.reload();
  await expect(pick).toHaveValue(
    (await pick.locator('option', { hasText: 'Q1 — before' }).getAttribute('value')) ?? '',
  );
  await pick.selectOption({ label: 'Q3 — after (2027-09-30)' });
  await expect(output(page, 'Net Promoter Score')).toHaveText('+100');

  // Export: both rounds, each with its respondents; the summary is the edited round's.
  const { book } = await downloadWorkbook(page);
  const nps = book.Sheets['nps-survey']!;
  expect([nps['B14']?.v, nps['C14']?.v, nps['B15']?.v]).toEqual(['Q3 — after', '2027-09-30', 'Q1 — before']);
  expect(nps['A4']?.v).toBe('Summary — Q3 — after (2027-09-30)');
  expect(nps['B9']?.v).toBe(100);
  const q3 = rowOf(nps, 'Responses — Q3 — after (2027-09-30)');
  expect(nps[`B${q3 + 2}`]?.v).toBe(10);
  const q1 = rowOf(nps, 'Responses — Q1 — before');
  expect([nps[`B${q1 + 2}`]?.v, nps[`B${q1 + 3}`]?.v, nps[`B${q1 + 4}`]?.v]).toEqual([9, 10, 3]);
});

test('Polish: rounds named and chosen, 390 px, axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const id = await openExample(page, 'Polski');
  await page.goto(`/#/w/${id}/nps-survey`);
  const pick = page.getByLabel('Edytowana runda');
  await expect(pick.locator('option')).toHaveText([
    'I kw. 2027 — przed programem lojalnościowym (2027-03-31)',
    'III kw. 2027 — po programie (2027-09-30)',
  ]);
  await expect(output(page, 'Liczba odpowiedzi')).toHaveText('12');
  await pick.selectOption({ index: 0 });
  await expect(output(page, 'Net Promoter Score')).toHaveText('\u22128');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axe(page)).toEqual([]);
  await page.locator('.nps-round').screenshot({ path: `${SHOTS}/nps-rounds-390-pl.png` });
});
