import { expect, test } from '@playwright/test';
import { createWorkbook, openSheet, output, waitSaved } from './util';

test('text typed just before a reload is all there', async ({ page }) => {
  await createWorkbook(page, 'Reload client');
  await openSheet(page, /Net Promoter Score survey/);
  const score = page.getByLabel('Respondent 1 — Score', { exact: true });
  await score.click();
  await page.keyboard.type('9');
  await page.getByLabel('Respondent 2 — Score', { exact: true }).click();
  await page.keyboard.type('1');
  // No wait for the debounced save: reload at once, mid-typing.
  await page.keyboard.type('0');
  await page.reload();
  await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('9');
  await expect(page.getByLabel('Respondent 2 — Score', { exact: true })).toHaveValue('10');
  await expect(output(page, 'Net Promoter Score')).toHaveText('+100');
});

test('on a slow disk, text typed straight after moving to another worksheet stays', async ({ page }) => {
  // A slow disk (an old borrowed laptop): every read-only IndexedDB read answers 700 ms late.
  // Moving between worksheets must not re-read the open workbook and show that older copy.
  await page.addInitScript(() => {
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, key);
      if (this.transaction.mode !== 'readonly') return request;
      const set = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!.set!;
      Object.defineProperty(request, 'onsuccess', {
        set(handler: ((e: Event) => void) | null) {
          set.call(request, handler && ((e: Event) => setTimeout(() => handler.call(request, e), 700)));
        },
      });
      return request;
    };
  });
  await createWorkbook(page, 'Slow disk client');
  await openSheet(page, /Customer interest \/ influence grid/);
  await page.getByLabel('Customer 1 — Name', { exact: true }).fill('Northwind Traders');
  await openSheet(page, /Loyalty programme/);
  const action = page.getByLabel('Pair 1 — Action', { exact: true });
  await action.fill('A birthday discount');
  // Longer than the slow read: a re-read workbook would have replaced the page's answers by now.
  await page.waitForTimeout(1500);
  await expect(action).toHaveValue('A birthday discount');
  await openSheet(page, /Customer interest \/ influence grid/);
  await expect(page.getByLabel('Customer 1 — Name', { exact: true })).toHaveValue('Northwind Traders');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('Customer 1 — Name', { exact: true })).toHaveValue('Northwind Traders');
  await openSheet(page, /Loyalty programme/);
  await expect(action).toHaveValue('A birthday discount');
});

test('closing the tab mid-typing loses nothing', async ({ context }) => {
  const page = await context.newPage();
  const url = await createWorkbook(page, 'Closed tab client');
  await page.getByLabel('Workbook name').fill('Renamed while typing');
  await openSheet(page, /Preliminary CRM audit/);
  await page.getByLabel('Do CRM system users actively use it? — Rating', { exact: true }).fill('3');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await openSheet(again, /Preliminary CRM audit/);
  await expect(again.getByLabel('Do CRM system users actively use it? — Rating', { exact: true })).toHaveValue('3');
  await expect(again.getByLabel('Workbook name')).toHaveValue('Renamed while typing');
});

test('a change in one tab shows in the other', async ({ context }) => {
  const a = await context.newPage();
  const url = await createWorkbook(a, 'Two tabs');
  await openSheet(a, /Net Promoter Score survey/);
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('');
  await a.getByLabel('Respondent 1 — Score', { exact: true }).fill('8');
  await a.getByLabel('Respondent 2 — Score', { exact: true }).focus();
  await expect(b.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('8');
  await expect(output(b, 'Respondent 1 — Category')).toHaveText('Passive');
  // The list in a third tab follows renames too.
  const list = await context.newPage();
  await list.goto('/');
  await a.getByLabel('Workbook name').fill('Two tabs renamed');
  await a.getByLabel('Respondent 2 — Score', { exact: true }).focus();
  await expect(list.getByRole('link', { name: 'Two tabs renamed' })).toBeVisible();
  void url;
});

test('when localStorage refuses the journal, the page says so and the save still lands', async ({ page }) => {
  await createWorkbook(page, 'Full storage');
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('crm-workbook:journal:')) throw new DOMException('full', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await page.reload();
  await openSheet(page, /Net Promoter Score survey/);
  await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('7');
  await expect(page.getByText(/refuses quick local copies/)).toBeVisible();
  // The save status itself (the banner also mentions “All changes saved”).
  await expect(page.locator('.save-status')).toHaveText('✓ All changes saved');
  await page.reload();
  await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('7');
});
