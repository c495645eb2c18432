import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createWorkbook, openSheet, output, SHOTS, waitSaved } from './util';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
const EXAMPLE = 'Example — Baltic Bikes Ltd.';
const MINE = 'Nordic Foods — Zażółć 🚲';
const restoreInput = (page: Page) => page.getByLabel('Restore from a backup…', { exact: true });
const backToList = (page: Page) => page.getByRole('link', { name: '← All workbooks' }).click();

/** Two workbooks (the example and one typed by hand), with their NPS values; returns the backup file. */
async function makeTwoWorkbooksAndBackUp(page: Page): Promise<{ path: string; fileName: string; exampleNps: string }> {
  await page.goto('/');
  await expect(page.getByText('No backup has been made on this device yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download backup' })).toBeDisabled();

  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\/[^/]+/);
  await openSheet(page, /Net Promoter Score survey/);
  const exampleNps = (await output(page, 'Net Promoter Score').textContent()) ?? '';
  expect(exampleNps).toMatch(/^[+-−]?\d+$/);
  await backToList(page);

  await createWorkbook(page, MINE);
  await openSheet(page, /Net Promoter Score survey/);
  for (const [i, s] of ['10', '9', '6'].entries())
    await page.getByLabel(`Respondent ${i + 1} — Score`, { exact: true }).fill(s);
  await expect(output(page, 'Net Promoter Score')).toHaveText('+33');
  await waitSaved(page);
  await backToList(page);

  // Workbooks and no backup yet: the reminder.
  const card = page.getByRole('region', { name: 'Backup & restore' });
  await expect(
    card.getByText('Browsers may delete site data (Safari after seven days without a visit): download a backup.'),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/backup-card-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^crm-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(card.getByRole('status')).toHaveText(`Backup downloaded: ${fileName}.`);
  await expect(card.getByText(/^Last backup on this device: /)).toBeVisible();
  await expect(card.getByText(/Browsers may delete site data/)).toHaveCount(0);
  // Saved under its own name, as a user's download folder would have it.
  const path = test.info().outputPath(fileName);
  await download.saveAs(path);
  return { path, fileName, exampleNps };
}

test('back up two workbooks, restore them in a fresh browser after a preview', async ({ page, browser }) => {
  const { path, fileName, exampleNps } = await makeTwoWorkbooksAndBackUp(page);
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    app: string;
    schemaVersion: number;
    data: { workbooks: { name: string }[] };
  };
  expect(file.app).toBe('crm-workbook');
  expect(file.schemaVersion).toBe(2); // data v2: NPS respondents as rows
  expect(file.data.workbooks.map((w) => w.name).sort()).toEqual([EXAMPLE, MINE].sort());

  // Another computer: a browser with no data at all.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(fresh.getByText(/No workbooks yet/)).toBeVisible();
  await restoreInput(fresh).setInputFiles(path);
  const preview = fresh.getByRole('region', { name: `Restore from “${fileName}”` });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { name: `Restore from “${fileName}”` })).toBeFocused();
  await expect(preview.getByText(/^Backup made /)).toBeVisible();
  for (const name of [EXAMPLE, MINE])
    await expect(preview.getByRole('row', { name: new RegExp(`${name}.*New here`) })).toBeVisible();
  await fresh.screenshot({ path: `${SHOTS}/backup-preview-en.png`, fullPage: true });
  expect(await axe(fresh)).toEqual([]);

  // Cancel writes nothing.
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  await expect(fresh.getByText(/No workbooks yet/)).toBeVisible();

  await restoreInput(fresh).setInputFiles(path);
  await fresh.getByRole('button', { name: 'Restore 2 workbooks' }).click();
  await expect(fresh.getByRole('region', { name: 'Backup & restore' }).getByRole('status')).toHaveText(
    '2 workbooks restored.',
  );
  await expect(fresh.getByRole('link', { name: EXAMPLE, exact: true })).toBeVisible();
  await fresh.reload();
  await fresh.getByRole('link', { name: MINE, exact: true }).click();
  await openSheet(fresh, /Net Promoter Score survey/);
  await expect(fresh.getByLabel('Respondent 3 — Score', { exact: true })).toHaveValue('6');
  await expect(output(fresh, 'Net Promoter Score')).toHaveText('+33');
  await expect(output(fresh, 'Number of responses')).toHaveText('3');
  await backToList(fresh);
  await fresh.getByRole('link', { name: EXAMPLE, exact: true }).click();
  await openSheet(fresh, /Net Promoter Score survey/);
  await expect(output(fresh, 'Net Promoter Score')).toHaveText(exampleNps);
  await context.close();
});

