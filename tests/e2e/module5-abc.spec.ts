import { expect, test } from '@playwright/test';
import {
  createWorkbook,
  downloadWorkbook,
  expectNoAxeViolations,
  openExample,
  openSheet,
  output,
  SHOTS,
  waitSaved,
} from './util';
import { cell, rowOf } from './xlsx-find';

test('ABC analysis: paste, bad input kept and flagged, limits, reload, copy to tiers and VIP, export', async ({
  page,
}) => {
  await createWorkbook(page, 'ABC client');
  await openSheet(page, /Which customers carry the business/);
  await expect(page.getByRole('navigation', { name: 'Worksheets' })).toContainText('addition');
  await expect(output(page, 'Customers ranked')).toHaveText('—');

  const lines = ['Customer\tRevenue\tProfit', 'P\t50\t5', 'Q\t30\t-1', 'R\t15', 'S\t5', 'T\tabc'];
  await page.getByLabel('Paste customers: customer, revenue and (optional) profit').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add customers' }).click();
  await expect(page.getByText('Added 5 customers. 1 of them has no valid revenue')).toBeVisible();
  await expect(output(page, 'Customers ranked')).toHaveText('4');
  await expect(output(page, 'Class A — customers')).toHaveText('1');
  await expect(output(page, 'Class D — customers')).toHaveText('1');
  await expect(output(page, 'Revenue from the top 20% of customers')).toHaveText('50.0%');
  // Kept as typed and flagged.
  await expect(page.getByLabel('Customer 5 — Revenue', { exact: true })).toHaveValue('abc');
  await expect(page.getByText('Revenue must be a number of at least 0')).toBeVisible();

  // Limits follow; A ≥ B refused with a message.
  await page.getByLabel('A limit (% of revenue)').fill('40');
  await expect(output(page, 'Class A — customers')).toHaveText('1');
  await page.getByLabel('A limit (% of revenue)').fill('96');
  await expect(page.getByText('The A limit must be below the B limit').first()).toBeVisible();
  await page.getByLabel('A limit (% of revenue)').fill('80');
  await expect(output(page, 'Class A — customers')).toHaveText('1');

  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('Customer 5 — Revenue', { exact: true })).toHaveValue('abc');
  await expect(output(page, 'Customers ranked')).toHaveText('4');
  await expect(page.getByRole('img', { name: /customers by revenue, highest first/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Value × loyalty: copy the customers.
  await openSheet(page, /Value × loyalty/);
  await page.getByRole('button', { name: 'Copy the customers of the ABC analysis' }).click();
  await expect(page.getByText('Copied 4 customers')).toBeVisible();
  await expect(page.getByLabel('Customer 1 — Annual spend', { exact: true })).toHaveValue('50');
  await page
    .getByRole('radio', { name: /Customer 1 — Repurchased\? — Yes|Yes/ })
    .first()
    .check();
  await expectNoAxeViolations(page);

  // VIP plan: the A customers.
  await openSheet(page, /VIP contact plan/);
  await page.getByRole('button', { name: 'Add the A customers of the ABC analysis' }).click();
  await expect(page.getByText('Added 1 A customer.')).toBeVisible();
  await expect(page.getByLabel('VIP 1 — VIP customer', { exact: true })).toHaveValue('P');
  await expectNoAxeViolations(page);

  await openSheet(page, /Which customers carry the business/);
  await waitSaved(page);
  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['abc-pareto']!;
  const r = rowOf(ws, 'Customer 2', 'A');
  expect(cell(ws, `J${r}`).v).toBe('D');
  expect(cell(ws, `J${r}`).f).toContain('"D"');
  expect(cell(ws, `E${r}`).f).toContain('COUNTIF');
});

for (const [lang, button] of [
  ['en', 'English'],
  ['pl', 'Polski'],
] as const) {
  test(`example workbook, module 5 in ${lang}: figures, pictures, screenshots`, async ({ page }) => {
    await openExample(page, button);
    const t = (en: string, pl: string) => (lang === 'en' ? en : pl);
    await openSheet(page, new RegExp(t('Which customers carry the business', 'Którzy klienci niosą firmę')));
    await expect(output(page, t('Customers ranked', 'Sklasyfikowani klienci'))).toHaveText('14');
    await expect(output(page, t('Class A — customers', 'Klasa A — klienci'))).toHaveText('5');
    await expect(
      output(page, t('Revenue from the top 20% of customers', 'Przychód od 20% największych klientów')),
    ).toHaveText(t('71.7%', '71,7%'));
    await expectNoAxeViolations(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/abc-pareto-${lang}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSheet(page, new RegExp(t('Value × loyalty', 'Wartość × lojalność')));
    await expect(page.locator('.sg-svg')).toBeVisible();
    await expectNoAxeViolations(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/customer-tiers-${lang}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSheet(page, new RegExp(t('VIP contact plan', 'Plan kontaktów z klientami VIP')));
    await expect(output(page, t('Most overdue', 'Najbardziej po terminie'))).toContainText(
      t('Green Bean', 'Zielone Ziarno'),
    );
    await expectNoAxeViolations(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/vip-cadence-${lang}-${width}.png`, fullPage: true });
    }
  });
}
