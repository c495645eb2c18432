import { expect, test } from '@playwright/test';
import { createWorkbook, openExample, openSheet, output, waitSaved } from './util';

// Issue 13: the worksheets as a trainee reads them (column meanings, clearing a radio, completion that says why).

test('every rating and weight input is described by its column range, shown in the header and in cards', async ({
  page,
}) => {
  await createWorkbook(page, 'Column hints');
  await openSheet(page, 'Preliminary CRM audit');
  const rating = page.getByLabel('Do CRM system users actively use it? — Rating', { exact: true });
  await expect(rating).toHaveAccessibleDescription('1–5: 1 = lowest, 5 = highest');
  const weight = page.getByLabel('Do CRM system users actively use it? — Weight', { exact: true });
  await expect(weight).toHaveAccessibleDescription('0.1–0.9; the weights total 1');
  await expect(page.getByRole('columnheader', { name: 'Weight', exact: true })).toContainText(
    '0.1–0.9; the weights total 1',
  );
  // An error message adds to the description, it does not replace it.
  await weight.fill('2');
  await expect(weight).toHaveAccessibleDescription(/^0\.1–0\.9; the weights total 1 .*0\.1 .*0\.9/);
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.locator('.sheet-table.cards .cell-label', { hasText: '1–5: 1 = lowest' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(
    page.getByLabel('Czy użytkownicy systemu CRM aktywnie z niego korzystają? — Waga', { exact: true }),
  ).toHaveAccessibleDescription(/^0,1–0,9; wagi sumują się do 1/);
});

test('a radio answer can be cleared back to unanswered, by keyboard, and the coverage follows', async ({ page }) => {
  await createWorkbook(page, 'Clear radio');
  await openSheet(page, 'How you reach customers');
  const group = page.getByRole('radiogroup', { name: 'Social media ads — Yes/No', exact: true });
  await group.getByRole('radio', { name: 'Yes' }).check();
  await expect(output(page, 'Coverage — Brand awareness')).toHaveText('25.0%');
  const clear = page.getByRole('button', { name: 'Clear the answer — Social media ads — Yes/No' });
  // By keyboard: Delete on the chosen answer (the Clear button is for the mouse, no extra tab stop).
  await group.getByRole('radio', { name: 'Yes' }).focus();
  await page.keyboard.press('Delete');
  await expect(group.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
  await expect(group.getByRole('radio', { name: 'No' })).not.toBeChecked();
  await expect(output(page, 'Coverage — Brand awareness')).toHaveText('—');
  await expect(clear).toHaveCount(0);
  // Focus stays in the group, so the keyboard user can answer again.
  await expect(group.getByRole('radio', { name: 'Yes' })).toBeFocused();
  // By mouse: the Clear button.
  await group.getByRole('radio', { name: 'No' }).check();
  await expect(output(page, 'Coverage — Brand awareness')).toHaveText('0.0%');
  await clear.click();
  await expect(output(page, 'Coverage — Brand awareness')).toHaveText('—');
  await waitSaved(page);
  await page.reload();
  await expect(
    page
      .getByRole('radiogroup', { name: 'Social media ads — Yes/No', exact: true })
      .getByRole('radio', { name: 'Yes' }),
  ).not.toBeChecked();
});

test('the audit answered in full with weights off: no average, completion says why', async ({ page }) => {
  await createWorkbook(page, 'Weights off');
  await openSheet(page, 'Preliminary CRM audit');
  const rows = [
    'Do CRM system users actively use it?',
    'Are the purchased CRM functionalities fully used?',
    'Does the CRM system fulfil its functions?',
    'Has there been a change in the business strategy that requires modification of the CRM solution?',
    'Is there a need to optimise work efficiency in the CRM system?',
  ];
  for (const r of rows) {
    await page.getByLabel(`${r} — Rating`, { exact: true }).fill('5');
    await page.getByLabel(`${r} — Weight`, { exact: true }).fill('0.9');
  }
  await expect(output(page, 'Weighted average')).toHaveText('—');
  await expect(
    page.getByText('Weights total 4.50 — remove 3.50 to reach 1. Provisional, with the weights scaled to 1: 5.00', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.locator('.progress-line')).toContainText('10 of 10 answered · 100%');
  await expect(page.locator('.progress-blocked')).toHaveText(
    /^Everything is answered, but “Weighted average” cannot be computed yet: Weights total 4\.50/,
  );
});

test('seed rows follow the page language until edited: loyalty pairs created in English, read in Polish', async ({
  page,
}) => {
  await createWorkbook(page, 'Seed language');
  await openSheet(page, 'Loyalty programme: action → reaction');
  const action1 = page.getByLabel('Pair 1 — Action', { exact: true });
  await expect(action1).toHaveValue('Spending €20 on my product/service');
  // The user edits the second pair; the first stays the seed's.
  await page.getByLabel('Pair 2 — Reaction', { exact: true }).fill('A thank-you post every month');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByLabel('Para 1 — Akcja', { exact: true })).toHaveValue(
    'Wydanie 20 € na zakup mojego produktu/usługi',
  );
  await expect(page.getByLabel('Para 1 — Reakcja', { exact: true })).toHaveValue('Rabat 2% na zakupy');
  await expect(page.getByLabel('Para 2 — Reakcja', { exact: true })).toHaveValue('A thank-you post every month');
  await expect(page.getByLabel('Para 2 — Akcja', { exact: true })).toHaveValue(
    'Recommending my company on social media',
  );
});

test('dates follow the page language: Polish shows and accepts dd.mm.rrrr, stored ISO', async ({ page }) => {
  await createWorkbook(page, 'Dates');
  await openSheet(page, 'Crisis management plan');
  const review = page.getByLabel('Next review date', { exact: true });
  await review.fill('2099-06-30');
  await review.blur();
  await waitSaved(page);
  await page.getByRole('button', { name: 'Polski' }).click();
  const pl = page.getByLabel('Data następnego przeglądu', { exact: true });
  await expect(pl).toHaveValue('30.06.2099');
  await expect(pl).toHaveAttribute('placeholder', 'dd.mm.rrrr');
  await pl.fill('15.1.2020');
  await pl.blur();
  await expect(pl).toHaveValue('15.01.2020');
  await expect(output(page, 'Status przeglądu')).toHaveText('Po terminie');
  await pl.fill('31.02.2020');
  await expect(page.getByRole('alert').filter({ hasText: 'Wpisz prawdziwą datę w formacie dd.mm.rrrr' })).toBeVisible();
  // Kept as typed, not lost.
  await pl.blur();
  await expect(pl).toHaveValue('31.02.2020');
  await expect(
    page.getByRole('button', { name: 'Wybierz datę z kalendarza — Data następnego przeglądu' }),
  ).toBeVisible();
  await pl.fill('01.03.2020');
  await waitSaved(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Next review date', { exact: true })).toHaveValue('2020-03-01');
});

test('layout: notes beside their yes/no, influence beside its score, room for Action, 0–10 visible at 390 px', async ({
  page,
}) => {
  await openExample(page);
  const top = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
  await openSheet(page, 'When were your customers satisfied?');
  const yes = await top('#situations-table tbody tr:first-child td.col-yesno');
  const note = await top(`#situations-table tbody tr:first-child td:has([aria-label$="— Note on repetition"])`);
  expect(Math.abs(yes.y - note.y)).toBeLessThan(4);
  expect(note.x).toBeGreaterThan(yes.x);
  await openSheet(page, 'Customer interest / influence grid');
  const influence = await top('#customers-table tbody tr:first-child td:nth-of-type(4)');
  const influenceScore = await top('#customers-table tbody tr:first-child td:nth-of-type(5)');
  const name = await top('#customers-table tbody tr:first-child td:nth-of-type(1)');
  expect(Math.abs(influence.y - influenceScore.y)).toBeLessThan(4);
  expect(influence.y).toBeGreaterThan(name.y + 10); // not under the name's column, a line of its own
  await openSheet(page, 'Crisis management plan');
  const action = await top('#steps-table thead th.col-longtext');
  expect(action.width).toBeGreaterThan(280);
  await openSheet(page, 'Net Promoter Score survey');
  await page.setViewportSize({ width: 390, height: 800 });
  const fits = await page
    .locator('.nps-dist')
    .evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth);
  expect(fits).toBe(true);
});
