import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;

for (const language of ['English', 'Polski']) {
  test(`no WCAG A/AA violations on the list, the NPS survey and the CRM audit (${language})`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: language }).click();
    await page.getByRole('button', { name: /Try an example|Wypróbuj przykład/ }).click();
    await page.waitForURL(/#\/w\//);
    const id = page.url().split('#/w/')[1]!.split('/')[0]!;
    await page.goto(`/#/`);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    for (const sheet of ['nps-survey', 'crm-audit']) {
      await page.goto(`/#/w/${id}/${sheet}`);
      await expect(page.locator('#worksheet-title')).toBeVisible();
      // A bad entry and its message are part of what must be accessible.
      const first = page.locator('input.number').first();
      await first.fill('99');
      await expect(page.locator('.field-error').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    }
  });
}

test('the audit can be filled by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Workbook name').focus();
  await page.keyboard.type('Keyboard Ltd');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/w\//);
  const link = page.getByRole('link', { name: /Preliminary CRM audit/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Do CRM system users actively use it? — Rating', { exact: true }).focus();
  for (const [r, w] of [
    ['5', '0.2'],
    ['4', '0.2'],
    ['3', '0.2'],
    ['4', '0.2'],
    ['4', '0.2'],
  ]) {
    await page.keyboard.type(r!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(w!);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('status', { name: 'Weighted average', exact: true })).toHaveText('4.00');
});
