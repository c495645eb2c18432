/**
 * Workshop mode (issue 20) as a trainer meets it: three participants' workbooks made through the
 * page and exported, added to a group in one choice with a hostile file among them, the table's
 * numbers checked by hand, sorting, a copy sent twice, anonymise, the comparison exported and read
 * back; a link copied in one browser context and opened in another. English and Polish; axe.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { read, type CellObject } from 'xlsx';
import { openSheet, waitSaved } from './util';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
const SHOTS = '/tmp/s6/shots-workshop';
const GROUP = 'Gdańsk workshop, 12 March';

async function exportFile(page: Page, button = 'Export to Excel'): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** A workbook made as a trainee would: the example (NPS +42 of 12), or a new one with typed scores. */
async function participant(page: Page, name: string, scores: string[] | 'example'): Promise<string> {
  await page.goto('/');
  if (scores === 'example') {
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.waitForURL(/#\/w\//);
  } else {
    await page.getByLabel('Workbook name').fill(name);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/#\/w\//);
    if (scores.length) {
      await openSheet(page, /Net Promoter Score survey/);
      for (const [i, s] of scores.entries())
        await page.getByLabel(`Respondent ${i + 1} — Score`, { exact: true }).fill(s);
    }
  }
  await page.getByLabel('Workbook name').fill(name);
  await waitSaved(page);
  return exportFile(page);
}

async function startGroup(page: Page, name: string) {
  await page.goto('/');
  const card = page.getByRole('region', { name: /Workshop groups|Grupy warsztatowe/ });
  await card.getByLabel(/Group name|Nazwa grupy/).fill(name);
  await card.getByRole('button', { name: /Start a group|Utwórz grupę/ }).click();
  await page.waitForURL(/#\/g\//);
}

const cellIn = (page: Page, row: string, column: RegExp) =>
  page.evaluate(
    ([r, c]) => {
      const table = document.querySelector('.compare-table')!;
      // The results' own headings (the row under the worksheets' titles); the participants' column comes first.
      const heads = [...table.querySelectorAll('thead tr:last-child th')].map((th) => th.textContent ?? '');
      const col = heads.findIndex((h) => new RegExp(c!).test(h)) + 1;
      const tr = [...table.querySelectorAll('tbody tr, tfoot tr')].find(
        (x) => x.querySelector('th')?.textContent?.trim() === r,
      );
      return tr?.children[col]?.textContent?.trim();
    },
    [row, column.source],
  );

test('a trainer adds three participants in one choice, compares, anonymises and exports (EN)', async ({ page }) => {
  test.setTimeout(180_000);
  const anna = await participant(page, 'Anna — Baltic Bikes', 'example');
  const bartek = await participant(page, 'Bartek — Amber Tours', ['10', '0', '0', '0']);
  const celina = await participant(page, 'Celina — Nordic Oak', []);
  const hostile = test.info().outputPath('hostile.xlsx');
  writeFileSync(hostile, Buffer.from('PK\u0003\u0004 not really a workbook, a damaged zip'));

  await startGroup(page, GROUP);
  await expect(page.getByRole('heading', { name: GROUP })).toBeVisible();
  await page.getByLabel('Participants’ files').setInputFiles([anna, hostile, bartek, celina]);
  await expect(page.getByText('Added 3, replaced 0, refused 1.')).toBeVisible();
  await expect(page.getByText(/^hostile\.xlsx skipped: /)).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('link')).toHaveText([
    'Anna — Baltic Bikes',
    'Bartek — Amber Tours',
    'Celina — Nordic Oak',
  ]);

  // By hand: Anna 12 respondents, 7 promoters, 2 detractors (+41.7); Bartek 4: 1 and 3 (−50).
  // Pooled: 16 respondents, 8 promoters, 5 detractors → +18.75; mean of the two NPS: −4.2.
  await expect(page.getByRole('status', { name: 'Pooled NPS of all respondents' })).toHaveText('+19');
  await expect(page.getByText('16 respondents of 2 participants, ± ')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Mean of the participants’ NPS' })).toHaveText(/^[−-]4\.2$/);
  expect(await cellIn(page, 'Anna — Baltic Bikes', /Net Promoter Score$/)).toBe('+42');
  expect(await cellIn(page, 'Bartek — Amber Tours', /Net Promoter Score$/)).toBe('−50');
  expect(await cellIn(page, 'Celina — Nordic Oak', /Net Promoter Score$/)).toBe('—');
  expect(await cellIn(page, 'Count', /Net Promoter Score$/)).toBe('2');
  expect(await cellIn(page, 'Max', /Number of responses$/)).toBe('12');
  expect(await cellIn(page, 'Median', /Number of responses$/)).toBe('8');
  // A text result counted by category: only Anna's audit says anything.
  expect(
    await cellIn(page, 'Count', /Preliminary CRM audit.*Interpretation|Preliminary CRM audit.*(?<!average)$/),
  ).toMatch(/1 ×/);

  // Sort by NPS: highest first, again for lowest first; no data stays last.
  const rows = () => page.locator('.compare-table tbody th').allTextContents();
  await page.getByRole('button', { name: /Net Promoter Score survey\s*Net Promoter Score/ }).click();
  expect(await rows()).toEqual(['Anna — Baltic Bikes', 'Bartek — Amber Tours', 'Celina — Nordic Oak']);
  await page.getByRole('button', { name: /Net Promoter Score survey\s*Net Promoter Score/ }).click();
  expect(await rows()).toEqual(['Bartek — Amber Tours', 'Anna — Baltic Bikes', 'Celina — Nordic Oak']);
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);

  // The same workbook sent twice is counted once (the copy replaces the other).
  await page.getByLabel('Participants’ files').setInputFiles([anna]);
  await expect(page.getByText('Added 0, replaced 1, refused 0.')).toBeVisible();
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(3);

  // Answers side by side, free text too.
  await page.getByLabel('Worksheet', { exact: true }).selectOption({ label: 'Seven steps of a CRM strategy' });
  await expect(page.locator('.answers-table thead th')).toHaveText([
    'Question',
    'Anna — Baltic Bikes',
    'Bartek — Amber Tours',
    'Celina — Nordic Oak',
  ]);
  expect(await page.locator('.answers-table tbody tr').count()).toBeGreaterThan(3);
  const npsChart = page.getByRole('img', { name: /^Net Promoter Score survey — Net Promoter Score: each participant/ });
  await expect(npsChart).toBeVisible();
  // Its bars are drawn once it is near the screen: a name too long for its column ends in "…",
  // whole in its tooltip; Bartek's −50 is a bar of its own colour left of zero; Celina has none.
  await npsChart.scrollIntoViewIfNeeded();
  await expect(npsChart.locator('.ws-bar')).toHaveCount(2);
  await expect(npsChart.locator('.ws-bar.negative')).toHaveCount(1);
  await expect(npsChart.locator('.ws-bar-label')).toHaveText([
    'Anna — Baltic Bikes',
    'Bartek — Amber Tours',
    'Celina — Nordic Oak',
  ]);
  expect(await npsChart.locator('.ws-bar-label').evaluateAll((xs) => xs.map((x) => x.getAttribute('title')))).toEqual([
    'Anna — Baltic Bikes',
    'Bartek — Amber Tours',
    'Celina — Nordic Oak',
  ]);
  await expect(npsChart.locator('.ws-bar-value')).toHaveText(['+42', '−50', '—']);
  await page.setViewportSize({ width: 412, height: 900 });
  // At phone width the names' column is narrower than "Bartek — Amber Tours": cut, not clipped.
  expect(
    await npsChart
      .locator('.ws-bar-label')
      .evaluateAll((xs) => xs.map((x) => x.scrollWidth > x.clientWidth && getComputedStyle(x).textOverflow)),
  ).toContain('ellipsis');
  await page.setViewportSize({ width: 1280, height: 900 });

  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/group-en-1280.png`, fullPage: true });

  // Anonymise: letters, no names anywhere on the page; the export follows.
  await page.getByRole('switch', { name: 'Anonymise (for a projector)' }).check();
  // Still sorted by NPS, lowest first: the letters follow the group's order, not the sort.
  await expect(page.locator('.compare-table tbody th')).toHaveText(['Participant B', 'Participant A', 'Participant C']);
  await page.getByLabel('Worksheet', { exact: true }).selectOption({ label: 'Customer interest / influence grid' });
  await expect(page.locator('main')).not.toContainText('Anna');
  await expect(page.locator('main')).not.toContainText('Baltic Bikes');
  await expect(page.locator('.answers-table')).toContainText('(hidden)');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${SHOTS}/group-en-390-anonymised.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  const file = await exportFile(page, 'Export the comparison to Excel');
  const book = read(readFileSync(file), { type: 'buffer', cellFormula: true });
  expect(book.SheetNames).toEqual(['Comparison', 'Answers', 'NPS']);
  const nps = book.Sheets['NPS']!;
  const v = (a: string) => (nps[a] as CellObject | undefined)?.v;
  expect([v('A4'), v('A5'), v('A6')]).toEqual(['Participant A', 'Participant B', 'Participant C']);
  expect([v('B8'), v('C8'), v('D8'), v('E8')]).toEqual([16, 8, 5, 18.75]);
  expect((nps['E8'] as CellObject).f).toBe('IF(B8>0,(C8-D8)/B8*100,"")');
  expect(JSON.stringify(book.Sheets['Comparison'])).not.toContain('Anna');

  // Stored: a reload keeps the group, anonymised; the participant opens read-only.
  await page.reload();
  await expect(page.locator('.compare-table tbody th')).toHaveText(['Participant A', 'Participant B', 'Participant C']);
  await page.getByRole('switch', { name: 'Anonymise (for a projector)' }).uncheck();
  await page.locator('.compare-table tbody').getByRole('link', { name: 'Anna — Baltic Bikes' }).click();
  await expect(page.getByRole('heading', { name: 'Anna — Baltic Bikes', level: 2 })).toBeVisible();
  await expect(page.getByText('A participant’s workbook, read-only.')).toBeVisible();
  await expect(page.locator('main input, main textarea')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy Anna — Baltic Bikes into “Your workbooks”' }).click();
  await page.getByRole('link', { name: 'Open Anna — Baltic Bikes' }).click();
  await expect(page.getByLabel('Workbook name')).toHaveValue('Anna — Baltic Bikes');

  // Listed on the home page; renamed; deleted with undo.
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Workshop groups' });
  await expect(card.getByRole('link', { name: GROUP })).toBeVisible();
  await expect(card.getByText('3 participants')).toBeVisible();
  await card.getByRole('button', { name: `Rename group ${GROUP}` }).click();
  await card.getByLabel(`New name for the group ${GROUP}`).fill('Gdańsk, day 1');
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByRole('button', { name: 'Delete group Gdańsk, day 1' }).click();
  await expect(card.getByRole('link', { name: 'Gdańsk, day 1' })).toHaveCount(0);
  await page
    .getByRole('status')
    .filter({ hasText: 'Group “Gdańsk, day 1” deleted.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(card.getByRole('link', { name: 'Gdańsk, day 1' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the group page in Polish; a backup with two workbooks added at once', async ({ page }) => {
  test.setTimeout(120_000);
  const a = await participant(page, 'Anna — Baltic Bikes', 'example');
  const b = await participant(page, 'Bartek — Amber Tours', ['9', '9', '3']);
  void a;
  void b;
  await page.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const backup = test.info().outputPath('backup.json');
  await download.saveAs(backup);
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('button', { name: 'Polski' })).toHaveAttribute('aria-pressed', 'true');
  await startGroup(page, 'Warsztat Gdańsk, 12 marca');
  await page.getByLabel('Pliki uczestników').setInputFiles([backup]);
  await expect(page.getByText('Dodane: 2, zastąpione: 0, odrzucone: 0.')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Łączny NPS wszystkich respondentów' })).toHaveText('+40');
  await expect(page.getByText('respondenci: 15, uczestnicy: 2, ± ')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/group-pl-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${SHOTS}/group-pl-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto('/');
  await page.screenshot({ path: `${SHOTS}/home-pl-390.png`, fullPage: true });
});

async function copiedLink(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForURL(/#\/w\//);
  await page.getByLabel('Workbook name').fill('Anna — sent as a link');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/^Link copied \([\d,]+ characters\)/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(await page.getByLabel('Link to this workbook').inputValue()).toBe(link);
  expect(link).toMatch(/#\/open\/w1\.[A-Za-z0-9_-]+$/);
  expect(await axe(page)).toEqual([]);
  await context.close();
  return link;
}

test('a link copied in one browser opens as a copy in another; a damaged one says why', async ({ browser }) => {
  const link = await copiedLink(browser);
  const other = await browser.newContext();
  const page = await other.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'A workbook sent as a link' })).toBeVisible();
  await expect(page.getByText('Anna — sent as a link')).toBeVisible();
  // The data is gone from the address bar (and from history) as soon as it is read.
  expect(page.url()).toMatch(/#\/open$/);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/open-link-en-1280.png`, fullPage: true });
  await page.getByRole('button', { name: 'Create a copy in “Your workbooks”' }).click();
  await page.waitForURL(/#\/w\//);
  await expect(page.getByLabel('Workbook name')).toHaveValue('Anna — sent as a link');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(page.getByRole('status', { name: 'Net Promoter Score', exact: true })).toHaveText('+42');

  // A link cut short by a chat program, in Polish.
  await page.goto('/');
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('button', { name: 'Polski' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(link.slice(0, link.length - 200));
  await expect(page.getByText(/Nie można otworzyć tego linku: jest uszkodzony lub ucięty/)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // The same link pasted into a group.
  await startGroup(page, 'Grupa z linków');
  await page.getByLabel('Linki (po jednym w wierszu)').fill(`${link}\n${link.slice(0, 60)}`);
  await page.getByRole('button', { name: 'Dodaj linki' }).click();
  await expect(page.getByText('Dodane: 1, zastąpione: 0, odrzucone: 1.')).toBeVisible();
  await other.close();
});

test('a trainer’s backup carries the groups: restored on another device, beside itself when it is there', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const anna = await participant(page, 'Anna — Baltic Bikes', 'example');
  await startGroup(page, GROUP);
  await page.getByLabel('Participants’ files').setInputFiles([anna]);
  await expect(page.getByText('Added 1, replaced 0, refused 0.')).toBeVisible();

  await page.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Backup & restore' }).getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const backup = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(backup);
  const file = JSON.parse(readFileSync(backup, 'utf8')) as { data: { groups?: { name: string }[] } };
  expect(file.data.groups?.map((g) => g.name)).toEqual([GROUP]);

  // Another device: the preview lists the group with its participants; both come back.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/');
  const restore = () => fresh.getByLabel('Restore from a backup…', { exact: true }).setInputFiles(backup);
  await restore();
  const groupsTable = fresh
    .getByRole('table')
    .filter({ has: fresh.getByRole('columnheader', { name: 'Participants' }) });
  await expect(fresh.getByRole('heading', { name: 'Workshop groups in this file' })).toBeVisible();
  await expect(groupsTable.getByRole('row', { name: new RegExp(`^${GROUP} 1 `) })).toContainText('New here');
  expect(await axe(fresh)).toEqual([]);
  await fresh.locator('.restore-preview').screenshot({ path: `${SHOTS}/restore-groups-en.png` });
  await fresh.getByRole('button', { name: 'Restore 1 workbook and 1 workshop group' }).click();
  await expect(fresh.getByText('1 workbook and 1 workshop group restored.')).toBeVisible();
  const groupsCard = fresh.getByRole('region', { name: 'Workshop groups' });
  await expect(groupsCard.getByRole('link', { name: GROUP, exact: true })).toBeVisible();

  // The same file again: the group is here, kept beside its restored copy by default.
  await restore();
  await expect(fresh.getByRole('group', { name: `What to do with the group ${GROUP}` })).toBeVisible();
  await fresh.getByRole('button', { name: 'Restore 1 workbook and 1 workshop group' }).click();
  await expect(groupsCard.getByRole('link', { name: `${GROUP} (restored copy)`, exact: true })).toBeVisible();
  await groupsCard.getByRole('link', { name: GROUP, exact: true }).click();
  await expect(fresh.getByRole('table').first().getByRole('link')).toHaveText(['Anna — Baltic Bikes']);
  await context.close();
});
