import { expect, test } from '@playwright/test';
import { createWorkbook, downloadWorkbook, openSheet, output, SHOTS, waitSaved } from './util';

test('fill the NPS survey and the CRM audit, reload, export and read the file back', async ({ page }) => {
  await createWorkbook(page, 'Acme Sp. z o.o.');
  await openSheet(page, /Net Promoter Score survey/);

  // No data is not zero.
  await expect(output(page, 'Net Promoter Score')).toHaveText('—');
  const scores = ['10', '9', '8', '9', '6', '10', '7', '9', '4', '8'];
  for (const [i, s] of scores.entries()) await page.getByLabel(`Respondent ${i + 1} — Score`, { exact: true }).fill(s);
  await expect(output(page, 'Respondent 5 — Category')).toHaveText('Detractor');
  await expect(output(page, 'Number of responses')).toHaveText('10');
  await expect(output(page, '% Promoters')).toHaveText('50.0%');
  await expect(output(page, '% Passives')).toHaveText('30.0%');
  await expect(output(page, '% Detractors')).toHaveText('20.0%');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+30');
  await expect(output(page, 'Margin of error (95%)')).toHaveText('48.4');

  // Bad input: a clear message, kept as typed, left out.
  await page.getByRole('button', { name: 'Add respondent' }).click();
  const eleventh = page.getByLabel('Respondent 11 — Score');
  await eleventh.fill('11');
  await expect(page.getByText('Score must be a whole number from 0 to 10')).toBeVisible();
  await expect(eleventh).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, 'Number of responses')).toHaveText('10');
  await page.screenshot({ path: `${SHOTS}/nps-en.png`, fullPage: true });

  await openSheet(page, /Preliminary CRM audit/);
  const q = [
    'Do CRM system users actively use it?',
    'Are the purchased CRM functionalities fully used?',
    'Does the CRM system fulfil its functions?',
    'Has there been a change in the business strategy that requires modification of the CRM solution?',
    'Is there a need to optimise work efficiency in the CRM system?',
  ];
  const ratings = ['4', '4', '4', '5', '4'];
  const weights = ['0.1', '0.2', '0,3', '0.2', '0.1'];
  for (const [i, question] of q.entries()) {
    await page.getByLabel(`${question} — Rating`, { exact: true }).fill(ratings[i]!);
    await page.getByLabel(`${question} — Weight`, { exact: true }).fill(weights[i]!);
  }
  await expect(output(page, 'Total weight')).toHaveText('0.90');
  await expect(page.getByText('0.90 — add 0.10', { exact: true })).toBeVisible();
  await expect(output(page, 'Interpretation')).toHaveText('—');
  await expect(page.getByText('Weights must total 1.00')).toBeVisible();
  await page.getByLabel(`${q[4]} — Weight`, { exact: true }).fill('0.2');
  await expect(output(page, 'Total weight')).toHaveText('1.00');
  await expect(output(page, 'Weighted average')).toHaveText('4.20');
  await expect(output(page, 'Interpretation')).toHaveText('The system fulfils its function');
  await expect(output(page, `${q[3]} — Rating × weight`)).toHaveText('1.00');

  // Normalise: 0.2 + 0.2 + 0.3 + 0.2 + 0.3 = 1.2 → 0.17, 0.17, 0.25, 0.16, 0.25 (largest remainder, total exactly 1).
  await page.getByLabel(`${q[0]} — Weight`, { exact: true }).fill('0.2');
  await page.getByLabel(`${q[4]} — Weight`, { exact: true }).fill('0.3');
  await expect(output(page, 'Total weight')).toHaveText('1.20');
  await page.getByRole('button', { name: 'Normalise weights to total 1' }).click();
  await expect(output(page, 'Total weight')).toHaveText('1.00');
  await expect(page.getByLabel(`${q[2]} — Weight`, { exact: true })).toHaveValue('0.25');
  await expect(output(page, 'Weighted average')).toHaveText('4.16');
  await page.screenshot({ path: `${SHOTS}/audit-en.png`, fullPage: true });
  await waitSaved(page);

  // Reload: every value is there.
  await page.reload();
  await expect(page.getByLabel(`${q[2]} — Weight`, { exact: true })).toHaveValue('0.25');
  await expect(output(page, 'Total weight')).toHaveText('1.00');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(page.getByLabel('Respondent 11 — Score')).toHaveValue('11');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+30');

  // Export and read the file back.
  const { book, fileName } = await downloadWorkbook(page);
  expect(fileName).toMatch(/^Acme Sp\. z o\.o-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(book.SheetNames.slice(0, 1)).toEqual(['Summary']);
  const nps = book.Sheets['nps-survey']!;
  expect(nps['B5']).toMatchObject({ v: 10, f: expect.any(String) });
  expect(nps['B6']).toMatchObject({ t: 'n', v: 0.5, z: '0.0%' });
  expect(nps['B9']).toMatchObject({ v: 30 });
  // The one round at 14, its respondents from 18.
  expect(nps['B18']).toMatchObject({ t: 'n', v: 10 });
  expect(nps['B28']).toMatchObject({ t: 's', v: '11' });
  const audit = book.Sheets['crm-audit']!;
  expect(audit['C5']).toMatchObject({ t: 'n', v: 0.17 });
  expect(audit['C10']).toMatchObject({ f: expect.any(String), v: 1 });
  const avg = audit['D11']!;
  expect(avg.f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(avg.v).toBe(4.16);
  expect(audit['C8']).toMatchObject({ t: 'n', v: 0.16 });
  const summary = book.Sheets['Summary']!;
  expect(summary['B2']?.v).toBe('Acme Sp. z o.o.');
});

test('numbers and labels follow Polish, inputs accept decimal commas', async ({ page }) => {
  await createWorkbook(page, 'Polski klient');
  await page.getByRole('button', { name: 'Polski' }).click();
  await openSheet(page, /Wstępny audyt CRM/);
  const q1 = 'Czy użytkownicy systemu CRM aktywnie z niego korzystają?';
  await page.getByLabel(`${q1} — Ocena`, { exact: true }).fill('4');
  await page.getByLabel(`${q1} — Waga`, { exact: true }).fill('0,25');
  await expect(output(page, `${q1} — Ocena × waga`)).toHaveText('1,00');
  await expect(output(page, 'Łączna waga')).toHaveText('0,25');
  await expect(page.getByText('0,25 — dodaj 0,75')).toBeVisible();
  await page.getByLabel(`${q1} — Ocena`, { exact: true }).fill('4,5');
  await expect(page.getByText('Ocena musi być liczbą całkowitą od 1 do 5')).toBeVisible();
  await page.getByLabel(`${q1} — Ocena`, { exact: true }).fill('4');
  await page.screenshot({ path: `${SHOTS}/audit-pl.png`, fullPage: true });

  await openSheet(page, /Badanie Net Promoter Score/);
  for (const [i, s] of ['9', '10', '7', '3'].entries())
    await page.getByLabel(`Respondent ${i + 1} — Wartość`, { exact: true }).fill(s);
  await expect(output(page, '% Promotorów')).toHaveText('50,0%');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+25');
  await expect(output(page, 'Respondent 3 — Kategoria')).toHaveText('Pasywny');
  await page.screenshot({ path: `${SHOTS}/nps-pl.png`, fullPage: true });

  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Polski' })).toHaveAttribute('aria-pressed', 'true');
  await expect(output(page, '% Promotorów')).toHaveText('50,0%');
});
