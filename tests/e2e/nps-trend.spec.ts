import { expect, test, type Page } from '@playwright/test';
import { rowOf } from './xlsx-find';
import {
  createWorkbook,
  downloadWorkbook,
  expectNoAxeViolations,
  openExample,
  openSheet,
  output,
  paste,
  SHOTS,
  waitSaved,
} from './util';

// A real paste (Ctrl+V) needs the clipboard; 127.0.0.1 is a secure context.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const trendRow = (page: Page, round: string) =>
  page.getByRole('region', { name: 'NPS by round', exact: true }).getByRole('row', { name: new RegExp(`^${round}`) });
const segmentRow = (page: Page, segment: string) =>
  page.getByRole('region', { name: 'By segment', exact: true }).getByRole('row', { name: new RegExp(`^${segment}`) });
const verdict = (page: Page, name = 'Change between two rounds') => page.getByRole('status', { name, exact: true });

// Worked by hand for the example. Q1: 12 answers, 4 promoters, 5 detractors: NPS −8.3, V/n = 0.0619213.
// Q3: 12 answers, 7 promoters, 2 detractors: NPS +41.7, V/n = 0.0480324. Change +50.0,
// ±1.96·√(0.0619213 + 0.0480324)·100 = ±65.0: within the uncertainty.
const Q1 = 'Q1 2027 — before the loyalty programme (2027-03-31)';
const Q3 = 'Q3 2027 — after the programme (2027-09-30)';

test('the example: each round’s NPS and interval, the change in words, segments, detractors’ reasons; choose rounds; reload; export', async ({
  page,
}) => {
  const id = await openExample(page);
  await page.goto(`/#/w/${id}/nps-survey`);
  await expect(trendRow(page, 'Q1 2027')).toHaveText(/12\s*−8\s*−57 … \+40\s*indicative/);
  await expect(trendRow(page, 'Q3 2027')).toHaveText(/12\s*\+42\s*−1 … \+85/);
  await expect(verdict(page)).toContainText('up 50.0 points (± 65.0): within the uncertainty: not a clear change');
  await expect(verdict(page)).toContainText('indicative: a round has fewer than 30 responses');
  // The trend chart draws (chart.js loaded on demand) and says its data in words.
  await expect(page.locator('.nps-trend canvas')).toBeVisible();

  // The round being edited (Q3) by segment: 4 answers each, the example's channels.
  await expect(segmentRow(page, 'Dealer')).toHaveText(/Dealer\s*4\s*\+50\s*indicative \(fewer than 30\)\s*± 49\.0/);
  await expect(segmentRow(page, 'Service')).toContainText('+25');
  const detractors = page.getByRole('region', { name: 'Detractors and their reasons' });
  await expect(detractors.getByRole('row')).toHaveText([
    /Respondent\s*Score\s*Segment\s*Reason/,
    /^5\s*6\s*Online shop\s*No answer to my e-mail$/,
    /^9\s*4\s*Service\s*Spare parts are hard to get$/,
  ]);

  // A new reason and segment typed in the respondents' table show at once.
  await page.getByLabel('Respondent 11 — Score', { exact: true }).fill('2');
  await page.getByLabel('Respondent 11 — Segment', { exact: true }).fill('dealer');
  await page.getByLabel('Respondent 11 — Reason', { exact: true }).fill('Wrong size delivered');
  await expect(detractors.getByRole('row').last()).toHaveText(/^11\s*2\s*dealer\s*Wrong size delivered$/);
  // "dealer" and "Dealer" are one segment (as Excel's COUNTIFS counts them): 2 P, 2 Pa and now 1 D of 5.
  await expect(segmentRow(page, 'Dealer')).toHaveText(/Dealer\s*5\s*\+20/);

  // The other way round: Q3 → Q1 is down.
  await page.getByLabel('From', { exact: true }).selectOption({ label: Q3 });
  await page.getByLabel('To', { exact: true }).selectOption({ label: Q1 });
  await expect(verdict(page)).toContainText(/^down \d+\.\d points/);
  await page.getByLabel('To', { exact: true }).selectOption({ label: Q3 });
  await expect(verdict(page)).toHaveText('Choose two different rounds.');
  await page.getByLabel('To', { exact: true }).selectOption({ label: Q1 });
  await expectNoAxeViolations(page);
  await page.locator('.nps-trend').screenshot({ path: `${SHOTS}/nps-trend-1280-en.png` });
  await page.locator('.nps-segments').screenshot({ path: `${SHOTS}/nps-segments-1280-en.png` });

  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('round-2');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('round-1');
  await expect(detractors.getByRole('row').last()).toHaveText(/Wrong size delivered/);

  // Excel: every round's results beside it, the change between the compared rounds, the segments.
  const { book } = await downloadWorkbook(page);
  const nps = book.Sheets['nps-survey']!;
  const head = rowOf(nps, 'Round');
  expect(['D', 'E', 'F'].map((c) => nps[`${c}${head}`]?.v)).toEqual(['Responses', 'NPS', '± margin (95%)']);
  expect(nps[`D${head + 1}`]).toMatchObject({ v: 12, f: expect.stringContaining('COUNTIF') });
  const from = rowOf(nps, 'From');
  expect(nps[`B${from}`]?.v).toBe(Q3);
  expect(nps[`B${from + 1}`]?.v).toBe(Q1);
  expect(nps[`B${from + 2}`]?.f).toBe(`IF(AND(D${head + 2}>0,D${head + 1}>0),E${head + 1}-E${head + 2},"")`);
  expect(nps[`B${from + 4}`]?.v).toBe('within the uncertainty: not a clear change');
  const dealer = rowOf(nps, 'Dealer');
  expect(nps[`B${dealer}`]).toMatchObject({ v: 5, f: expect.stringContaining('"=Dealer"') });
});

