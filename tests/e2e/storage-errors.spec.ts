import { SCHEMA_VERSION } from '../../src/lib/storage/schema';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createWorkbook, openSheet, SHOTS, waitSaved } from './util';

// Storage failures as a user meets them: one plain message in the page's language (never a
// library's raw text or web address), a short save status, and no endless "Loading…".

const DB = 'crm-workbook';
/** IndexedDB's own version of a database written by a future app (Dexie's version ×10). */
const FUTURE = (SCHEMA_VERSION + 1) * 10;

const banner = (page: Page) => page.locator('.banner.error');
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze())
    .violations;
const saveStatus = (page: Page) => page.locator('.save-status');

async function toPolish(page: Page) {
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
}

/** No raw library text anywhere on the page. */
async function expectNoRawError(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(
    /https?:|tinyurl|MissingAPI|IndexedDB API|QuotaExceededError|DatabaseClosed|VersionError|\.\./,
  );
}

/** Opens the app's database at `version` from `page` (as a newer app would) and closes it. */
const openDatabaseAt = (page: Page, version: number) =>
  page.evaluate(
    ([name, v]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name as string, v as number);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
    [DB, version],
  );

test('a browser that stores nothing gets a plain message, not a form that cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    // As in a browser or window that hides IndexedDB from the site.
    delete (window as { indexedDB?: IDBFactory }).indexedDB;
  });
  await page.goto('/');
  await expect(banner(page)).toHaveCount(1);
  await expect(banner(page)).toContainText('This browser does not let this site store data');
  await expect(banner(page)).toContainText('private window');
  await expect(banner(page)).toContainText('nothing can be saved');
  await expect(banner(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing can be saved in this window' })).toBeVisible();
  // Nothing offered that would fail: no create form, no backup, no import.
  await expect(page.getByLabel('Workbook name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download backup' })).toHaveCount(0);
  await expectNoRawError(page);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/storage-unavailable-en.png` });

  await toPolish(page);
  await expect(banner(page)).toContainText('Ta przeglądarka nie pozwala tej stronie przechowywać danych');
  await expect(page.getByRole('heading', { name: 'W tym oknie nic nie może zostać zapisane' })).toBeVisible();
  await expectNoRawError(page);
  await page.screenshot({ path: `${SHOTS}/storage-unavailable-pl.png` });

  // A workbook's address: the same clear state, not "Loading…".
  await page.goto('/#/w/some-workbook');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'W tym oknie nic nie może zostać zapisane' })).toBeVisible();
  await expect(page.getByText('Wczytywanie…')).toHaveCount(0);
});

test('a full disk: one message in the banner, a short save status, and Try again saves', async ({ page }) => {
  await createWorkbook(page, 'Full disk');
  await openSheet(page, /Net Promoter Score survey/);
  await page.evaluate(() => {
    const w = window as unknown as { realPut: typeof IDBObjectStore.prototype.put };
    w.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('7');
  await expect(saveStatus(page)).toHaveText(/^\s*Not saved: storage full\s*Try again\s*$/);
  await expect(banner(page)).toHaveCount(1);
  await expect(banner(page)).toContainText('no room left for this site’s data');
  await expect(banner(page)).toContainText('Export to Excel');
  // Said once: the long message is not repeated next to the name.
  await expect(page.getByText(/no room left/)).toHaveCount(1);
  await expectNoRawError(page);
  // The save status stays on the bar's line, beside the export button.
  const status = (await saveStatus(page).boundingBox())!;
  const exportButton = (await page.getByRole('button', { name: 'Export to Excel' }).boundingBox())!;
  expect(Math.abs(status.y + status.height / 2 - (exportButton.y + exportButton.height / 2))).toBeLessThan(8);
  expect(await axe(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/storage-full-en.png` });

  await toPolish(page);
  await expect(saveStatus(page)).toHaveText(/^\s*Nie zapisano: brak miejsca\s*Spróbuj ponownie\s*$/);
  await expect(banner(page)).toContainText('zabrakło miejsca na dane tej strony');
  await expectNoRawError(page);
  await page.screenshot({ path: `${SHOTS}/storage-full-pl.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/storage-full-pl-390.png` });

  // Space freed: "Try again" stores what was typed, and the message goes away.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = (window as unknown as { realPut: typeof IDBObjectStore.prototype.put }).realPut;
  });
  await page.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await waitSaved(page);
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Respondent 1 — Wartość', { exact: true })).toHaveValue('7');
});

test('after another tab upgrades the database, typing says "not saved" and points to the reload', async ({
  context,
}) => {
  const page = await context.newPage();
  await createWorkbook(page, 'Upgraded elsewhere');
  await openSheet(page, /Net Promoter Score survey/);
  await page.getByLabel('Respondent 1 — Score', { exact: true }).fill('8');
  await waitSaved(page);

  // Another tab opens the database at a higher version (a newer app): this tab lets go of it.
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  await openDatabaseAt(other, FUTURE);
  await expect(banner(page)).toContainText('This app was updated in another tab, so this page can no longer save');
  await expect(banner(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  // Nothing typed since: what was saved is saved.
  await expect(saveStatus(page)).toHaveText('✓ All changes saved');

  await page.getByLabel('Respondent 2 — Score', { exact: true }).fill('9');
  await expect(saveStatus(page)).toHaveText('Not saved: reload the page');
  // It stays so (a save never runs), with no "Try again" that could not work.
  await page.waitForTimeout(1000);
  await expect(saveStatus(page)).toHaveText('Not saved: reload the page');
  await expect(saveStatus(page).getByRole('button')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/storage-version-change-en.png` });

  await toPolish(page);
  await expect(saveStatus(page)).toHaveText('Nie zapisano: odśwież stronę');
  await expect(banner(page)).toContainText('Aplikację zaktualizowano w innej karcie');
  await page.screenshot({ path: `${SHOTS}/storage-version-change-pl.png` });
});

test('a database from a newer version: a banner and a clear state on the list and on a workbook address', async ({
  context,
}) => {
  const page = await context.newPage();
  const url = await createWorkbook(page, 'Kept by the future');
  await page.goto('/favicon.svg');
  // A newer app upgraded the database (same data, higher version).
  await openDatabaseAt(page, FUTURE);

  await page.goto('/');
  await expect(banner(page)).toContainText('saved by a newer version of this app');
  await expect(banner(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Workbooks cannot be shown' })).toBeVisible();
  await expect(page.getByText('nothing has been changed')).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByLabel('Workbook name')).toHaveCount(0);
  await expectNoRawError(page);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/storage-newer-en.png` });

  await page.goto(url);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Workbooks cannot be shown' })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await toPolish(page);
  await expect(banner(page)).toContainText('Twoje zeszyty zapisała nowsza wersja aplikacji');
  await expect(page.getByRole('heading', { name: 'Nie można pokazać zeszytów' })).toBeVisible();
  await expect(page.getByText('Wczytywanie…')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/storage-newer-pl.png` });

  // Nothing was written: the newer database and its workbook are as they were.
  const stored = await page.evaluate(
    (name) =>
      new Promise<{ version: number; names: string[] }>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('workbooks').objectStore('workbooks').getAll();
          all.onsuccess = () => {
            resolve({ version: db.version, names: (all.result as { name: string }[]).map((w) => w.name) });
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
    DB,
  );
  expect(stored).toEqual({ version: FUTURE, names: ['Kept by the future'] });
});
