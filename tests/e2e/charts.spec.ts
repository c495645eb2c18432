import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkbook, openExample, openSheet, output, SHOTS, waitSaved } from './util';

/** Pixels of the canvas drawn in each colour (#rrggbb, ±12 per channel), read from the page. */
async function colourPixels(canvas: Locator, colours: string[]): Promise<number[]> {
  return canvas.evaluate((el, hexes) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const rgb = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const counts = hexes.map(() => 0);
    for (let p = 0; p < data.length; p += 4) {
      if (data[p + 3]! < 200) continue;
      rgb.forEach(([r, g, b], k) => {
        if (Math.abs(data[p]! - r!) <= 12 && Math.abs(data[p + 1]! - g!) <= 12 && Math.abs(data[p + 2]! - b!) <= 12)
          counts[k]!++;
      });
    }
    return counts;
  }, colours);
}

const NPS_COLOURS = { detractor: '#c53030', passive: '#b7791f', promoter: '#1b7f4b' };

test('NPS chart: scores typed straight after a reload draw the chart, with no failure message', async ({ page }) => {
  await createWorkbook(page, 'Chart race');
  await openSheet(page, /Net Promoter Score survey/);
  await expect(page.getByLabel('Respondent 1 — Score', { exact: true })).toBeVisible();
  await waitSaved(page);

  // A reload forgets chart.js: the first score shows the chart while its code is still loading,
  // and the next scores arrive before it is drawn.
  await page.reload();
  const scores = ['10', '9', '3', '8', '10', '6', '9', '7'];
  for (const [i, s] of scores.entries())
    await page.getByLabel(`Respondent ${i + 1} — Score`, { exact: true }).pressSequentially(s);

  await expect(output(page, 'Number of responses')).toHaveText('8');
  const chart = page.getByRole('img', { name: /Distribution of scores/ });
  await expect(chart).toHaveAttribute(
    'aria-label',
    'Distribution of scores (0–10): 0 0, 1 0, 2 0, 3 1, 4 0, 5 0, 6 1, 7 1, 8 1, 9 2, 10 2',
  );
  const canvas = chart.locator('canvas');
  // Bars in all three colours: the picture shows the last data, not a blank canvas.
  await expect
    .poll(async () => (await colourPixels(canvas, Object.values(NPS_COLOURS))).every((n) => n > 50), { timeout: 5000 })
    .toBe(true);
  // Let any late draw settle, then: no failure message next to a working chart.
  await page.waitForTimeout(300);
  await expect(page.getByText('The chart could not be drawn')).toHaveCount(0);

  // One more score after the chart is drawn updates the same picture (a second detractor bar).
  const before = await colourPixels(canvas, [NPS_COLOURS.detractor]);
  await page.getByRole('button', { name: 'Add respondent' }).click();
  await page.getByLabel('Respondent 11 — Score', { exact: true }).fill('0');
  await expect(chart).toHaveAttribute('aria-label', /: 0 1, 1 0/);
  await expect
    .poll(async () => (await colourPixels(canvas, [NPS_COLOURS.detractor]))[0]!)
    .toBeGreaterThan(before[0]! * 1.3);
  await expect(page.getByText('The chart could not be drawn')).toHaveCount(0);
});

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

