import { expect, test } from '@playwright/test';
import { createWorkbook, openSheet, waitSaved } from './util';

test('a row removed by keyboard is one key away from coming back, with focus', async ({ page }) => {
  await createWorkbook(page, 'Keys Ltd');
  await openSheet(page, /Loyalty programme/);
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue('Spending €20 on my product/service');
  await page.getByRole('button', { name: 'Remove Pair 1' }).focus();
  await page.keyboard.press('Enter');
  // Focus is on the offer to undo, not lost on the page; it stays while focused.
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue(
    'Recommending my company on social media',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue('Spending €20 on my product/service');
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toBeFocused();
  await expect(undo).toHaveCount(0);
});

test('the risk register sorts by score on request, and keeps that order', async ({ page }) => {
  await createWorkbook(page, 'Risky Ltd');
  await openSheet(page, /Crisis management plan/);
  const fill = async (n: number, risk: string, p: string, i: string) => {
    await page.getByLabel(`Risk ${n} — Description`, { exact: true }).fill(risk);
    await page.getByLabel(`Risk ${n} — Probability (1–5)`, { exact: true }).fill(p);
    await page.getByLabel(`Risk ${n} — Impact (1–5)`, { exact: true }).fill(i);
  };
  await fill(1, 'Low', '1', '2');
  for (const [n, risk, p, i] of [
    [2, 'High', '5', '5'],
    [3, 'Unscored', '', ''],
    [4, 'Mid', '3', '3'],
    [5, 'Also mid', '1', '9'],
  ] as const) {
    await page.getByRole('button', { name: 'Add a risk' }).click();
    await fill(n, risk, p, i);
  }
  // Typing never moves a row; the button does (an impact of 9 is invalid: no score, so last).
  const order = () =>
    Promise.all([1, 2, 3, 4, 5].map((n) => page.getByLabel(`Risk ${n} — Description`, { exact: true }).inputValue()));
  expect(await order()).toEqual(['Low', 'High', 'Unscored', 'Mid', 'Also mid']);
  await page.getByRole('button', { name: 'Sort by score' }).click();
  expect(await order()).toEqual(['High', 'Mid', 'Low', 'Unscored', 'Also mid']);
  await expect(page.getByLabel('Risk 5 — Impact (1–5)', { exact: true })).toHaveValue('9');
  await waitSaved(page);
  await page.reload();
  expect(await order()).toEqual(['High', 'Mid', 'Low', 'Unscored', 'Also mid']);
});

test('NPS respondents can be reordered like every list, by keyboard', async ({ page }) => {
  await createWorkbook(page, 'Order Ltd');
  await openSheet(page, /Net Promoter Score survey/);
  const score = (n: number) => page.getByLabel(`Respondent ${n} — Score`, { exact: true });
  await score(1).fill('9');
  await score(2).fill('3');
  await expect(page.getByRole('button', { name: 'Move Respondent 1 up' })).toBeDisabled();
  await page.getByRole('button', { name: 'Move Respondent 1 down' }).focus();
  await page.keyboard.press('Enter');
  await expect(score(1)).toHaveValue('3');
  await expect(score(2)).toHaveValue('9');
  // Focus moved with the respondent, so Enter again moves it further.
  await expect(page.getByRole('button', { name: 'Move Respondent 2 down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(score(3)).toHaveValue('9');
  await expect(score(2)).toHaveValue('');
  await waitSaved(page);
  await page.reload();
  await expect(score(1)).toHaveValue('3');
  await expect(score(3)).toHaveValue('9');
});

test('focus follows a row moved by keyboard, also onto the top', async ({ page }) => {
  await createWorkbook(page, 'Move Ltd');
  await openSheet(page, /Loyalty programme/);
  await page.getByRole('button', { name: 'Move Pair 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue(
    'Recommending my company on social media',
  );
  // At the top "up" is disabled, so focus is on the same row's "down".
  await expect(page.getByRole('button', { name: 'Move Pair 1 down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Pair 2 up' })).toBeFocused();
  await expect(page.getByLabel('Pair 2 — Action', { exact: true })).toHaveValue(
    'Recommending my company on social media',
  );
});

test('a language switched in one tab is followed by the others', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/');
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByRole('heading', { name: 'New workbook' })).toBeVisible();
  await a.getByRole('button', { name: 'Polski' }).click();
  await expect(b.getByRole('heading', { name: 'Nowy zeszyt' })).toBeVisible();
  await expect(b.locator('html')).toHaveAttribute('lang', 'pl');
});

test('a long survey goes straight to respondent N', async ({ page }) => {
  await createWorkbook(page, 'Long survey');
  await openSheet(page, /Net Promoter Score survey/);
  // 300 scores: respondent n scores n mod 11.
  await page
    .getByLabel('Paste rows', { exact: true })
    .fill(Array.from({ length: 300 }, (_, i) => String((i + 1) % 11)).join('\n'));
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  await expect(page.getByText('Rows 1–100 of 300')).toBeVisible();
  const go = page.getByLabel('Go to row', { exact: true });
  await go.fill('301');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a row number from 1 to 300' })).toBeVisible();
  await go.fill('237');
  await go.press('Enter');
  await expect(page.getByText('Rows 201–300 of 300')).toBeVisible();
  await expect(page.getByLabel('Respondent 237 — Score', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Respondent 237 — Score', { exact: true })).toHaveValue(String(237 % 11));
});

test('NPS: a removed respondent’s Undo and text pasted but not added are still there after a visit to another worksheet', async ({
  page,
}) => {
  await createWorkbook(page, 'Visit Ltd');
  await openSheet(page, /Net Promoter Score survey/);
  const score = (n: number) => page.getByLabel(`Respondent ${n} — Score`, { exact: true });
  await score(1).fill('9');
  await score(2).fill('4');
  await page.getByRole('button', { name: 'Remove Respondent 2' }).click();
  await expect(score(2)).toHaveValue('');
  await page.getByLabel('Paste rows', { exact: true }).fill('10\n8\n7');
  await openSheet(page, /Preliminary CRM audit/);
  await openSheet(page, /Net Promoter Score survey/);
  await expect(page.getByLabel('Paste rows', { exact: true })).toHaveValue('10\n8\n7');
  await page
    .getByRole('status')
    .filter({ hasText: 'Respondent 2 removed.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(score(2)).toHaveValue('4');
});
