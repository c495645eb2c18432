/**
 * Module V's other three worksheets as a consultant fills them from nothing: prospect grades,
 * loyalty metrics and the service-standards scorecard; bad input kept and flagged, reload, the
 * exported file read back, Polish decimal commas, axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, downloadWorkbook, expectNoAxeViolations, openSheet, output, SHOTS, waitSaved } from './util';
import { cellsOfRow, rowOf } from './xlsx-find';

const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

test('prospect grades: the seed’s rule at its edges, a clear need without months, funnel, reload, export', async ({
  page,
}) => {
  await createWorkbook(page, 'Prospects');
  await openSheet(page, /Grade your prospects/);
  const prospects: [name: string, need: string, months: string][] = [
    ['Tender', 'Clear need', '1'],
    ['Hotel', 'Clear need', '3'],
    ['School', 'Clear need', '6'],
    ['Courier', 'Clear need', '6.5'],
    ['Club', 'Potential need', ''],
    ['Shop', 'No need', ''],
    ['Clinic', 'Clear need', ''],
  ];
  for (const [i, [name, need, months]] of prospects.entries()) {
    const n = i + 1;
    if ((await field(page, `Prospect ${n} — Prospect`).count()) === 0)
      await page.getByRole('button', { name: 'Add a prospect' }).click();
    await field(page, `Prospect ${n} — Prospect`).fill(name);
    await page
      .getByRole('radiogroup', { name: `Prospect ${n} — Need` })
      .getByRole('radio', { name: need })
      .check();
    if (months) await field(page, `Prospect ${n} — Expected months to close`).fill(months);
  }
  for (const [n, grade] of ['A', 'B', 'C', 'D', 'D', 'E', '—'].entries())
    await expect(output(page, `Prospect ${n + 1} — Grade`)).toHaveText(grade);
  await expect(output(page, 'Prospects graded')).toHaveText('6');
  await expect(output(page, 'D — a potential need, or a clear need at least half a year away')).toHaveText('2');
  // A clear need without months: no grade, and what to add.
  await expect(page.getByText(/add the expected months/i).first()).toBeVisible();
  // Bad input kept as typed, flagged, left out.
  await field(page, 'Prospect 1 — Expected months to close').fill('-2');
  await expect(field(page, 'Prospect 1 — Expected months to close')).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, 'Prospect 1 — Grade')).toHaveText('—');
  await expect(output(page, 'Prospects graded')).toHaveText('5');

  await waitSaved(page);
  await page.reload();
  await expect(field(page, 'Prospect 1 — Expected months to close')).toHaveValue('-2');
  await expect(output(page, 'Prospect 3 — Grade')).toHaveText('C');
  await expect(page.getByRole('img', { name: /A —.*E —/s })).toBeVisible();
  await expectNoAxeViolations(page);

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['opportunity-grades']!;
  const r = rowOf(ws, 'School', 'B');
  expect(
    cellsOfRow(ws, r).find((c) => c.v === 'C' && c.f),
    'the grade of "School" is a formula',
  ).toBeDefined();
});

test('loyalty metrics in Polish: decimal commas, a count larger than its base refused, no lifetime value without churn', async ({
  page,
}) => {
  await createWorkbook(page, 'Lojalność');
  await page.getByRole('button', { name: 'Polski' }).click();
  await openSheet(page, /Jak lojalni/);
  await expect(output(page, 'Wskaźnik odejść klientów')).toHaveText('—');
  const values: [string, string][] = [
    ['Klienci na początku roku', '200'],
    ['Klienci utraceni w ciągu roku', '30'],
    ['Klienci, którzy kupili', '150'],
    ['W tym kupili ponownie', '90'],
    ['W tym polecili nas innym', '45'],
    ['Zamówienia w roku', '600'],
    ['Reklamacje i skargi w roku', '12'],
    ['Nasza sprzedaż tym klientom', '50000'],
    ['Ich łączne wydatki w naszej kategorii (szacunek)', '200000'],
    ['Średni staż klienta (lata od pierwszego zakupu)', '2,5'],
    ['Średni roczny przychód na klienta', '1000'],
    ['Marża brutto %', '30,5'],
  ];
  for (const [label, v] of values) await field(page, label).fill(v);
  await expect(output(page, 'Wskaźnik odejść klientów')).toHaveText('15,0%');
  await expect(output(page, 'Wskaźnik utrzymania klientów')).toHaveText('85,0%');
  await expect(output(page, 'Wskaźnik ponownych zakupów')).toHaveText('60,0%');
  await expect(output(page, 'Skargi na 100 zamówień')).toHaveText('2,00');
  await expect(output(page, 'Udział w wydatkach klienta')).toHaveText('25,0%');
  await expect(output(page, 'Oczekiwany czas współpracy (lata)')).toHaveText('6,7');
  // 1000 × 30.5% × 1/0.15 = 2033.33
  await expect(output(page, 'Wartość klienta w czasie współpracy')).toHaveText('2033,33');

  // More lost than at the start: refused, with the reason; the typed number stays.
  await field(page, 'Klienci utraceni w ciągu roku').fill('250');
  await expect(output(page, 'Wskaźnik odejść klientów')).toHaveText('—');
  await expect(
    page.getByText('Odrzucono: utraconych klientów nie może być więcej niż klientów na początku roku').first(),
  ).toBeVisible();
  // No customer lost: no finite lifetime value, and why.
  await field(page, 'Klienci utraceni w ciągu roku').fill('0');
  await expect(output(page, 'Wskaźnik odejść klientów')).toHaveText('0,0%');
  await expect(output(page, 'Wartość klienta w czasie współpracy')).toHaveText('—');
  // A word where a count belongs: kept, flagged.
  await field(page, 'Zamówienia w roku').fill('dużo');
  await expect(field(page, 'Zamówienia w roku')).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, 'Skargi na 100 zamówień')).toHaveText('—');

  await waitSaved(page);
  await page.reload();
  await expect(field(page, 'Zamówienia w roku')).toHaveValue('dużo');
  await expect(field(page, 'Marża brutto %')).toHaveValue('30,5');
  await expect(output(page, 'Wskaźnik utrzymania klientów')).toHaveText('100,0%');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/loyalty-metrics-pl-typed.png`, fullPage: true });

  const { book } = await downloadWorkbook(page, 'Eksportuj do Excela');
  const ws = book.Sheets['loyalty-metrics']!;
  const formulas = Object.values(ws).filter((c) => typeof c === 'object' && c && 'f' in c && c.f);
  expect(formulas.length).toBeGreaterThan(5);
});

test('service standards: at most and at least, a standard without an actual, the seven steps, reload, export', async ({
  page,
}) => {
  await createWorkbook(page, 'Service desk');
  await openSheet(page, /Service standards scorecard/);
  // The seed's three standards are there, directions set, no verdict yet.
  await expect(field(page, 'Standard 1 — Standard')).toHaveValue('Call answer time');
  await expect(output(page, 'Standard 1 — Met?')).toHaveText('—');
  await field(page, 'Standard 1 — Target').fill('20');
  await field(page, 'Standard 1 — Actual').fill('20');
  await field(page, 'Standard 2 — Target').fill('90');
  await field(page, 'Standard 2 — Actual').fill('89.9');
  await field(page, 'Standard 3 — Target').fill('4.5');
  await expect(output(page, 'Standard 1 — Met?')).toHaveText('Met');
  await expect(output(page, 'Standard 2 — Met?')).toHaveText('Not met');
  await expect(output(page, 'Standard 3 — Met?')).toHaveText('—');
  await expect(output(page, 'Share of standards met')).toHaveText('50%');
  await field(page, 'Standard 3 — Actual').fill('4,7x');
  await expect(field(page, 'Standard 3 — Actual')).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, 'Share of standards met')).toHaveText('50%');
  await page.getByRole('checkbox', { name: '2. Set process rules' }).check();
  await page.getByRole('checkbox', { name: '3. Write the operating manual' }).check();
  await expect(output(page, 'Steps done')).toHaveText('29%');

  await waitSaved(page);
  await page.reload();
  await expect(field(page, 'Standard 3 — Actual')).toHaveValue('4,7x');
  await expect(output(page, 'Share of standards met')).toHaveText('50%');
  await expect(page.getByRole('checkbox', { name: '3. Write the operating manual' })).toBeChecked();
  await expectNoAxeViolations(page);

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['service-standards']!;
  const r = rowOf(ws, 'Call answer time', 'B');
  expect(
    cellsOfRow(ws, r).find((c) => c.v === 'Met' && c.f),
    'the first verdict is a formula',
  ).toBeDefined();
});