// A chart sizes its canvas in pixels: opened on a wide window and then shrunk, its panel must
// shrink with the window (a grid or flex item keeps its content's width unless told otherwise).
for (const [sheet, picture] of [
  ['voicebot-cases', /Weighted averages of challenges and benefits/],
  ['nps-survey', /Distribution of scores/],
  ['content-forms', /Average rating of each form/],
  ['stakeholder-grid', /grid/i],
  ['crisis-plan', undefined],
] as const) {
  test(`${sheet}: opened at 1280 px and shrunk to 1024, 768 and 390 px, the page never scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const id = await openExample(page);
    await page.goto(`/#/w/${id}/${sheet}`);
    await expect(page.locator('#worksheet-title')).toBeVisible();
    if (picture) await expect(page.getByRole('img', { name: picture }).first()).toBeVisible();
    // The sheet's first chart (the NPS sheet has the trend, then the distribution).
    const canvas = page.locator('.chart canvas').first();
    // Drawn at full width first (chart.js sets the canvas size when it draws), once scrolled to:
    // a chart is drawn when it comes near the window.
    if (sheet !== 'stakeholder-grid' && sheet !== 'crisis-plan') {
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => canvas.evaluate((c) => c.getBoundingClientRect().width)).toBeGreaterThan(600);
    }
    for (const width of [1024, 768, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(() => pageWidth(page), { message: `${sheet} at ${width} px` }).toBeLessThanOrEqual(width);
      // And it stays so once chart.js has reacted to the new size.
      await page.waitForTimeout(250);
      expect(await pageWidth(page), `${sheet} at ${width} px`).toBeLessThanOrEqual(width);
    }
  });
}

/** Boxes of the heat map's parts, read from the page. */
function heatGeometry(page: Page) {
  return page.locator('.rh-table').evaluate((table) => {
    const box = (e: Element | null) => {
      const r = e!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    };
    const region = table.closest('.table-scroll')!;
    const axis = table.querySelector('.rh-yaxis');
    return {
      region: { ...box(region), scrollWidth: region.scrollWidth, clientWidth: region.clientWidth },
      axisCell: box(axis),
      axisText: box(axis!.querySelector('span')),
      rowHeader: box(table.querySelector('tbody th')),
      cells: [...table.querySelectorAll('td.rh-cell')].map((td) => ({
        cell: box(td),
        score: box(td.querySelector('.rh-score')),
        count: td.querySelector('.rh-count') ? box(td.querySelector('.rh-count')) : undefined,
        names: [...td.querySelectorAll('.rh-names li')].map((li) => box(li)),
      })),
    };
  });
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

for (const language of ['English', 'Polski'] as const) {
  test(`risk heat map on a 390 px phone (${language}): five readable columns, counts clear of scores, names in the list`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    const id = await openExample(page, language);
    await page.goto(`/#/w/${id}/crisis-plan`);
    const heat = page.getByRole('table', { name: /^(Heat map|Mapa ryzyka)/ });
    await expect(heat).toBeVisible();

    const g = await heatGeometry(page);
    expect(g.cells).toHaveLength(25);
    // The axis title is written upwards in a narrow column, whole; the cells get the width.
    expect(g.axisCell.width).toBeLessThanOrEqual(28);
    expect(inside(g.axisText, g.axisCell)).toBe(true);
    expect(g.rowHeader.width).toBeLessThanOrEqual(32);
    for (const [i, c] of g.cells.entries()) {
      expect(c.cell.width, `cell ${i}`).toBeGreaterThanOrEqual(36);
      // All five columns are on screen (the region does not need to scroll at 390 px).
      expect(c.cell.right, `cell ${i}`).toBeLessThanOrEqual(g.region.right + 0.5);
      expect(inside(c.score, c.cell), `score of cell ${i}`).toBe(true);
      if (c.count) {
        expect(inside(c.count, c.cell), `count of cell ${i}`).toBe(true);
        expect(overlaps(c.count, c.score), `count over the score of cell ${i}`).toBe(false);
      }
      // Names are not squeezed into the cell: they are read out, and shown in the ranked list.
      for (const n of c.names) expect(n.width, `name in cell ${i}`).toBeLessThanOrEqual(1);
    }
    expect(g.cells.filter((c) => c.count).length).toBeGreaterThan(0);
    await expect(page.getByText(/A circled number counts the risks|Liczba w kółku to liczba ryzyk/)).toBeVisible();
    const ranked = page.getByRole('list', { name: /Risks by score|Ryzyka według poziomu/ });
    await expect(ranked.getByRole('listitem').first()).toBeVisible();
    // A cell still names its risks to a screen reader.
    const named = heat
      .getByRole('cell')
      .filter({ has: page.getByRole('listitem') })
      .first();
    await expect(named.getByRole('listitem').first()).not.toHaveText('');
    await page
      .getByRole('region', { name: /Risks by score and heat map|Ryzyka według poziomu i mapa ryzyka/ })
      .screenshot({ path: `${SHOTS}/charts-heatmap-390-${language === 'English' ? 'en' : 'pl'}.png` });

    // Narrower still (a 300 px screen): the cells keep their width and the region scrolls, by keyboard too.
    await page.setViewportSize({ width: 300, height: 900 });
    await expect
      .poll(async () => (await heatGeometry(page)).region.scrollWidth)
      .toBeGreaterThan((await heatGeometry(page)).region.clientWidth);
    const narrow = await heatGeometry(page);
    for (const c of narrow.cells) expect(c.cell.width).toBeGreaterThanOrEqual(36);
    const region = page.locator('.table-scroll:has(.rh-table)');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
  });
}

