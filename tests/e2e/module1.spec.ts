import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createWorkbook, downloadWorkbook, openExample, openSheet, output, SHOTS, waitSaved } from './util';
import { cell, rowOf } from './xlsx-find';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const radio = (page: Page, group: string, option: string): Locator =>
  page.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio', { name: option, exact: true });

/**
 * The drawn grid, checked with the browser's real text metrics: names inside their quadrant, none
 * overlapping, no leader line over another customer's name or dot.
 */
async function gridGeometry(grid: Locator) {
  return grid.evaluate((svg) => {
    const quadrants = new Map<string, DOMRect>();
    svg
      .querySelectorAll<SVGRectElement>('rect[data-quadrant]')
      .forEach((r) => quadrants.set(r.dataset['quadrant']!, r.getBoundingClientRect()));
    const ctm = (svg as SVGSVGElement).getScreenCTM()!;
    const names = Array.from(svg.querySelectorAll<SVGGElement>('g.sg-customer')).map((g) => {
      const text = g.querySelector('text')!;
      const line = g.querySelector('line');
      const at = (x: string, y: string) =>
        new DOMPoint(Number(line!.getAttribute(x)), Number(line!.getAttribute(y))).matrixTransform(ctm);
      return {
        quadrant: g.dataset['quadrant']!,
        // A name on two or three lines is a <tspan> a line.
        text: Array.from(text.querySelectorAll('tspan'), (t) => t.textContent ?? '').join(' '),
        lines: text.querySelectorAll('tspan').length,
        title: g.querySelector('title')?.textContent ?? '',
        box: text.getBoundingClientRect(),
        dot: g.querySelector('circle')!.getBoundingClientRect(),
        hollow: g.querySelector('circle.sg-hollow') !== null,
        leader: line ? [at('x1', 'y1'), at('x2', 'y2')] : undefined,
      };
    });
    const within = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    /** A segment through a box shrunk by 1 px (Liang–Barsky). */
    const crosses = ([p, q]: DOMPoint[], r: DOMRect) => {
      let t0 = 0;
      let t1 = 1;
      const dx = q!.x - p!.x;
      const dy = q!.y - p!.y;
      const sides: [number, number][] = [
        [-dx, p!.x - (r.left + 1)],
        [dx, r.right - 1 - p!.x],
        [-dy, p!.y - (r.top + 1)],
        [dy, r.bottom - 1 - p!.y],
      ];
      for (const [a, b] of sides) {
        if (a === 0) {
          if (b < 0) return false;
        } else if (a < 0) t0 = Math.max(t0, b / a);
        else t1 = Math.min(t1, b / a);
      }
      return t0 <= t1;
    };
    const problems: string[] = [];
    names.forEach((n, i) => {
      if (!within(n.box, quadrants.get(n.quadrant)!)) problems.push(`${n.title} leaves ${n.quadrant}`);
      if (!within(n.dot, quadrants.get(n.quadrant)!)) problems.push(`dot of ${n.title} leaves ${n.quadrant}`);
      names.slice(i + 1).forEach((o) => overlap(n.box, o.box) && problems.push(`${n.title} overlaps ${o.title}`));
      names.forEach(
        (o) => o !== n && overlap(n.box, o.dot) && problems.push(`${n.title} covers the dot of ${o.title}`),
      );
      if (n.leader)
        names.forEach(
          (o) =>
            o !== n &&
            (crosses(n.leader!, o.box) || crosses(n.leader!, o.dot)) &&
            problems.push(`the leader of ${n.title} crosses ${o.title}`),
        );
    });
    return {
      names: names.map((n) => ({
        quadrant: n.quadrant,
        text: n.text,
        title: n.title,
        lines: n.lines,
        hollow: n.hollow,
      })),
      problems,
    };
  });
}

