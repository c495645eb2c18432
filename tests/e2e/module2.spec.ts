import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createWorkbook, downloadWorkbook, openSheet, output, SHOTS, waitSaved } from './util';
import { cellBeside, rowWith } from './xlsx-rows';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations).toEqual([]);
}

const prefGroup = (page: Page, spec: string, noun = 'My preference') =>
  page.getByRole('radiogroup', { name: `${spec} — ${noun}`, exact: true });

test('website or blog: marks by mouse and by keyboard, points and recommendation, reload, export, Polish', async ({
  page,
}) => {
  await createWorkbook(page, 'Biuro rachunkowe Nowak');
  await openSheet(page, /Website or company blog/);

  // No marks: no points, not zero points.
  await expect(output(page, 'Website points')).toHaveText('—');
  await expect(output(page, 'Recommendation')).toHaveText('—');
  await expect(page.getByText('Mark your preference in at least one row').first()).toBeVisible();

  // By mouse.
  await prefGroup(page, 'Content').getByRole('radio', { name: 'Strongly blog' }).click();
  await prefGroup(page, 'Author').getByRole('radio', { name: 'Rather blog' }).click();
  await prefGroup(page, 'Comments').getByRole('radio', { name: 'Strongly website' }).click();
  await prefGroup(page, 'Technology').getByRole('radio', { name: 'Neutral' }).click();
  await expect(output(page, 'Blog points')).toHaveText('3');
  await expect(output(page, 'Website points')).toHaveText('2');
  await expect(output(page, 'Recommendation')).toHaveText('Balanced: neither side clearly prevails');
  await expect(page.getByText('4 of 7 rows marked')).toBeVisible();

  // By keyboard: Tab from the checked "Neutral" of Technology into Context (nothing checked yet, so
  // focus lands on its first position), Space marks it, the right arrow moves the mark on.
  await prefGroup(page, 'Technology').getByRole('radio', { name: 'Neutral' }).focus();
  await page.keyboard.press('Tab');
  await expect(prefGroup(page, 'Context').getByRole('radio', { name: 'Strongly website' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(prefGroup(page, 'Context').getByRole('radio', { name: 'Strongly website' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(prefGroup(page, 'Context').getByRole('radio', { name: 'Rather website' })).toBeChecked();
  // Skip Scope of functionality; in Navigation the left arrow from the first position wraps to the last.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(
    prefGroup(page, 'Navigation and structure complexity').getByRole('radio', { name: 'Strongly website' }),
  ).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(
    prefGroup(page, 'Navigation and structure complexity').getByRole('radio', { name: 'Strongly blog' }),
  ).toBeChecked();
  // Blog 2 + 1 + 2 = 5, website 2 + 1 = 3: a 2-point lead recommends the blog.
  await expect(output(page, 'Blog points')).toHaveText('5');
  await expect(output(page, 'Website points')).toHaveText('3');
  await expect(output(page, 'Recommendation')).toHaveText('A company blog suits your needs better');
  await expect(page.getByText('6 of 7 rows marked')).toBeVisible();

  // Back by Shift+Tab into Scope of functionality (Chromium returns to the position focused when
  // passing through it), Space marks "Strongly website": 5 : 5, balanced.
  await page.keyboard.press('Shift+Tab');
  await expect(
    prefGroup(page, 'Scope of functionality').getByRole('radio', { name: 'Strongly website' }),
  ).toBeFocused();
  await page.keyboard.press('Space');
  await expect(
    prefGroup(page, 'Scope of functionality').getByRole('radio', { name: 'Strongly website' }),
  ).toBeChecked();
  await expect(output(page, 'Website points')).toHaveText('5');
  await expect(output(page, 'Recommendation')).toHaveText('Balanced: neither side clearly prevails');
  // Moving it one step right (rather website): website 4, blog 5 — still within 1 point.
  await page.keyboard.press('ArrowRight');
  await expect(output(page, 'Website points')).toHaveText('4');
  await expect(page.getByText(/rows marked/)).toHaveCount(0);
  await expectAxeClean(page);
  await page.screenshot({ path: `${SHOTS}/website-vs-blog-en.png`, fullPage: true });
  await waitSaved(page);

  await page.reload();
  await expect(prefGroup(page, 'Context').getByRole('radio', { name: 'Rather website' })).toBeChecked();
  await expect(
    prefGroup(page, 'Navigation and structure complexity').getByRole('radio', { name: 'Strongly blog' }),
  ).toBeChecked();
  await expect(prefGroup(page, 'Scope of functionality').getByRole('radio', { name: 'Rather website' })).toBeChecked();
  await expect(output(page, 'Blog points')).toHaveText('5');
  await expect(output(page, 'Website points')).toHaveText('4');
  await expect(output(page, 'Recommendation')).toHaveText('Balanced: neither side clearly prevails');

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['website-vs-blog']!;
  const expected: [string, number, string][] = [
    ['Content', 2, 'Strongly blog'],
    ['Author', 1, 'Rather blog'],
    ['Comments', -2, 'Strongly website'],
    ['Technology', 0, 'Neutral'],
    ['Context', -1, 'Rather website'],
    ['Scope of functionality', -1, 'Rather website'],
    ['Navigation and structure complexity', 2, 'Strongly blog'],
  ];
  for (const [spec, value, position] of expected) {
    const r = rowWith(book.Sheets['website-vs-blog']!, 'A', spec);
    expect(ws[`D${r}`]).toMatchObject({ t: 'n', v: value });
    expect(ws[`E${r}`]).toMatchObject({ v: position });
    expect(ws[`E${r}`]?.f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  }
  expect(cellBeside(ws, 'Rows marked')).toMatchObject({ v: 7, f: expect.any(String) });
  expect(cellBeside(ws, 'Website points')).toMatchObject({ v: 4, f: expect.any(String) });
  expect(cellBeside(ws, 'Blog points')).toMatchObject({ v: 5, f: expect.any(String) });
  const rec = cellBeside(ws, 'Recommendation');
  expect(rec.v).toBe('Balanced: neither side clearly prevails');
  expect(rec.f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts

  // Polish: the same marks, labels and results in Polish.
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.locator('#worksheet-title')).toHaveText('Strona internetowa czy blog firmowy?');
  await expect(
    prefGroup(page, 'Treść', 'Moje preferencje').getByRole('radio', { name: 'Zdecydowanie blog' }),
  ).toBeChecked();
  await expect(output(page, 'Punkty bloga')).toHaveText('5');
  await expect(output(page, 'Rekomendacja')).toHaveText('Wynik wyrównany: żadna ze stron wyraźnie nie przeważa');
  await expectAxeClean(page);
  await page.screenshot({ path: `${SHOTS}/website-vs-blog-pl.png`, fullPage: true });
});

const FORMS = ['Guide', 'Company blog', 'Expert article', 'Sponsored article', 'Interview', 'Product description'];
const RATINGS: [string, string, string][] = [
  ['3', '4', '3'],
  ['3', '5', '4'],
  ['2', '3', '2'],
  ['2', '2', '3'],
  ['2', '3', '2'],
  ['4', '4', '5'],
];

test('content forms: ratings, a bad value, averages, ranking, chart, ties, reload, export, Polish', async ({
  page,
}) => {
  await createWorkbook(page, 'Bike repair shop');
  await openSheet(page, /Which content-marketing form fits you/);
  await expect(output(page, 'Best form')).toHaveText('—');
  // No ratings: the chart panel says what to do instead of drawing empty bars.
  await expect(page.getByText('Rate time, idea and ease of use of a form to see its bar.')).toBeVisible();

  for (const [i, form] of FORMS.entries()) {
    const [time, idea, ease] = RATINGS[i]!;
    await page.getByLabel(`${form} — Time`, { exact: true }).fill(time);
    await page.getByLabel(`${form} — Idea`, { exact: true }).fill(idea);
    await page.getByLabel(`${form} — Ease of use`, { exact: true }).fill(ease);
  }
  // A bad rating: kept as typed, flagged with its message, the row left out.
  const bad = page.getByLabel('Interview — Ease of use', { exact: true });
  await bad.fill('6');
  await expect(page.getByText('Ease of use must be a whole number from 1 to 5')).toBeVisible();
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, 'Interview — Average')).toHaveText('—');
  await expect(output(page, 'Interview — Rank')).toHaveText('—');

  await expect(output(page, 'Guide — Average')).toHaveText('3.33');
  await expect(output(page, 'Company blog — Average')).toHaveText('4.00');
  await expect(output(page, 'Product description — Average')).toHaveText('4.33');
  await expect(output(page, 'Expert article — Rank')).toHaveText('4');
  await expect(output(page, 'Sponsored article — Rank')).toHaveText('4');
  await expect(output(page, 'Ranking')).toHaveText(
    '1. Product description — 4.33; 2. Company blog — 4.00; 3. Guide — 3.33; 4. Expert article — 2.33; 4. Sponsored article — 2.33',
  );
  await expect(page.getByText('5 of 6 forms ranked')).toBeVisible();
  await expect(output(page, 'Best form')).toHaveText('Product description');
  // The best form's detail line, under its result.
  await expect(page.locator('.result-detail', { hasText: /^Average 4\.33$/ })).toBeVisible();

  // The chart: a picture whose label states its data; the unrated form has no bar.
  const chart = page.getByRole('img', { name: /^Average rating of each form/ });
  await expect(chart).toHaveAttribute(
    'aria-label',
    'Average rating of each form (1–5): Guide 3.33, Company blog 4.00, Expert article 2.33, Sponsored article 2.33, Interview no average yet, ★ Product description 4.33 (best)',
  );
  await expect(chart.locator('canvas')).toBeVisible();
  // Drawn (sized by chart.js to its box) once it comes near the window.
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await chart.locator('canvas').boundingBox())?.height).toBeGreaterThan(150);

  // A tie at the top: both forms are best and both bars are highlighted.
  await page.getByLabel('Company blog — Time', { exact: true }).fill('4');
  await expect(output(page, 'Best form')).toHaveText('Company blog, Product description');
  await expect(page.getByText('Tie, average 4.33')).toBeVisible();
  await expect(output(page, 'Company blog — Rank')).toHaveText('1');
  await expect(output(page, 'Guide — Rank')).toHaveText('3');
  await expect(chart).toHaveAttribute(
    'aria-label',
    /★ Company blog 4\.33 \(best\).*★ Product description 4\.33 \(best\)/,
  );
  await expectAxeClean(page);
  await page.screenshot({ path: `${SHOTS}/content-forms-en.png`, fullPage: true });
  await waitSaved(page);

  await page.reload();
  await expect(page.getByLabel('Interview — Ease of use', { exact: true })).toHaveValue('6');
  await expect(page.getByText('Ease of use must be a whole number from 1 to 5')).toBeVisible();
  await expect(page.getByLabel('Company blog — Time', { exact: true })).toHaveValue('4');
  await expect(output(page, 'Best form')).toHaveText('Company blog, Product description');
  await expect(output(page, 'Guide — Average')).toHaveText('3.33');

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['content-forms']!;
  const cached: Record<string, [number | string, number | string]> = {
    Guide: [10 / 3, 3],
    'Company blog': [13 / 3, 1],
    'Expert article': [7 / 3, 4],
    'Sponsored article': [7 / 3, 4],
    Interview: ['', ''],
    'Product description': [13 / 3, 1],
  };
  for (const [form, [average, rank]] of Object.entries(cached)) {
    const r = rowWith(ws, 'A', form);
    expect(ws[`E${r}`]).toMatchObject({ f: expect.any(String), v: average });
    expect(ws[`F${r}`]).toMatchObject({ f: expect.any(String), v: rank });
  }
  const interview = rowWith(ws, 'A', 'Interview');
  expect(ws[`B${interview}`]).toMatchObject({ t: 'n', v: 2 });
  // The bad rating is exported as typed text, so Excel's COUNT leaves the row out as the app does.
  expect(ws[`D${interview}`]).toMatchObject({ t: 's', v: '6' });
  const pd = rowWith(ws, 'A', 'Product description');
  expect([ws[`B${pd}`]?.v, ws[`C${pd}`]?.v, ws[`D${pd}`]?.v]).toEqual([4, 4, 5]);
  const best = cellBeside(ws, 'Best form');
  expect(best.v).toBe('Company blog, Product description');
  expect(best.f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts

  // Polish.
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Najlepsza forma')).toHaveText('Blog firmowy, Opis produktu');
  await expect(output(page, 'Przewodnik — Średnia')).toHaveText('3,33');
  await expect(page.getByText('Łatwość użycia musi być liczbą całkowitą od 1 do 5')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Średnia ocena każdej formy/ })).toHaveAttribute(
    'aria-label',
    /★ Opis produktu 4,33 \(najlepsza\)/,
  );
  await expectAxeClean(page);
  await page.screenshot({ path: `${SHOTS}/content-forms-pl.png`, fullPage: true });
});