test('a clear change: two rounds of 100 pasted with segment and reason columns; two tabs add to both', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  await createWorkbook(page, 'Before and after');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(page.getByText('Add a second round to see the change between rounds.')).toBeVisible();
  // Round 1: 100 answers, 20 promoters, 50 detractors (NPS −30); round 2: 60 promoters, 10 detractors (+50).
  const rows = (p: number, d: number) => [
    'Score\tSegment\tReason',
    ...Array.from({ length: 100 }, (_, i) =>
      i < p ? `10\t${i % 2 ? 'B2B' : 'Shop'}\t` : i < p + d ? `3\tShop\tToo slow ${i}` : `8\tB2B\t`,
    ),
  ];
  await paste(page, rows(20, 50).join('\n'));
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  await expect(output(page, 'Net Promoter Score')).toHaveText('\u221230');
  await page.getByRole('button', { name: 'Add round' }).click();
  await page.getByLabel('Round 2 — Label', { exact: true }).fill('After');
  await page.getByLabel('Round being edited').selectOption({ label: 'After' });
  await paste(page, rows(60, 10).join('\n'));
  await page.getByRole('button', { name: 'Add rows', exact: true }).click();
  await expect(output(page, 'Net Promoter Score')).toHaveText('+50');
  // ±1.96·√((0.7 − 0.09)/100 + (0.7 − 0.25)/100)·100 = ±20.2
  await expect(verdict(page)).toHaveText('up 80.0 points (± 20.2): the change is larger than its uncertainty');
  await expect(verdict(page)).toHaveClass(/good/);
  await expect(segmentRow(page, 'B2B')).toHaveText(/B2B\s*60\s*\+50/);
  await expect(segmentRow(page, 'Shop')).toHaveText(/Shop\s*40\s*\+50/);
  await expect(page.getByRole('region', { name: 'Detractors and their reasons' }).getByRole('row')).toHaveCount(11);
  await waitSaved(page);

  // A second tab adds a respondent while this one gives respondent 1 a reason: both kept (rows by id).
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Add respondent' }).click();
  await other.getByLabel('Respondent 101 — Score', { exact: true }).fill('10');
  await page.getByLabel('Respondent 1 — Reason', { exact: true }).fill('Quick repair');
  await waitSaved(other);
  await waitSaved(page);
  await page.reload();
  // 61 promoters and 10 detractors of 101: +50.5 → +50.
  await expect(trendRow(page, 'After')).toHaveText(/101\s*\+50/);
  await expect(trendRow(page, 'Round 1')).toHaveText(/100\s*−30/);
  await expect(page.getByLabel('Respondent 1 — Reason', { exact: true })).toHaveValue('Quick repair');
  await expectNoAxeViolations(page);
});

test('Polish, 390 px: the change in words with decimal commas, segments, axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const id = await openExample(page, 'Polski');
  await page.goto(`/#/w/${id}/nps-survey`);
  await expect(verdict(page, 'Zmiana między dwiema rundami')).toContainText(
    'wzrost o 50,0 pkt (± 65,0): w granicach niepewności: to nie jest wyraźna zmiana',
  );
  await expect(
    page.getByRole('region', { name: 'Według segmentu', exact: true }).getByRole('row', { name: /^Dealer/ }),
  ).toContainText('± 49,0');
  await expect(page.getByRole('region', { name: 'Krytycy i ich powody' })).toContainText('Trudno o części zamienne');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await page.locator('.nps-trend').screenshot({ path: `${SHOTS}/nps-trend-390-pl.png` });
  await page.locator('.nps-segments').screenshot({ path: `${SHOTS}/nps-segments-390-pl.png` });
});