test('restoring over existing workbooks: keep both by default, or replace', async ({ page }) => {
  const { path } = await makeTwoWorkbooksAndBackUp(page);
  // Change my workbook after the backup, then bring the backup's version back over it.
  await page.getByRole('button', { name: `Rename — ${MINE}` }).click();
  await page.getByLabel(`New name for ${MINE}`).fill('Changed after backup');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Changed after backup' })).toBeVisible();

  await restoreInput(page).setInputFiles(path);
  const mineChoice = page.getByRole('group', {
    name: new RegExp(`^What to do with ${MINE}: Already here as “Changed after backup”, last changed here \\d`),
  });
  const exampleChoice = page.getByRole('group', {
    name: new RegExp(`^What to do with ${EXAMPLE}: Already here as “${EXAMPLE}”, last changed here \\d`),
  });
  // Only my workbook was changed after the backup: replacing it would lose that, and it says so.
  await expect(
    mineChoice.getByText(/^The copy here was changed after this backup: replacing it loses what was typed since \d/),
  ).toBeVisible();
  await expect(exampleChoice.getByText(/changed after this backup/)).toHaveCount(0);
  await expect(mineChoice.getByRole('radio', { name: 'Keep both (restore as a copy)' })).toBeChecked();
  await expect(exampleChoice.getByRole('radio', { name: 'Keep both (restore as a copy)' })).toBeChecked();
  await mineChoice.getByRole('radio', { name: 'Replace the one here' }).check();
  await page.screenshot({ path: `${SHOTS}/backup-preview-existing-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Restore 2 workbooks' }).click();

  await expect(page.getByText('2 workbooks restored.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Changed after backup' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: MINE, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: EXAMPLE, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${EXAMPLE} (restored copy)`, exact: true })).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(4); // header + 3
});

test('a hostile file shows what is wrong and changes nothing (English and Polish)', async ({ page }) => {
  await createWorkbook(page, 'Only one');
  await backToList(page);
  const card = page.getByRole('region', { name: 'Backup & restore' });
  const alert = card.getByRole('alert');

  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  await restoreInput(page).setInputFiles({ name: 'holiday.json', mimeType: 'application/json', buffer: random });
  await expect(alert).toHaveText(
    /^Cannot restore from “holiday\.json”: it is not a backup file of this app .* Nothing was changed\.$/,
  );

  const docx = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
    Buffer.from('[Content_Types].xml'),
    random,
  ]);
  await restoreInput(page).setInputFiles({ name: 'report.docx', mimeType: 'application/json', buffer: docx });
  await expect(alert).toContainText('Cannot restore from “report.docx”: it is not a backup file of this app');

  const newer = JSON.stringify({
    app: 'crm-workbook',
    schemaVersion: 99,
    exportedAt: new Date().toISOString(),
    data: { workbooks: [{ id: 'x', name: 'Intruder' }] },
  });
  await restoreInput(page).setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(newer),
  });
  await expect(alert).toHaveText(
    'Cannot restore from “future.json”: it was made by a newer version of the app. Reload the page to get the newest version, then try again. Nothing was changed.',
  );
  await expect(page.getByRole('region', { name: /Restore from/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/backup-error-en.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);

  const otherApp = JSON.stringify({ type: 'excalidraw', version: 2, elements: [] });
  await restoreInput(page).setInputFiles({
    name: 'drawing.json',
    mimeType: 'application/json',
    buffer: Buffer.from(otherApp),
  });
  await expect(alert).toHaveText(
    'Cannot restore from “drawing.json”: it is a JSON file, but not a backup of CRM Workbook. Nothing was changed.',
  );

  // Polish: the card, an error, and a preview.
  await page.getByRole('button', { name: 'Polski' }).click();
  const plCard = page.getByRole('region', { name: 'Kopia zapasowa i przywracanie' });
  await expect(plCard.getByText(/Przeglądarki mogą usuwać dane stron/)).toBeVisible();
  const plInput = page.getByLabel('Przywróć z kopii zapasowej…', { exact: true });
  // The message shown in English follows the switch to Polish.
  await expect(plCard.getByRole('alert')).toHaveText(
    /^Nie można przywrócić z pliku „drawing\.json”: to plik JSON, ale nie kopia zapasowa Zeszytu CRM\. Nic nie zostało zmienione\.$/,
  );
  await plInput.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(plCard.getByRole('alert')).toHaveText(
    /^Nie można przywrócić z pliku „future\.json”: utworzyła go nowsza wersja aplikacji\..*Nic nie zostało zmienione\.$/,
  );
  await page.screenshot({ path: `${SHOTS}/backup-error-pl.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    plCard.getByRole('button', { name: 'Pobierz kopię zapasową' }).click(),
  ]);
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  await plInput.setInputFiles(saved);
  await expect(
    page.getByRole('group', { name: 'Co zrobić z zeszytem Only one: Już jest jako „Only one”' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Przywróć 1 zeszyt' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/backup-preview-pl.png`, fullPage: true });
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Anuluj' }).click();

  // After all of it, still just the one workbook.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Intruder' })).toHaveCount(0);
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Only one', exact: true })).toBeVisible();
});