for (const language of ['English', 'Polski'] as const) {
  test(`voicebot comparison on a 390 px phone (${language}): each verdict readable across its card`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    const id = await openExample(page, language);
    await page.goto(`/#/w/${id}/voicebot-cases`);
    const panel = page.getByRole('region', {
      name: /Challenges and benefits by case|Wyzwania i korzyści w poszczególnych przypadkach/,
    });
    const table = panel.getByRole('table');
    await expect(table).toBeVisible();
    // Still a table to a screen reader: its column headers name the verdicts.
    const verdictHeader = table.getByRole('columnheader', { name: /^(Verdict|Werdykt)/ });
    await expect(verdictHeader).toHaveCount(1);

    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const panelBox = tr.closest('.vb-panel')!.getBoundingClientRect();
        const verdict = tr.querySelector('td:last-child')!;
        const v = verdict.getBoundingClientRect();
        const words = [...verdict.querySelectorAll('strong')].map((s) => s.getBoundingClientRect());
        return {
          text: verdict.textContent!.replace(/\s+/g, ' ').trim(),
          width: v.width,
          right: v.right,
          panelWidth: panelBox.width,
          panelRight: panelBox.right,
          lineHeight: parseFloat(getComputedStyle(verdict).lineHeight) || 20,
          height: v.height,
          strongRight: words[0]?.right ?? 0,
          scrollWidth: verdict.scrollWidth,
          clientWidth: verdict.clientWidth,
        };
      }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      // The verdict takes the card's width, inside the panel, uncut, in a few lines (not a word a line).
      expect(r.width, r.text).toBeGreaterThan(r.panelWidth * 0.8);
      expect(r.right, r.text).toBeLessThanOrEqual(r.panelRight + 0.5);
      expect(r.scrollWidth, r.text).toBeLessThanOrEqual(r.clientWidth + 1);
      expect(r.height / r.lineHeight, r.text).toBeLessThanOrEqual(5);
    }
    await expect(table.locator('tbody tr').first()).toContainText(/\+0[.,]\d\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await panel.screenshot({ path: `${SHOTS}/charts-voicebot-390-${language === 'English' ? 'en' : 'pl'}.png` });

    // A wide window shows the table again, the headers visible.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(verdictHeader).toBeVisible();
    await expect.poll(() => verdictHeader.evaluate((th) => th.getBoundingClientRect().width)).toBeGreaterThan(100);
  });
}

