import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, openSheet, output, waitSaved } from './util';

// Two tabs on one workbook: neither tab's save may overwrite what the other stored meanwhile.

const score = (page: Page, n: number) => page.getByLabel(`Respondent ${n} — Score`, { exact: true });

test('answers typed in two tabs at the same moment are both kept', async ({ context }) => {
  const a = await context.newPage();
  await createWorkbook(a, 'Race Ltd');
  await openSheet(a, /Net Promoter Score survey/);
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(score(b, 1)).toHaveValue('');
  // Both typed within the save delay (300 ms): each tab saves without having seen the other.
  await score(a, 1).fill('9');
  await score(b, 2).fill('3');
  await waitSaved(a);
  await waitSaved(b);
  for (const page of [a, b]) {
    await page.reload();
    await expect(score(page, 1)).toHaveValue('9');
    await expect(score(page, 2)).toHaveValue('3');
    await expect(output(page, 'Net Promoter Score')).toHaveText('0');
  }
});

test('text typed in one tab just before a reload is shown in the other, and survives its next edit', async ({
  context,
}) => {
  const a = await context.newPage();
  await createWorkbook(a, 'Reload Ltd');
  await openSheet(a, /Crisis management plan/);
  const b = await context.newPage();
  await b.goto(a.url());
  await openSheet(b, /Loyalty programme/);
  const action = (page: Page) => page.getByLabel('Pair 1 — Action', { exact: true });
  await action(b).fill('Free servicing for a year');
  // Reloaded at once: the text comes back from the journal and is saved after the reload.
  await b.reload();
  await expect(action(b)).toHaveValue('Free servicing for a year');
  await waitSaved(b);
  // Tab A follows that save, then keeps working: its next save must not drop B's text.
  await openSheet(a, /Loyalty programme/);
  await expect(action(a)).toHaveValue('Free servicing for a year');
  await openSheet(a, /Crisis management plan/);
  await a.getByLabel('Team member 1 — Name', { exact: true }).fill('Ola Nowak');
  await waitSaved(a);
  for (const page of [b, a]) {
    await page.reload();
    await openSheet(page, /Loyalty programme/);
    await expect(action(page)).toHaveValue('Free servicing for a year');
  }
});

test('a rename or a delete in the list is not undone by a tab that keeps typing', async ({ context }) => {
  const a = await context.newPage();
  await createWorkbook(a, 'Listed Ltd');
  await openSheet(a, /Net Promoter Score survey/);
  await score(a, 1).fill('10');
  await waitSaved(a);
  const list = await context.newPage();
  await list.goto('/');

  // Renamed in the list; the open tab follows and its next save keeps the new name.
  await list.getByRole('button', { name: 'Rename — Listed Ltd' }).click();
  await list.getByLabel('New name for Listed Ltd').fill('Listed Ltd (client)');
  await list.getByRole('button', { name: 'Save' }).click();
  await expect(a.getByLabel('Workbook name')).toHaveValue('Listed Ltd (client)');
  await score(a, 2).fill('8');
  await waitSaved(a);
  await list.reload();
  await expect(list.getByRole('link', { name: 'Listed Ltd (client)', exact: true })).toBeVisible();

  // Deleted in the list: the open tab says so; typing there is kept, in the trash.
  await list.getByRole('button', { name: 'Delete — Listed Ltd (client)' }).click();
  await list.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(a.getByText('This workbook was deleted in another tab.')).toBeVisible();
  await score(a, 3).fill('1');
  await waitSaved(a);
  await list.reload();
  await expect(list.getByRole('link', { name: 'Listed Ltd (client)', exact: true })).toHaveCount(0);
  await list.getByText(/^Trash/).click();
  await expect(list.getByRole('button', { name: 'Restore — Listed Ltd (client)' })).toBeVisible();

  // Restored from the open tab: back in the list, with every answer.
  await a.getByRole('button', { name: 'Restore it' }).click();
  await expect(a.getByText('This workbook was deleted in another tab.')).toHaveCount(0);
  await expect(list.getByRole('link', { name: 'Listed Ltd (client)', exact: true })).toBeVisible();
  await a.reload();
  await expect(score(a, 1)).toHaveValue('10');
  await expect(score(a, 2)).toHaveValue('8');
  await expect(score(a, 3)).toHaveValue('1');
});
