import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { openSheet, SHOTS, waitSaved } from './util';
import { makeZip } from '../../src/lib/export/zip-fixtures';
import { read, utils, write } from 'xlsx';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const importInput = (page: Page) => page.getByLabel(/^(Import an \.xlsx file…|Importuj plik \.xlsx…)$/);
const importCard = (page: Page) => page.getByRole('region', { name: /Import from Excel|Import z Excela/ });

test('a zip bomb named .xlsx is refused at once with its reason, in both languages', async ({ page }) => {
  await page.goto('/');
  // 64 MB of zeros in ~64 KB, generated here: never committed.
  const bomb = Buffer.from(makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(64 * 1024 * 1024) }]));
  const start = Date.now();
  await importInput(page).setInputFiles({
    name: 'bomb.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bomb,
  });
  const alert = importCard(page).getByRole('alert');
  await expect(alert).toContainText(
    '“bomb.xlsx” cannot be imported: its part “xl/worksheets/sheet1.xml” would unpack to',
  );
  await expect(alert).toContainText('zip bomb');
  expect(Date.now() - start).toBeLessThan(10_000);
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(alert).toContainText(
    'Nie można zaimportować pliku „bomb.xlsx”: jego część „xl/worksheets/sheet1.xml” rozpakowałaby się',
  );
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
});

test('a 40,000-character answer: the limit is shown as it is typed, the export works, and it imports back whole', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\/[^/]+/);
  await openSheet(page, /Seven steps of a CRM strategy/);
  const box = page.getByRole('textbox', { name: /Vision and goals/ }).first();
  const long = Array.from({ length: 4000 }, (_, i) => `${String(i).padStart(4, '0')} PROMO_x0041_`)
    .join(' ')
    .slice(0, 40_000);
  await box.fill(long.slice(0, 30_000));
  await expect(page.locator('.longtext-length')).toHaveText('30,000 of the 32,767 characters an Excel cell holds.');
  await box.fill(long);
  const counter = page.locator('.longtext-length');
  await expect(counter).toContainText('40,000 characters: more than an Excel cell holds (32,767).');
  await expect(box).toHaveAccessibleDescription(/more than an Excel cell holds/);
  await waitSaved(page);
  await counter.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/long-answer-counter-en-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(counter).toContainText('40 000 znaków: więcej, niż mieści komórka Excela (32 767).');
  await counter.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/long-answer-counter-pl-390.png` });
  await page.getByRole('button', { name: 'English' }).click();
  await page.setViewportSize({ width: 1280, height: 900 });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to Excel' }).click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await page.getByRole('link', { name: '← All workbooks' }).click();
  await importInput(page).setInputFiles({
    name: 'long.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(path),
  });
  const preview = page.getByRole('region', { name: 'Import “long.xlsx”' }).or(page.locator('.xlsx-import-preview'));
  await expect(preview.getByText('Every answer fits its worksheet.')).toBeVisible();
  await preview.getByRole('radio', { name: 'Replace an existing workbook' }).check();
  await expect(preview).toContainText('No answer changes');
  await preview.screenshot({ path: `${SHOTS}/long-answer-import-en-1280.png` });
});

test('a large legal file (50,000 NPS respondents) is read without freezing the page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\/[^/]+/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to Excel' }).click(),
  ]);
  const book = read(readFileSync((await download.path())!), { type: 'buffer', cellFormula: true });
  // 50,000 scores typed under the NPS column, as a client pasting a survey would.
  const ws = book.Sheets['nps-survey']!;
  const first = utils.decode_cell(
    Object.keys(ws).find((k) => /^B\d+$/.test(k) && typeof (ws[k] as { v?: unknown }).v === 'number')!,
  ).r;
  for (let i = 0; i < 50_000; i++) ws[utils.encode_cell({ r: first + i, c: 1 })] = { t: 'n', v: i % 11 };
  const range = utils.decode_range(ws['!ref']!);
  range.e.r = Math.max(range.e.r, first + 49_999);
  ws['!ref'] = utils.encode_range(range);
  const bytes = write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  await page.getByRole('link', { name: '← All workbooks' }).click();
  // The longest gap between animation frames while the file is read: a frozen page has none.
  await page.evaluate(() => {
    const w = window as unknown as { maxGap: number; last: number; running: boolean };
    w.maxGap = 0;
    w.last = performance.now();
    w.running = true;
    const tick = (t: number) => {
      w.maxGap = Math.max(w.maxGap, t - w.last);
      w.last = t;
      if (w.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await importInput(page).setInputFiles({
    name: 'big.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await expect(page.locator('.xlsx-import-preview')).toBeVisible({ timeout: 60_000 });
  const took = Date.now() - start;
  const maxGap = await page.evaluate(() => {
    const w = window as unknown as { maxGap: number; running: boolean };
    w.running = false;
    return w.maxGap;
  });
  console.log(
    `50,000 respondents: ${(bytes.length / 1024).toFixed(0)} KB, preview after ${took} ms, longest frame gap ${maxGap.toFixed(0)} ms`,
  );
  await expect(page.locator('.xlsx-import-counts')).toContainText('answers read from');
  // The read itself takes seconds (in the worker); the page keeps drawing meanwhile: no pause
  // near a second (the read alone takes 3–4 s in Node on this machine; on the page it would freeze it).
  expect(maxGap).toBeLessThan(1500);
});
