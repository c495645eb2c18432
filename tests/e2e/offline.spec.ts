import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { downloadWorkbook, openSheet, output, SHOTS, waitSaved } from './util';
import { serveCopyOf, type StaticSite } from './support/static-server';

// Offline use: the app is served by a server of the test's own (on a port of its own, so its
// service worker and storage are its own) that is shut down mid-test: the network is gone for
// real, and Chromium is told it is offline as well.

const WORKSHEETS = [
  'Customer interest / influence grid',
  'When were your customers satisfied?',
  'How you reach customers',
  'Loyalty programme: action → reaction',
  'Website or company blog?',
  'Which content-marketing form fits you?',
  'Net Promoter Score survey',
  'Seven steps of a CRM strategy',
  'CRM implementation in four steps',
  'Building your own CRM in seven steps',
  'Preliminary CRM audit',
  'Is a cloud CRM for you?',
  'Should a voicebot be used?',
  'Crisis management plan',
];
const OFFLINE_READY = 'CRM Workbook is now kept on this device: it works offline too.';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;

/** Painted pixels of a canvas (0 for a blank one). */
const paintedPixels = (page: Page) =>
  page
    .locator('canvas')
    .first()
    .evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });

/** First visit, online: the app is kept on the device (the notice says so). */
async function visitOnce(page: Page, site: StaticSite) {
  await page.goto(site.url);
  await expect(page.getByRole('heading', { name: 'New workbook' })).toBeVisible();
  await expect(page.getByText(OFFLINE_READY)).toBeVisible({ timeout: 30_000 });
  // Controlled by the service worker from now on (it claims the page on its first install).
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit online, everything works with the network gone', async ({ page, context }) => {
    test.setTimeout(180_000);
    const site = await serveCopyOf();
    await visitOnce(page, site);
    await site.close();
    await context.setOffline(true);

    // Reload: the app, not the browser's "no internet" page.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'New workbook' })).toBeVisible();
    const servedBefore = site.requests.length;

    // A new workbook: type, reload, still there.
    await page.getByLabel('Workbook name').fill('Offline Ltd');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/#\/w\//);
    await openSheet(page, 'Net Promoter Score survey');
    await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('10');
    await expect(output(page, 'Net Promoter Score')).toHaveText('+100');
    await page.reload();
    await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('10');

    // The example, and every worksheet with its panels: charts, heat map, grid.
    await page.getByRole('link', { name: '← All workbooks' }).click();
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.waitForURL(/#\/w\//);
    for (const title of WORKSHEETS) {
      await openSheet(page, title);
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      const panels = page.locator('section.block.custom');
      for (const panel of await panels.all())
        await expect(panel.locator('canvas, svg, table, button, input, output, p').first()).toBeAttached();
      await expect(page.locator('.load-failed')).toHaveCount(0);
      await expect(page.locator('.sheet-main .loading')).toHaveCount(0);
    }
    await openSheet(page, 'Net Promoter Score survey');
    await expect(output(page, 'Net Promoter Score')).toHaveText('+42');
    await expect.poll(() => paintedPixels(page), { timeout: 10_000 }).toBeGreaterThan(100);
    await openSheet(page, 'Customer interest / influence grid');
    await expect(page.getByRole('region', { name: 'Interest / influence grid' }).getByRole('img')).toHaveAttribute(
      'aria-label',
      /Key players/,
    );
    await openSheet(page, 'Crisis management plan');
    await expect(
      page.getByRole('region', { name: 'Risks by score and heat map' }).getByRole('table', { name: /^Heat map/ }),
    ).toBeVisible();

    // Export to Excel (SheetJS from the device), and read the file.
    const { book, fileName } = await downloadWorkbook(page);
    expect(book.SheetNames).toContain('nps-survey');
    expect(book.SheetNames.length).toBeGreaterThanOrEqual(15);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to Excel' }).click(),
    ]);
    const xlsxPath = join(test.info().outputDir, fileName);
    await download.saveAs(xlsxPath);

    // Import it back as a new workbook.
    await page.getByRole('link', { name: '← All workbooks' }).click();
    await page.getByLabel('Import an .xlsx file…', { exact: true }).setInputFiles(xlsxPath);
    const preview = page.getByRole('region', { name: new RegExp(fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await preview.getByLabel('Name of the new workbook').fill('Imported offline');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Imported offline', exact: true })).toBeVisible();

    // Back up, then restore the backup as copies.
    const card = page.getByRole('region', { name: 'Backup & restore' });
    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backupPath = join(test.info().outputDir, backup.suggestedFilename());
    await backup.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).data.workbooks).toHaveLength(3);
    await page.getByLabel('Restore from a backup…', { exact: true }).setInputFiles(backupPath);
    await page.getByRole('button', { name: 'Restore 3 workbooks' }).click();
    await expect(card.getByRole('status')).toHaveText('3 workbooks restored.');

    // Another language, still offline.
    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.getByRole('heading', { name: 'Nowy zeszyt' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/offline-list-pl.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);

    // Not one request reached a server after it went away (it could not have: it is closed).
    expect(site.requests.length).toBe(servedBefore);
  });

  test('a new version served to an open tab: a quiet notice, and "Reload to update" keeps a just-typed answer', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const site = await serveCopyOf();
    await visitOnce(page, site);
    await page.getByLabel('Workbook name').fill('Update Ltd');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/#\/w\//);
    await openSheet(page, 'Net Promoter Score survey');
    await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('9');
    await waitSaved(page);

    // Deploy a new version: a changed index.html, so the service worker's precache list changes.
    const index = join(site.root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<meta name="build" content="v2" /></head>'));
    const sw = join(site.root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/(url:"index\.html",revision:")[^"]+/, '$1v2'));
    expect(readFileSync(sw, 'utf8')).toContain('revision:"v2"');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const notice = page.getByRole('status').filter({ hasText: 'A new version of CRM Workbook is ready.' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/update-notice-en.png` });
    // Nothing reloads by itself: type on.
    await page.waitForTimeout(1000);
    await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('9');
    await page.getByLabel('Respondent 2 — Score', { exact: true }).fill('3');
    // At once, before the debounced save: the update stores it first.
    await Promise.all([
      page.waitForEvent('framenavigated'),
      notice.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'v2');
    await expect(page.getByLabel('Respondent 2 — Score', { exact: true })).toHaveValue('3');
    await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toHaveValue('9');
    await expect(output(page, 'Net Promoter Score')).toHaveText('0');
    await site.close();
  });
});

test.describe('before the app is kept offline (no service worker)', () => {
  test('"Try an example" offline says why in the page language, leaves no button disabled, and Try again works once online', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.getByRole('heading', { name: 'Nowy zeszyt' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Wypróbuj przykład' }).click();
    const failed = page.locator('.create-card .load-failed');
    await expect(failed).toContainText('jesteś offline');
    await expect(page.getByRole('button', { name: 'Wypróbuj przykład' })).toBeEnabled();
    // Every Create on the list (a workbook, a workshop group) stays usable.
    for (const create of await page.getByRole('button', { name: 'Utwórz' }).all()) await expect(create).toBeEnabled();
    await page.screenshot({ path: `${SHOTS}/load-failed-pl.png` });
    expect(await axe(page)).toEqual([]);
    // Still offline: Try again says so again.
    await failed.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(failed).toContainText('jesteś offline');
    await context.setOffline(false);
    await failed.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await page.waitForURL(/#\/w\//);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Siatka zainteresowania i wpływu klientów' }),
    ).toBeVisible();
  });

  test('creating a workbook offline before the storage code was fetched says why; online, Create works', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await expect(page.getByText(/No workbooks yet/)).toBeVisible();
    // The banner's words load a moment after the list (storage-text.ts); the storage code does not.
    await page.waitForResponse(/storage-text-[\w-]+\.js$/);
    await context.setOffline(true);
    await page.getByLabel('Workbook name').fill('Offline first');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const banner = page.locator('.banner.error');
    await expect(banner).toContainText('could not be loaded: you may be offline');
    await expect(banner).not.toContainText(/dynamically|https?:/);
    await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeEnabled();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/#\/w\//);
    await expect(page.getByRole('heading', { level: 2, name: WORKSHEETS[0] })).toBeVisible();
    await expect(banner).toHaveCount(0);
  });

  test('the backup and Excel-import cards load their code on use: offline they say why, Try again goes on with the chosen file, and a slow load says "Loading…"', async ({
    page,
    context,
  }) => {
    const dir = test.info().outputPath();
    const backup = join(dir, 'crm-workbook-backup-2026-03-05.json');
    const workbook = { id: 'wb-from-file', name: 'From the file', createdAt: 1, updatedAt: 2, sheets: {} };
    writeFileSync(
      backup,
      JSON.stringify({ app: 'crm-workbook', schemaVersion: 1, exportedAt: '', data: { workbooks: [workbook] } }),
    );
    const notXlsx = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(notXlsx, 'plain text, not a spreadsheet');
    await page.goto('/');
    await expect(page.getByText(/No workbooks yet/)).toBeVisible();
    const backupCard = page.getByRole('region', { name: 'Backup & restore' });
    const importCard = page.getByRole('region', { name: 'Import from Excel' });

    await context.setOffline(true);
    await page.getByLabel('Restore from a backup…', { exact: true }).setInputFiles(backup);
    await expect(backupCard.locator('.load-failed')).toContainText('you are offline');
    await page.getByLabel('Import an .xlsx file…', { exact: true }).setInputFiles(notXlsx);
    await expect(importCard.locator('.load-failed')).toContainText('you are offline');
    expect(await axe(page)).toEqual([]);

    await context.setOffline(false);
    await backupCard.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('region', { name: `Restore from “crm-workbook-backup-2026-03-05.json”` }),
    ).toBeVisible();
    await expect(backupCard.locator('.load-failed')).toHaveCount(0);

    // The import's code held back a moment: the card says it is loading, then reads the same file.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/excel-import-flow-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await importCard.getByRole('button', { name: 'Try again' }).click();
    await expect(importCard.getByRole('status')).toHaveText('Loading…');
    release();
    await expect(importCard.getByRole('alert').first()).toHaveText(
      '“not-a-workbook.xlsx” cannot be imported: it is not an Excel workbook (.xlsx). Nothing was changed.',
    );
    await expect(importCard.locator('.load-failed')).toHaveCount(0);
  });

  test('panels, a chart and the export whose code was never fetched say why; back online they load, and the export on Try again', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.waitForURL(/#\/w\//);
    await expect(page.getByRole('heading', { level: 2, name: WORKSHEETS[0] })).toBeVisible();

    await context.setOffline(true);
    // Its panels and chart.js were never fetched.
    await openSheet(page, 'Net Promoter Score survey');
    const failed = page.locator('.sheet-main .load-failed');
    await expect(failed.first()).toContainText('you are offline');
    await page.screenshot({ path: `${SHOTS}/load-failed-en.png` });
    expect(await axe(page)).toEqual([]);
    // Export: SheetJS was never fetched; the button stays usable.
    await page.getByRole('button', { name: 'Export to Excel' }).click();
    const exportFailed = page.locator('.workbook > .load-failed.inline');
    await expect(exportFailed).toContainText('you are offline');
    await expect(page.getByRole('button', { name: 'Export to Excel' })).toBeEnabled();

    // Back online: the parts that failed load by themselves (the export waits for its button).
    await context.setOffline(false);
    await expect(failed).toHaveCount(0);
    await expect.poll(() => paintedPixels(page), { timeout: 10_000 }).toBeGreaterThan(100);
    await expect(output(page, 'Net Promoter Score')).toHaveText('+42');
    await expect(exportFailed).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportFailed.getByRole('button', { name: 'Try again' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});

test('a malformed address shows "not found", not a blank page', async ({ page }) => {
  await page.goto('/#/w/%E0%A4%A');
  await expect(
    page.getByRole('heading', { name: 'There is no such page here (the address may be mistyped or cut short).' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page.getByRole('heading', { name: 'New workbook' })).toBeVisible();
  await page.goto('/#/nowhere/at/all');
  await expect(page.getByRole('heading', { name: /There is no such page here/ })).toBeVisible();
});

test('installable: the page links a web app manifest with a name, icons, theme colour, start_url and standalone display', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest).toMatchObject({
    name: 'CRM Workbook',
    short_name: 'CRM Workbook',
    start_url: './',
    display: 'standalone',
    theme_color: '#1f5f8b',
  });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  // Every icon is there, and is a PNG of the size it claims.
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const res = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(res.status()).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [w, h] = icon.sizes.split('x').map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1f5f8b');
});