test('interest / influence grid: classify customers, scores decide, rows, strategies, grid, reload, export', async ({
  page,
}) => {
  await createWorkbook(page, 'Grid Ltd');
  await openSheet(page, /Customer interest \/ influence grid/);
  const region = page.getByRole('region', { name: 'Interest / influence grid' });
  const grid = region.getByRole('img');

  await expect(output(page, 'Customers — Key players')).toHaveText('—');
  await expect(region.getByText('Type a customer’s name and choose their interest and influence')).toBeVisible();

  await page.getByLabel('Customer 1 — Name', { exact: true }).fill('Northwind Traders');
  await radio(page, 'Customer 1 — Interest', 'High').check();
  await radio(page, 'Customer 1 — Influence', 'High').check();
  await expect(output(page, 'Customer 1 — Quadrant')).toHaveText('Key players');

  const longName = 'Contoso Pharmaceuticals International Holdings Group of Companies';
  await page.getByLabel('Customer 2 — Name', { exact: true }).fill(longName);
  await radio(page, 'Customer 2 — Interest', 'Low').check();
  // By keyboard: the influence group, arrow to High.
  await radio(page, 'Customer 2 — Influence', 'Low').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 'Customer 2 — Influence', 'High')).toBeChecked();
  await expect(output(page, 'Customer 2 — Quadrant')).toHaveText('Keep satisfied');

  // A score decides over the choice: 5 is Low, 6 is High.
  await page.getByLabel('Customer 3 — Name', { exact: true }).fill('Fabrikam');
  await radio(page, 'Customer 3 — Interest', 'High').check();
  await radio(page, 'Customer 3 — Influence', 'Low').check();
  await expect(output(page, 'Customer 3 — Quadrant')).toHaveText('Keep informed');
  await page.getByLabel('Customer 3 — Interest score (1–10)', { exact: true }).fill('11');
  await expect(page.getByText('Interest score must be a whole number from 1 to 10')).toBeVisible();
  await expect(output(page, 'Customer 3 — Quadrant')).toHaveText('Keep informed');
  await page.getByLabel('Customer 3 — Interest score (1–10)', { exact: true }).fill('5');
  // The quadrant says that the score overrides the ticked choice (issue 13).
  await expect(output(page, 'Customer 3 — Quadrant')).toHaveText(
    'Monitor (interest score 5 counts as Low, not the High ticked)',
  );
  await page.getByLabel('Customer 3 — Influence score (1–10)', { exact: true }).fill('6');
  await expect(output(page, 'Customer 3 — Quadrant')).toHaveText(
    'Keep satisfied (interest score 5 counts as Low, not the High ticked; influence score 6 counts as High, not the Low ticked)',
  );

  // Add rows: the new row's name has the focus.
  await page.getByRole('button', { name: 'Add customer' }).click();
  await expect(page.getByLabel('Customer 4 — Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Tailspin Toys');
  await radio(page, 'Customer 4 — Interest', 'High').check();
  await radio(page, 'Customer 4 — Influence', 'Low').check();
  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.keyboard.type('Litware');
  // Named but not classified: listed as not placed yet.
  await expect(region.getByRole('list', { name: 'Not placed yet' }).getByRole('listitem')).toHaveText(['Litware']);
  await expect(grid).toHaveAttribute('aria-label', /Not placed yet: Litware\.$/);
  await region.screenshot({ path: `${SHOTS}/module1-grid-panel-unplaced-en.png` });
  await radio(page, 'Customer 5 — Interest', 'Low').check();
  await radio(page, 'Customer 5 — Influence', 'Low').check();
  await expect(region.getByRole('list', { name: 'Not placed yet' })).toHaveCount(0);

  // Remove and undo; then reorder.
  await page.getByRole('button', { name: 'Remove Customer 2' }).click();
  await expect(output(page, 'Customers — Keep satisfied')).toHaveText('1');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Customer 2 — Name', { exact: true })).toHaveValue(longName);
  await expect(radio(page, 'Customer 2 — Influence', 'High')).toBeChecked();
  await page.getByRole('button', { name: 'Move Customer 4 up' }).click();
  await expect(page.getByLabel('Customer 3 — Name', { exact: true })).toHaveValue('Tailspin Toys');
  await expect(output(page, 'Customer 4 — Quadrant')).toHaveText(
    'Keep satisfied (interest score 5 counts as Low, not the High ticked; influence score 6 counts as High, not the Low ticked)',
  );

  await expect(output(page, 'Customers — Key players')).toHaveText('1');
  await expect(output(page, 'Customers — Keep satisfied')).toHaveText('2');
  await expect(output(page, 'Customers — Keep informed')).toHaveText('1');
  await expect(output(page, 'Customers — Monitor')).toHaveText('1');

  // The picture: its description lists who is where; names inside their quadrant, apart, the long one shortened.
  await expect(grid).toHaveAttribute(
    'aria-label',
    `Interest / influence grid (interest from left (low) to right (high), influence from bottom (low) to top (high)). Keep satisfied: ${longName}, Fabrikam. Key players: Northwind Traders. Monitor: Litware. Keep informed: Tailspin Toys. Placed from Low/High only, not exactly: Northwind Traders, ${longName}, Tailspin Toys, Litware.`,
  );
  const g = await gridGeometry(grid);
  expect(g.problems).toEqual([]);
  expect(g.names.map((n) => [n.title, n.quadrant])).toEqual([
    ['Northwind Traders', 'key'],
    [longName, 'satisfied'],
    ['Tailspin Toys', 'informed'],
    ['Fabrikam', 'satisfied'],
    ['Litware', 'monitor'],
  ]);
  // The long name is whole, on more than one line; the others on one.
  const contoso = g.names.find((n) => n.title === longName)!;
  expect(contoso.text).toBe(longName);
  expect(contoso.lines).toBeGreaterThan(1);
  expect(g.names.find((n) => n.title === 'Fabrikam')!.text).toBe('Fabrikam');
  // Fabrikam is placed by its two scores (a filled dot); the others by Low/High (hollow), as the legend says.
  expect(g.names.map((n) => [n.title, n.hollow])).toEqual([
    ['Northwind Traders', true],
    [longName, true],
    ['Tailspin Toys', true],
    ['Fabrikam', false],
    ['Litware', true],
  ]);
  await expect(region.getByRole('list', { name: 'Dots' }).getByRole('listitem')).toHaveText([
    'From the 1–10 scores: where the scores put them',
    'From Low/High only (a score missing): somewhere in their quadrant',
  ]);

  // Strategies: the top of each quadrant, ties joined.
  const rate = (strategy: string, v: string) =>
    page.getByLabel(`${strategy} — Importance (1–5)`, { exact: true }).fill(v);
  await rate('Close cooperation', '5');
  await rate('Manage carefully', '3');
  await rate('Regular engagement and consultation', '4');
  await rate('Two-way communication', '4');
  await rate('Ensure their expectations are met', '5');
  await rate('Potentially dangerous', '2');
  await rate('Inform, engage and consult in their area of interest', '4');
  await rate('Strive to increase their interest', '3');
  await rate('Potentially indifferent', '1');
  await rate('Inform through general channels (newsletter, website)', '4');
  await rate('Try to increase their interest', '4');
  await rate('Potential allies', '3');
  await rate('Inform and consult in their area of interest', '0');
  await expect(page.getByText('Importance must be a whole number from 1 to 5')).toBeVisible();
  await expect(output(page, 'Top strategy — Key players')).toHaveText(
    'Close cooperation; Ensure their expectations are met',
  );
  await expect(output(page, 'Top strategy — Keep satisfied')).toHaveText(
    'Inform, engage and consult in their area of interest',
  );
  await expect(output(page, 'Top strategy — Monitor')).toHaveText(
    'Inform through general channels (newsletter, website); Try to increase their interest',
  );
  await expect(output(page, 'Top strategy — Keep informed')).toHaveText('Potential allies');

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-grid-en.png`, fullPage: true });
  await region.screenshot({ path: `${SHOTS}/module1-grid-panel-en.png` });
  await waitSaved(page);

  await page.reload();
  await expect(page.getByLabel('Customer 3 — Name', { exact: true })).toHaveValue('Tailspin Toys');
  await expect(page.getByLabel('Customer 4 — Influence score (1–10)', { exact: true })).toHaveValue('6');
  await expect(
    page.getByLabel('Inform and consult in their area of interest — Importance (1–5)', { exact: true }),
  ).toHaveValue('0');
  await expect(output(page, 'Customers — Keep satisfied')).toHaveText('2');
  await expect(output(page, 'Top strategy — Key players')).toHaveText(
    'Close cooperation; Ensure their expectations are met',
  );
  await expect(page.getByRole('region', { name: 'Interest / influence grid' }).getByRole('img')).toHaveAttribute(
    'aria-label',
    /Key players: Northwind Traders\./,
  );

  // Export: each customer's levels and quadrant as formulas, counts, top strategies.
  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['stakeholder-grid']!;
  const first = rowOf(ws, 'Customer 1');
  const rows = [0, 1, 2, 3, 4].map((k) => [
    cell(ws, `B${first + k}`).v,
    cell(ws, `G${first + k}`).v,
    cell(ws, `H${first + k}`).v,
    cell(ws, `I${first + k}`).v,
  ]);
  expect(rows).toEqual([
    ['Northwind Traders', 'High', 'High', 'Key players'],
    [longName, 'Low', 'High', 'Keep satisfied'],
    ['Tailspin Toys', 'High', 'Low', 'Keep informed'],
    ['Fabrikam', 'Low', 'High', 'Keep satisfied'],
    ['Litware', 'Low', 'Low', 'Monitor'],
  ]);
  const fab = first + 3;
  expect([cell(ws, `C${fab}`).v, cell(ws, `D${fab}`).v, cell(ws, `E${fab}`).v, cell(ws, `F${fab}`).v]).toEqual([
    'High',
    5,
    'Low',
    6,
  ]);
  expect(cell(ws, `G${fab}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(cell(ws, `I${fab}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  const satisfied = rowOf(ws, 'Customers — Keep satisfied');
  expect(cell(ws, `B${satisfied}`)).toEqual({ v: 2, f: expect.any(String) });
  expect(cell(ws, `B${rowOf(ws, 'Customers — Key players')}`).v).toBe(1);
  const topKey = rowOf(ws, 'Top strategy — Key players');
  expect(cell(ws, `B${topKey}`).v).toBe('Close cooperation; Ensure their expectations are met');
  expect(cell(ws, `C${topKey}`).v).toBe(5);
  // The invalid rating is kept as typed, as text.
  expect(cell(ws, `C${rowOf(ws, 'Inform and consult in their area of interest', 'B')}`).v).toBe('0');

  // Polish: quadrant names from the definition, in the grid and the results.
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Klient 1 — Ćwiartka')).toHaveText('Kluczowi');
  await expect(output(page, 'Klienci — Trzymaj ich szczęśliwych')).toHaveText('2');
  const plGrid = page.getByRole('region', { name: 'Siatka zainteresowania i wpływu' }).getByRole('img');
  await expect(plGrid).toHaveAttribute(
    'aria-label',
    /Trzymaj ich szczęśliwych: Contoso .*, Fabrikam\. Kluczowi: Northwind Traders\. Monitoruj: Litware\. Zainteresowani: Tailspin Toys\. Umieszczeni tylko według wyboru Niski\/Wysoki, nie dokładnie: Northwind Traders, Contoso .*, Tailspin Toys, Litware\.$/,
  );
  expect((await gridGeometry(plGrid)).problems).toEqual([]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-grid-pl.png`, fullPage: true });
  await page
    .getByRole('region', { name: 'Siatka zainteresowania i wpływu' })
    .screenshot({ path: `${SHOTS}/module1-grid-panel-pl.png` });

  // A narrower panel: the grid redraws at the panel's width, still nothing overlapping or cut off.
  // (The page itself does not shrink below its tables' width yet; the panel is narrowed directly.)
  const plRegion = page.getByRole('region', { name: 'Siatka zainteresowania i wpływu' });
  await plRegion.evaluate((el) => ((el as HTMLElement).style.width = '380px'));
  await expect(async () => expect((await plGrid.boundingBox())!.width).toBeLessThanOrEqual(380)).toPass();
  expect((await gridGeometry(plGrid)).problems).toEqual([]);
  await plRegion.screenshot({ path: `${SHOTS}/module1-grid-panel-narrow-pl.png` });
});