test('voicebot: each normalise button names its table; its message follows the language and goes when the weights change', async ({
  page,
}) => {
  await createWorkbook(page, 'Normalise names');
  await openSheet(page, /Should a voicebot be used/);
  const buttons = page.getByRole('button', { name: /^Normalise weights to total 1/ });
  await expect(buttons).toHaveCount(6);
  const names = await buttons.evaluateAll((bs) => bs.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()));
  expect(names).toEqual(
    [1, 2, 3].flatMap((n) => [
      `Normalise weights to total 1 — Case study ${n} — Challenges`,
      `Normalise weights to total 1 — Case study ${n} — Benefits`,
    ]),
  );
  // The visible text starts the name (speech control: "click Normalise weights").
  const benefits1 = page.getByRole('button', {
    name: 'Normalise weights to total 1 — Case study 1 — Benefits',
    exact: true,
  });
  await expect(benefits1).toBeVisible();

  const weight = (row: string) => page.getByLabel(`${row} — Weight`, { exact: true });
  await weight('Helpline available 24 hours a day, 7 days a week').fill('0.5');
  await weight('Increased customer satisfaction as a result of these changes').fill('0.3');
  // A weight missing: the message says so, beside this table's button only.
  await benefits1.click();
  const status1 = page
    .locator('.panel-actions', {
      has: page.getByRole('button', { name: /(Case study 1 — Benefits|Studium przypadku 1 — Korzyści)$/ }),
    })
    .getByRole('status');
  await expect(status1).toHaveText('Enter a weight for every row first.');
  await expect(page.getByText('Enter a weight for every row first.')).toHaveCount(1);
  // Typing the weight makes that message stale: it goes.
  await weight(
    'Instant appointment booking without queues (the bot can handle an unlimited number of calls at once)',
  ).fill('0.3');
  await expect(status1).toHaveText('');

  await benefits1.click();
  await expect(weight('Helpline available 24 hours a day, 7 days a week')).toHaveValue('0.46');
  await expect(status1).toHaveText('Weights normalised to total 1.00.');

  // In Polish the message and the button's name are Polish.
  await page.getByRole('button', { name: 'Polski' }).click();
  const benefits1pl = page.getByRole('button', {
    name: 'Znormalizuj wagi do sumy 1 — Studium przypadku 1 — Korzyści',
    exact: true,
  });
  await expect(benefits1pl).toBeVisible();
  await expect(status1).toHaveText('Wagi znormalizowane do sumy 1,00.');
  await expect(page.getByText('Weights normalised')).toHaveCount(0);

  // Editing a weight afterwards: the table is no longer "normalised", the message goes.
  await page.getByLabel('Infolinia dostępna 24 godziny na dobę, 7 dni w tygodniu — Waga', { exact: true }).fill('0,5');
  await expect(status1).toHaveText('');
  await expect(page.getByText('Wagi znormalizowane')).toHaveCount(0);
});

test('a chart below the fold is drawn when scrolled to: chart.js is not fetched while the page starts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 915 });
  const id = await openExample(page);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('about:blank');
  await page.goto(`/#/w/${id}/nps-survey`);
  await expect(output(page, 'Net Promoter Score')).toHaveText('+42');
  const chart = page.getByRole('img', { name: /Distribution of scores/ });
  await expect(chart).toBeAttached();
  expect(await chart.evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThan(915);
  await page.waitForTimeout(1000);
  expect(fetched.filter((u) => /\/chart-[^/]*\.js$/.test(u))).toEqual([]);
  await chart.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => (await colourPixels(chart.locator('canvas'), Object.values(NPS_COLOURS))).every((n) => n > 50), {
      timeout: 5000,
    })
    .toBe(true);
  expect(fetched.filter((u) => /\/chart-[^/]*\.js$/.test(u))).toHaveLength(1);

  // Never scrolled to, it is drawn anyway once the page has settled: a worksheet printed a little
  // later has every picture.
  await page.goto('about:blank');
  await page.goto(`/#/w/${id}/nps-survey`);
  await expect(output(page, 'Net Promoter Score')).toHaveText('+42');
  expect(await chart.evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThan(915);
  await expect
    .poll(async () => (await colourPixels(chart.locator('canvas'), Object.values(NPS_COLOURS))).every((n) => n > 50), {
      timeout: 10_000,
    })
    .toBe(true);
});
