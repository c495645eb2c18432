import { expect, test } from '@playwright/test';
import { createWorkbook, output, SHOTS } from './util';

test('create, rename, duplicate, delete with undo, trash and restore', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Give the workbook a name.')).toBeVisible();

  await createWorkbook(page, 'Nordic Foods');
  await page.getByRole('link', { name: '← All workbooks' }).click();
  const row = page.getByRole('row', { name: /Nordic Foods/ });
  await expect(row).toBeVisible();

  await page.getByRole('button', { name: 'Rename — Nordic Foods' }).click();
  await page.getByLabel('New name for Nordic Foods').fill('Nordic Foods AB');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Nordic Foods AB', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate — Nordic Foods AB' }).click();
  await page.waitForURL(/#\/w\//);
  await expect(page.getByLabel('Workbook name')).toHaveValue('Nordic Foods AB (copy)');
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Nordic Foods AB (copy)' })).toBeVisible();

  // Delete asks first, then can be undone.
  await page.getByRole('button', { name: 'Delete — Nordic Foods AB (copy)' }).click();
  await expect(page.getByText('Move “Nordic Foods AB (copy)” to the trash?')).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Nordic Foods AB (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Nordic Foods AB (copy)' })).toBeVisible();

  // From the trash, restore.
  await page.getByRole('button', { name: 'Delete — Nordic Foods AB (copy)' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByText(/^Trash/).click();
  await page.getByRole('button', { name: 'Restore — Nordic Foods AB (copy)' }).click();
  await expect(page.getByRole('link', { name: 'Nordic Foods AB (copy)' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-en.png`, fullPage: true });
});

test('the example shows scores at once, and hash routes survive reload and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\/[^/]+/);
  await page.getByRole('link', { name: /Net Promoter Score survey/ }).click();
  await expect(page).toHaveURL(/\/nps-survey$/);
  await expect(output(page, 'Net Promoter Score')).not.toHaveText('—');
  await page.getByRole('link', { name: /Preliminary CRM audit/ }).click();
  await expect(output(page, 'Interpretation')).not.toHaveText('—');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Preliminary CRM audit' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Net Promoter Score survey' })).toBeVisible();
  // Every worksheet of the navigation opens a page, none is broken.
  // The twenty worksheets (Summary and Report come before them, in a list of their own).
  const links = page.getByRole('navigation', { name: 'Worksheets' }).locator('ul:not(.nav-summary)').getByRole('link');
  expect(await links.count()).toBe(20);
  for (let i = 0; i < 20; i++) {
    await links.nth(i).click();
    await expect(page.locator('#worksheet-title, .coming-page h2').first()).toBeVisible();
  }
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByRole('link', { name: /Wszystkie zeszyty/ }).click();
  await expect(page.getByRole('columnheader', { name: 'Wypełnienie' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Example/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-pl.png`, fullPage: true });
});

test('a missing workbook says so', async ({ page }) => {
  await page.goto('/#/w/does-not-exist/nps-survey');
  await expect(page.getByText('This workbook does not exist')).toBeVisible();
});

test('the list is read without the storage library: a first visit creates no database, the first workbook does', async ({
  page,
}) => {
  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  const dexie: string[] = [];
  page.on('request', (r) => {
    if (/\/db-[\w-]+\.js$/.test(r.url())) dexie.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByText(/No workbooks yet/)).toBeVisible();
  expect(await databases()).toEqual([]);
  expect(dexie).toEqual([]);

  await createWorkbook(page, 'First of all');
  expect(dexie).toHaveLength(1);
  expect(await databases()).toEqual(['crm-workbook']);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'First of all' })).toBeVisible();
});