for (const language of ['English', 'Polski'] as const) {
  test(`interest / influence grid on a 390 px phone (${language}): the example's names whole, leader lines clear, Low/High dots hollow`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    const id = await openExample(page, language);
    await page.goto(`/#/w/${id}/stakeholder-grid`);
    const region = page.getByRole('region', { name: /Interest \/ influence grid|Siatka zainteresowania i wpływu/ });
    const grid = region.getByRole('img');
    await expect(grid).toBeVisible();
    await expect(async () => expect((await grid.boundingBox())!.width).toBeLessThanOrEqual(390)).toPass();
    const g = await gridGeometry(grid);
    expect(g.problems).toEqual([]);
    expect(g.names.length).toBeGreaterThanOrEqual(4);
    // No name cut to a few letters: each is whole, on up to three lines; so are the quadrants' titles.
    for (const n of g.names) expect(n.text, n.title).toBe(n.title);
    const titles = await grid
      .locator('.sg-quadrant-title')
      .evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
    expect(titles.sort()).toEqual(
      (language === 'English'
        ? ['Key players', 'Keep satisfied', 'Keep informed', 'Monitor']
        : ['Kluczowi', 'Trzymaj ich szczęśliwych', 'Zainteresowani', 'Monitoruj']
      ).sort(),
    );
    // Both kinds of dot in the example, and the legend says which is which.
    expect(g.names.some((n) => n.hollow)).toBe(true);
    expect(g.names.some((n) => !n.hollow)).toBe(true);
    await expect(region.getByRole('list', { name: /^(Dots|Kropki)$/ }).getByRole('listitem')).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await region.screenshot({ path: `${SHOTS}/module1-grid-390-${language === 'English' ? 'en' : 'pl'}.png` });
  });
}

test('satisfaction moments: situations, yes/no shares, rows, reload, export', async ({ page }) => {
  await createWorkbook(page, 'Moments Ltd');
  await openSheet(page, /When were your customers satisfied/);
  const Q_REPEAT = 'Did this factor repeat with other customers?';
  const Q_GROWTH = "Did it translate into your company's growth?";

  await expect(output(page, 'Situations with a repeated factor')).toHaveText('—');
  await expect(
    page.getByText('Answer “Did this factor repeat with other customers?” for at least one situation'),
  ).toBeVisible();

  await page
    .getByLabel('Situation 1 — Customer and what happened', { exact: true })
    .fill('Café chain: menus delivered a day before opening');
  await page.getByLabel('Situation 1 — What made them happy?', { exact: true }).fill('Speed before an important event');
  await radio(page, `Situation 1 — ${Q_REPEAT}`, 'Yes').check();
  await page
    .getByLabel('Situation 1 — How did they let you know they were satisfied?', { exact: true })
    .fill('A thank-you e-mail');
  await radio(page, `Situation 1 — ${Q_GROWTH}`, 'Yes').check();

  await page
    .getByLabel('Situation 2 — Customer and what happened', { exact: true })
    .fill('Football club: banners reprinted free of charge');
  await radio(page, `Situation 2 — ${Q_REPEAT}`, 'No').check();
  // Keyboard: focus the first option and choose it with Space.
  await radio(page, `Situation 2 — ${Q_GROWTH}`, 'Yes').focus();
  await page.keyboard.press('Space');
  await expect(radio(page, `Situation 2 — ${Q_GROWTH}`, 'Yes')).toBeChecked();

  await page
    .getByLabel('Situation 3 — Customer and what happened', { exact: true })
    .fill('Wedding planner: proofs the same day');
  await radio(page, `Situation 3 — ${Q_REPEAT}`, 'Yes').check();

  // Repeated: 2 Yes of 3 answered; growth: 2 of 2 (situation 3 not answered, left out).
  await expect(output(page, 'Situations with a repeated factor')).toHaveText('66.7%');
  await expect(page.getByText('2 of 3 answered')).toBeVisible();
  await expect(output(page, 'Situations that led to growth')).toHaveText('100.0%');
  await expect(page.getByText('2 of 2 answered')).toBeVisible();

  // Remove situation 1, undo; add a fourth; reorder.
  await page.getByRole('button', { name: 'Remove Situation 1' }).click();
  await expect(output(page, 'Situations with a repeated factor')).toHaveText('50.0%');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Situation 1 — Customer and what happened', { exact: true })).toHaveValue(
    'Café chain: menus delivered a day before opening',
  );
  await expect(output(page, 'Situations with a repeated factor')).toHaveText('66.7%');
  await page.getByRole('button', { name: 'Add situation' }).click();
  await expect(page.getByLabel('Situation 4 — Customer and what happened', { exact: true })).toBeFocused();
  await page.keyboard.type('Bakery: logo redesigned in two days');
  await radio(page, `Situation 4 — ${Q_GROWTH}`, 'No').check();
  await expect(output(page, 'Situations that led to growth')).toHaveText('66.7%');
  await page.getByRole('button', { name: 'Move Situation 4 up' }).click();
  await expect(page.getByLabel('Situation 3 — Customer and what happened', { exact: true })).toHaveValue(
    'Bakery: logo redesigned in two days',
  );
  await expect(radio(page, `Situation 3 — ${Q_GROWTH}`, 'No')).toBeChecked();

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-moments-en.png`, fullPage: true });
  await waitSaved(page);

  await page.reload();
  await expect(page.getByLabel('Situation 3 — Customer and what happened', { exact: true })).toHaveValue(
    'Bakery: logo redesigned in two days',
  );
  await expect(radio(page, `Situation 1 — ${Q_REPEAT}`, 'Yes')).toBeChecked();
  await expect(output(page, 'Situations with a repeated factor')).toHaveText('66.7%');
  await expect(output(page, 'Situations that led to growth')).toHaveText('66.7%');

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['satisfaction-moments']!;
  const first = rowOf(ws, 'Situation 1');
  expect([cell(ws, `D${first}`).v, cell(ws, `G${first}`).v]).toEqual(['Yes', 'Yes']);
  expect(cell(ws, `B${first + 2}`).v).toBe('Bakery: logo redesigned in two days');
  expect(cell(ws, `G${first + 2}`).v).toBe('No');
  const repeated = rowOf(ws, 'Situations with a repeated factor');
  expect(cell(ws, `B${repeated}`).v).toBeCloseTo(2 / 3, 12);
  expect(cell(ws, `B${repeated}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(ws[`B${repeated}`]).toMatchObject({ z: '0.0%' });
  expect(cell(ws, `B${rowOf(ws, 'Situations that led to growth')}`).v).toBeCloseTo(2 / 3, 12);

  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Sytuacje z powtarzającym się czynnikiem')).toHaveText('66,7%');
  // Both shares are now 2 of 3.
  await expect(page.getByText('2 z 3 z odpowiedzią')).toHaveCount(2);
  await expect(radio(page, 'Sytuacja 1 — Czy ten czynnik powtarzał się u różnych klientów?', 'Tak')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-moments-pl.png`, fullPage: true });
});

test('channel audit: yes/no per channel, multi-selects, coverage, reload, export', async ({ page }) => {
  await createWorkbook(page, 'Channels Ltd');
  await openSheet(page, /How you reach customers/);
  const yn = (row: string, v: 'Yes' | 'No') => radio(page, `${row} — Yes/No`, v).check();

  await expect(output(page, 'Overall coverage')).toHaveText('—');
  await yn('Social media ads', 'Yes');
  await yn('Google Ads', 'No');
  await yn('Traditional print and media ads', 'Yes');
  // Organic content left unanswered: it counts as not covered once the dimension is answered.
  await expect(output(page, 'Coverage — Brand awareness')).toHaveText('50.0%');
  await expect(page.getByText('2 of 4 Yes (3 answered)')).toBeVisible();
  await expect(output(page, 'Coverage — Acquiring customer data')).toHaveText('—');
  await yn('Searching for data on the internet', 'Yes');
  await yn('Collecting data from surveys', 'No');
  await expect(output(page, 'Coverage — Acquiring customer data')).toHaveText('50.0%');

  await radio(page, 'Media preferences', 'Yes').check();
  await page.getByLabel('Media preferences — notes', { exact: true }).fill('Cafés follow us on Instagram');
  const platforms = page.getByRole('group', { name: 'Specific platforms', exact: true });
  await platforms.getByRole('checkbox', { name: 'Twitter' }).check();
  await platforms.getByRole('checkbox', { name: 'Instagram' }).check();
  await expect(output(page, 'Coverage — Customer profiling')).toHaveText('66.7%');
  // Unchecking everything makes the row unanswered again; by keyboard this time.
  await platforms.getByRole('checkbox', { name: 'Twitter' }).focus();
  await page.keyboard.press('Space');
  await platforms.getByRole('checkbox', { name: 'Instagram' }).uncheck();
  await expect(output(page, 'Coverage — Customer profiling')).toHaveText('33.3%');
  await platforms.getByRole('checkbox', { name: 'Instagram' }).check();
  await platforms.getByRole('checkbox', { name: 'YouTube' }).check();
  const active = page.getByRole('group', { name: 'Active channels', exact: true });
  await active.getByRole('checkbox', { name: 'E-mail' }).check();
  await expect(output(page, 'Coverage — Customer profiling')).toHaveText('100.0%');
  // "None of these" is an answer on its own: it clears E-mail, and the row is a No.
  await active.getByRole('checkbox', { name: 'None of these' }).check();
  await expect(active.getByRole('checkbox', { name: 'E-mail' })).not.toBeChecked();
  // Overall: (2 + 1 + 2) Yes of 4 + 2 + 3 rows = 5/9.
  await expect(output(page, 'Overall coverage')).toHaveText('55.6%');
  await expect(page.getByText('5 of 9 Yes (8 answered)')).toBeVisible();

  await radio(page, 'Do all customers use the same communication channels?', 'No').check();
  await radio(page, 'Is customer segmentation possible?', 'Yes').check();

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-channels-en.png`, fullPage: true });
  await waitSaved(page);

  await page.reload();
  await expect(radio(page, 'Google Ads — Yes/No', 'No')).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Specific platforms', exact: true }).getByRole('checkbox', { name: 'Instagram' }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Specific platforms', exact: true }).getByRole('checkbox', { name: 'Twitter' }),
  ).not.toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Active channels', exact: true }).getByRole('checkbox', { name: 'None of these' }),
  ).toBeChecked();
  await expect(output(page, 'Overall coverage')).toHaveText('55.6%');
  await expect(output(page, 'Coverage — Customer profiling')).toHaveText('66.7%');

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['channel-audit']!;
  const social = rowOf(ws, 'Social media ads', 'B');
  const organic = rowOf(ws, 'Organic content', 'B');
  expect([cell(ws, `D${social}`).v, cell(ws, `D${social + 1}`).v, cell(ws, `D${organic}`).v]).toEqual([
    'Yes',
    'No',
    undefined,
  ]);
  const brand = rowOf(ws, 'Coverage — Brand awareness');
  expect(cell(ws, `B${brand}`)).toEqual({
    v: 0.5,
    f: `IF(COUNTIF(D${social}:D${organic},"Yes")+COUNTIF(D${social}:D${organic},"No")=0,"",COUNTIF(D${social}:D${organic},"Yes")/ROWS(D${social}:D${organic}))`,
  });
  const platformsRow = rowOf(ws, 'Specific platforms', 'B');
  expect(cell(ws, `E${platformsRow}`).v).toBe('YouTube, Instagram');
  expect(cell(ws, `D${platformsRow}`)).toEqual({ v: 'Yes', f: expect.any(String) });
  expect(cell(ws, `D${platformsRow + 1}`).v).toBe('No');
  expect(cell(ws, `E${platformsRow + 1}`).v).toBe('None of these');
  expect(cell(ws, `B${rowOf(ws, 'Coverage — Customer profiling')}`).v).toBeCloseTo(2 / 3, 12);
  const overall = rowOf(ws, 'Overall coverage');
  expect(cell(ws, `B${overall}`).v).toBeCloseTo(5 / 9, 12);
  expect(cell(ws, `B${overall}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(cell(ws, `D${rowOf(ws, 'Is customer segmentation possible?')}`).v).toBe('Yes');

  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Pokrycie ogółem')).toHaveText('55,6%');
  await expect(radio(page, 'Reklamy Google — Tak/Nie', 'Nie')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-channels-pl.png`, fullPage: true });
});

test('loyalty exchange: seed pairs, add/remove/undo/reorder, complete pairs, reload, export', async ({ page }) => {
  await createWorkbook(page, 'Loyal Ltd');
  await openSheet(page, /Loyalty programme/);

  // The seed's two pairs are there.
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue('Spending €20 on my product/service');
  await expect(page.getByLabel('Pair 2 — Reaction', { exact: true })).toHaveValue(
    'More frequent contact on social media and promotion of the customer',
  );
  await expect(output(page, 'Complete pairs')).toHaveText('2');

  await page.getByLabel('Pair 1 — Action', { exact: true }).fill('Spending €50 in one month');
  await page.getByLabel('Pair 1 — Reaction', { exact: true }).fill('5% discount on the next order');
  await page.getByRole('button', { name: 'Add pair' }).click();
  await expect(page.getByLabel('Pair 3 — Action', { exact: true })).toBeFocused();
  await page.keyboard.type('Writing a review on Google');
  await expect(output(page, 'Complete pairs')).toHaveText('2');
  await expect(page.getByText('Pair 3 needs both sides')).toBeVisible();
  await page.getByLabel('Pair 3 — Reaction', { exact: true }).fill('Free delivery on the next order');
  await expect(output(page, 'Complete pairs')).toHaveText('3');
  // Whitespace alone is not an answer.
  await page.getByRole('button', { name: 'Add pair' }).click();
  await page.getByLabel('Pair 4 — Action', { exact: true }).fill('   ');
  await page.getByLabel('Pair 4 — Reaction', { exact: true }).fill('A thank-you card');
  await expect(page.getByText('Pair 4 needs both sides')).toBeVisible();
  await page.getByRole('button', { name: 'Remove Pair 4' }).click();

  await page.getByRole('button', { name: 'Remove Pair 1' }).click();
  await expect(output(page, 'Complete pairs')).toHaveText('2');
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue(
    'Recommending my company on social media',
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue('Spending €50 in one month');
  await page.getByRole('button', { name: 'Move Pair 3 up' }).click();
  await page.getByRole('button', { name: 'Move Pair 2 up' }).click();
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue('Writing a review on Google');
  await expect(page.getByLabel('Pair 3 — Action', { exact: true })).toHaveValue(
    'Recommending my company on social media',
  );
  await expect(page.getByLabel('Pair 4 — Action', { exact: true })).toHaveCount(0);
  await expect(output(page, 'Complete pairs')).toHaveText('3');

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-loyalty-en.png`, fullPage: true });
  await waitSaved(page);

  await page.reload();
  await expect(page.getByLabel('Pair 1 — Action', { exact: true })).toHaveValue('Writing a review on Google');
  await expect(page.getByLabel('Pair 2 — Reaction', { exact: true })).toHaveValue('5% discount on the next order');
  await expect(output(page, 'Complete pairs')).toHaveText('3');

  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['loyalty-exchange']!;
  const first = rowOf(ws, 'Pair 1');
  expect([1, 2, 3].map((k) => cell(ws, `B${first + k - 1}`).v)).toEqual([
    'Writing a review on Google',
    'Spending €50 in one month',
    'Recommending my company on social media',
  ]);
  expect(cell(ws, `A${first + 3}`).v).toBeUndefined();
  const complete = rowOf(ws, 'Complete pairs');
  expect(cell(ws, `B${complete}`)).toEqual({
    v: 3,
    f: `IF(COUNTA(B${first}:C${first + 2})=0,"",SUMPRODUCT((B${first}:B${first + 2}<>"")*(C${first}:C${first + 2}<>"")))`,
  });

  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Pełne pary')).toHaveText('3');
  await expect(page.getByLabel('Para 1 — Akcja', { exact: true })).toHaveValue('Writing a review on Google');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module1-loyalty-pl.png`, fullPage: true });
});
