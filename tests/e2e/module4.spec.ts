import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createWorkbook, downloadWorkbook, openSheet, output, SHOTS, waitSaved } from './util';
import { cell, rowOf } from './xlsx-find';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const CASE1 = {
  ch: [
    'High cost of a very simple task',
    'Long waiting times to reach a consultant',
    'Helpline open only at certain hours',
  ],
  be: [
    'Helpline available 24 hours a day, 7 days a week',
    'Instant appointment booking without queues (the bot can handle an unlimited number of calls at once)',
    'Increased customer satisfaction as a result of these changes',
  ],
};
const CASE2 = {
  ch: ['High cost of interviewers', 'Limited number of surveys conducted', 'Prolonged duration of surveys'],
  be: [
    'Unlimited number of surveys conducted per day',
    'Shorter calls – less trouble for the customer',
    "Interviewers' levels of accuracy and responsiveness maintained",
  ],
};

async function rate(page: Page, row: string, rating: string, weight: string) {
  await page.getByLabel(`${row} — Rating`, { exact: true }).fill(rating);
  await page.getByLabel(`${row} — Weight`, { exact: true }).fill(weight);
}

test('voicebot cases: ratings and weights, normalise, own case with rows, verdicts, chart, reload, export', async ({
  page,
}) => {
  await createWorkbook(page, 'Voicebot Sp. z o.o.');
  await openSheet(page, /Should a voicebot be used/);
  const panel = page.getByRole('region', { name: 'Challenges and benefits by case' });
  const chart = panel.getByRole('img');

  // Nothing rated: no bars, no verdicts, never a fake 0.
  await expect(output(page, 'Case 1 — Verdict')).toHaveText('—');
  await expect(chart).toHaveAttribute(
    'aria-label',
    /Case 1: Challenges no bar yet, Benefits no bar yet\. No verdict yet/,
  );
  await expect(panel.getByRole('row', { name: /^Case 1/ })).toContainText('No verdict yet');
  await expect(panel.getByText('A verdict needs every row of both tables rated and weighted')).toBeVisible();

  // Case 1: challenges 4×0.3 + 5×0.4 + 3×0.3 = 4.10.
  await rate(page, CASE1.ch[0]!, '4', '0.3');
  await rate(page, CASE1.ch[1]!, '5', '0,4');
  await rate(page, CASE1.ch[2]!, '3', '0.3');
  await expect(output(page, 'Case 1 — Challenges — Total weight')).toHaveText('1.00');
  await expect(output(page, 'Case 1 — Challenges — Weighted average')).toHaveText('4.10');
  await expect(output(page, `${CASE1.ch[1]} — Rating × weight`)).toHaveText('2.00');

  // Benefits weighted 0.5 + 0.3 + 0.3 = 1.1: no average (Σ 4.90 / 1.1 = 4.45 provisional), no verdict, a pale bar.
  await rate(page, CASE1.be[0]!, '5', '0.5');
  await rate(page, CASE1.be[1]!, '4', '0.3');
  await rate(page, CASE1.be[2]!, '4', '0.3');
  await expect(output(page, 'Case 1 — Benefits — Total weight')).toHaveText('1.10');
  await expect(output(page, 'Case 1 — Benefits — Weighted average')).toHaveText('—');
  await expect(
    page.getByText('Weights total 1.10 — remove 0.10 to reach 1. Provisional, with the weights scaled to 1: 4.45', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(output(page, 'Case 1 — Verdict')).toHaveText('—');
  await expect(page.getByText('Benefits: weights must total 1')).toBeVisible();
  await expect(panel.getByRole('row', { name: /^Case 1/ })).toContainText('4.45 (weights do not total 1)');
  await expect(panel.getByText('A pale bar is provisional:')).toBeVisible();
  await panel.screenshot({ path: `${SHOTS}/module4-voicebot-chart-incomplete-en.png` });

  // Invalid rating: a clear message, kept as typed, left out.
  await page.getByLabel(`${CASE1.be[2]} — Rating`, { exact: true }).fill('7');
  await expect(page.getByText('Rating must be a whole number from 1 to 5')).toBeVisible();
  await expect(output(page, 'Case 1 — Benefits — Weighted average')).toHaveText('—');
  await page.getByLabel(`${CASE1.be[2]} — Rating`, { exact: true }).fill('4');

  // Normalise the benefits (their own button, named after the table): 0.5/1.1, 0.3/1.1, 0.3/1.1 → 0.46, 0.27, 0.27.
  await page
    .getByRole('button', { name: 'Normalise weights to total 1 — Case study 1 — Benefits', exact: true })
    .click();
  await expect(page.getByLabel(`${CASE1.be[0]} — Weight`, { exact: true })).toHaveValue('0.46');
  await expect(page.getByLabel(`${CASE1.be[1]} — Weight`, { exact: true })).toHaveValue('0.27');
  await expect(output(page, 'Case 1 — Benefits — Total weight')).toHaveText('1.00');
  // 5×0.46 + 4×0.27 + 4×0.27 = 4.46; verdict 4.46 − 4.10 = +0.36.
  await expect(output(page, 'Case 1 — Benefits — Weighted average')).toHaveText('4.46');
  await expect(output(page, 'Case 1 — Verdict')).toHaveText('0.36');
  await expect(page.getByText('Benefits outweigh challenges: supports using a voicebot').first()).toBeVisible();
  // The challenges table was left alone (its own button).
  await expect(page.getByLabel(`${CASE1.ch[1]} — Weight`, { exact: true })).toHaveValue('0,4');

  // Case 2: challenges 3.50, benefits 2.70 → −0.80, against.
  await rate(page, CASE2.ch[0]!, '4', '0.5');
  await rate(page, CASE2.ch[1]!, '3', '0.3');
  await rate(page, CASE2.ch[2]!, '3', '0.2');
  await rate(page, CASE2.be[0]!, '3', '0.4');
  await rate(page, CASE2.be[1]!, '3', '0.3');
  await rate(page, CASE2.be[2]!, '2', '0.3');
  await expect(output(page, 'Case 2 — Challenges — Weighted average')).toHaveText('3.50');
  await expect(output(page, 'Case 2 — Benefits — Weighted average')).toHaveText('2.70');
  await expect(output(page, 'Case 2 — Verdict')).toHaveText('−0.80');

  // Case 3, the user's own: title, rows typed, a removal undone, a row removed, rows reordered.
  await page.getByLabel('Case 3 — Title of your case', { exact: true }).fill('Order status hotline');
  await page.getByLabel('Challenge 1 — Description', { exact: true }).fill('Repeated questions about orders');
  await rate(page, 'Challenge 1', '5', '0.6');
  await page.getByLabel('Challenge 2 — Description', { exact: true }).fill('Calls in the evening');
  await rate(page, 'Challenge 2', '3', '0.4');
  await page.getByLabel('Challenge 3 — Description', { exact: true }).fill('Temporary row');
  await page.getByRole('button', { name: 'Remove Challenge 3' }).click();
  await expect(page.getByLabel('Challenge 3 — Description', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Challenge 3 — Description', { exact: true })).toHaveValue('Temporary row');
  await page.getByRole('button', { name: 'Remove Challenge 3' }).click();
  await expect(page.getByLabel('Challenge 3 — Description', { exact: true })).toHaveCount(0);
  // 5×0.6 + 3×0.4 = 4.20
  await expect(output(page, 'Case 3 — Challenges — Weighted average')).toHaveText('4.20');

  await page.getByLabel('Benefit 1 — Description', { exact: true }).fill('Consultants free for complaints');
  await rate(page, 'Benefit 1', '4', '0.8');
  await page.getByLabel('Benefit 2 — Description', { exact: true }).fill('Instant answers day and night');
  await rate(page, 'Benefit 2', '5', '0.2');
  await page.getByRole('button', { name: 'Remove Benefit 3' }).click();
  await page.getByRole('button', { name: 'Move Benefit 2 up' }).click();
  await expect(page.getByLabel('Benefit 1 — Description', { exact: true })).toHaveValue(
    'Instant answers day and night',
  );
  await expect(page.getByLabel('Benefit 1 — Weight', { exact: true })).toHaveValue('0.2');
  await page
    .getByRole('status')
    .filter({ hasText: 'Benefit 3 removed.' })
    .getByRole('button', { name: 'Dismiss' })
    .click();
  await expect(page.getByText('Benefit 3 removed.')).toHaveCount(0);
  // 5×0.2 + 4×0.8 = 4.20: a tie.
  await expect(output(page, 'Case 3 — Benefits — Weighted average')).toHaveText('4.20');
  await expect(output(page, 'Case 3 — Verdict')).toHaveText('0.00');
  await expect(page.getByText('Order status hotline — a tie: benefits and challenges weigh the same')).toBeVisible();

  // The chart panel: the same numbers as text, and in the picture's description.
  await expect(panel.getByRole('row', { name: /^Case 1/ })).toContainText('4.10');
  await expect(panel.getByRole('row', { name: /^Case 1/ })).toContainText('4.46');
  await expect(panel.getByRole('row', { name: /^Case 1/ })).toContainText('+0.36 Benefits outweigh challenges');
  await expect(panel.getByRole('row', { name: /^Case 2/ })).toContainText('−0.80 Challenges outweigh benefits');
  await expect(panel.getByRole('row', { name: /^Case 3: Order status hotline/ })).toContainText('0.00 A tie');
  await expect(chart).toHaveAttribute(
    'aria-label',
    /Case 1: Challenges 4\.10, Benefits 4\.46\. \+0\.36, Benefits outweigh challenges/,
  );
  await expect(chart).toHaveAttribute(
    'aria-label',
    /Case 3: Order status hotline: Challenges 4\.20, Benefits 4\.20\. 0\.00, A tie/,
  );
  await expect(panel.getByText('A pale bar is provisional:')).toHaveCount(0);
  await expect(panel.getByText('A verdict needs every row')).toHaveCount(0);
  await expect(panel.locator('canvas')).toBeVisible();

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module4-voicebot-en.png`, fullPage: true });
  await panel.screenshot({ path: `${SHOTS}/module4-voicebot-chart-en.png` });
  await waitSaved(page);

  // Reload: everything is still there.
  await page.reload();
  await expect(page.getByLabel(`${CASE1.be[0]} — Weight`, { exact: true })).toHaveValue('0.46');
  await expect(page.getByLabel('Benefit 1 — Description', { exact: true })).toHaveValue(
    'Instant answers day and night',
  );
  await expect(page.getByLabel('Challenge 3 — Description', { exact: true })).toHaveCount(0);
  await expect(output(page, 'Case 1 — Verdict')).toHaveText('0.36');
  await expect(output(page, 'Case 2 — Verdict')).toHaveText('−0.80');
  await expect(output(page, 'Case 3 — Verdict')).toHaveText('0.00');
  await expect(page.getByRole('region', { name: 'Challenges and benefits by case' }).getByRole('img')).toHaveAttribute(
    'aria-label',
    /\+0\.36/,
  );

  // Export: inputs as numbers, averages and verdicts as formulas with the app's values.
  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['voicebot-cases']!;
  const c1 = rowOf(ws, 'Case 1 — Verdict (benefits − challenges)');
  expect(cell(ws, `D${c1}`).v).toBe(0.36);
  expect(cell(ws, `D${c1}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(cell(ws, `B${c1 + 1}`).v).toBe('Benefits outweigh challenges: supports using a voicebot');
  const be0 = rowOf(ws, CASE1.be[0]!);
  expect(cell(ws, `B${be0}`).v).toBe(5);
  expect(cell(ws, `C${be0}`).v).toBe(0.46);
  expect(cell(ws, `D${be0}`)).toEqual({ v: 2.3, f: expect.any(String) });
  const avg1 = rowOf(ws, 'Case 1 — Benefits — Weighted average');
  expect(cell(ws, `D${avg1}`).v).toBe(4.46);
  expect(cell(ws, `D${rowOf(ws, 'Case 2 — Verdict (benefits − challenges)')}`).v).toBe(-0.8);
  const c3 = rowOf(ws, 'Case 3 — Verdict (benefits − challenges)');
  expect(cell(ws, `D${c3}`).v).toBe(0);
  expect(cell(ws, `B${c3 + 1}`).v).toBe('A tie: benefits and challenges weigh the same');
  expect(cell(ws, `B${rowOf(ws, 'Case 3 — Title of your case')}`).v).toBe('Order status hotline');
  // The own case's rows as typed, in the user's order, the removed one absent.
  const own = rowOf(ws, 'Instant answers day and night');
  expect(cell(ws, `A${own + 1}`).v).toBe('Consultants free for complaints');
  expect(() => rowOf(ws, 'Temporary row')).toThrow();

  // Polish: labels, numbers with a decimal comma, verdict texts; axe clean too.
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Przypadek 1 — Werdykt')).toHaveText('0,36');
  const plPanel = page.getByRole('region', { name: 'Wyzwania i korzyści w poszczególnych przypadkach' });
  await expect(plPanel.getByRole('row', { name: /^Przypadek 2/ })).toContainText(
    '−0,80 Wyzwania przeważają nad korzyściami',
  );
  await expect(plPanel.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Przypadek 1: Wyzwania 4,10, Korzyści 4,46\. \+0,36/,
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module4-voicebot-pl.png`, fullPage: true });
  await plPanel.screenshot({ path: `${SHOTS}/module4-voicebot-chart-pl.png` });
});

test('crisis plan: risks scored and ranked, heat map, team, overdue review date, reload, export', async ({ page }) => {
  await createWorkbook(page, 'Kryzys i spółka');
  await openSheet(page, /Crisis management plan/);
  const panel = page.getByRole('region', { name: 'Risks by score and heat map' });
  const heat = panel.getByRole('table', { name: /^Heat map/ });
  const ranked = panel.getByRole('list', { name: 'Risks by score' });
  /** A heat-map cell: probability rows 5 (top) … 1, impact columns 1 … 5. */
  const heatCell = (probability: number, impact: number) =>
    heat
      .getByRole('row')
      .nth(2 + 5 - probability)
      .getByRole('cell')
      .nth(impact - 1);

  // The seed's example risk is there, unscored.
  await expect(page.getByLabel('Risk 1 — Description', { exact: true })).toHaveValue('Cyberattack');
  await expect(output(page, 'Highest risk score')).toHaveText('—');
  await expect(ranked.getByRole('listitem')).toHaveText([/Cyberattack\s*not scored yet/]);

  // Steps and team.
  await page
    .getByLabel('Step one: Choose the members of the crisis management team — Action', { exact: true })
    .fill('Owner and two managers meet');
  await page
    .getByLabel('Step one: Choose the members of the crisis management team — Result', { exact: true })
    .fill('A three-person team');
  await page.getByLabel('Team member 1 — Name', { exact: true }).fill('Ewa Kowalska');
  await page.getByLabel('Team member 1 — Role', { exact: true }).fill('Crisis team leader');
  await page.getByLabel('Team member 1 — Contact', { exact: true }).fill('ewa@example.com');

  // Risks: probability × impact.
  await page.getByLabel('Risk 1 — Probability (1–5)', { exact: true }).fill('3');
  await page.getByLabel('Risk 1 — Impact (1–5)', { exact: true }).fill('5');
  await expect(output(page, 'Risk 1 — Score (probability × impact)')).toHaveText('15');
  await page.getByLabel('Risk 2 — Description', { exact: true }).fill('Supplier delay');
  await page.getByLabel('Risk 2 — Probability (1–5)', { exact: true }).fill('4');
  await page.getByLabel('Risk 2 — Impact (1–5)', { exact: true }).fill('3');
  await page.getByLabel('Risk 3 — Description', { exact: true }).fill('Website outage');
  await page.getByLabel('Risk 3 — Probability (1–5)', { exact: true }).fill('4');
  await page.getByLabel('Risk 3 — Impact (1–5)', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Add a risk' }).click();
  // The new row's first input has the focus: type as a user would.
  await expect(page.getByLabel('Risk 4 — Description', { exact: true })).toBeFocused();
  await page.keyboard.type('Key employee leaves');
  await page.getByLabel('Risk 4 — Probability (1–5)', { exact: true }).fill('6');
  await expect(page.getByText('Probability must be a whole number from 1 to 5')).toBeVisible();
  await expect(output(page, 'Risk 4 — Score (probability × impact)')).toHaveText('—');
  await page.getByLabel('Risk 4 — Probability (1–5)', { exact: true }).fill('2');
  await page.getByLabel('Risk 4 — Impact (1–5)', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add a risk' }).click();
  await page.getByLabel('Risk 5 — Description', { exact: true }).fill('Fire in the warehouse');
  await page.getByLabel('Risk 5 — Probability (1–5)', { exact: true }).fill('1');
  await page.getByLabel('Risk 5 — Impact (1–5)', { exact: true }).fill('5');

  // Remove a risk, undo, it is back with its values.
  await page.getByRole('button', { name: 'Remove Risk 5' }).click();
  await expect(page.getByText('Risk 5 removed.')).toBeVisible();
  await expect(output(page, 'Number of risks')).toHaveText('4');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Risk 5 — Impact (1–5)', { exact: true })).toHaveValue('5');
  await expect(output(page, 'Number of risks')).toHaveText('5');
  await expect(page.getByText('Risk 5 removed.')).toHaveCount(0);

  // Reorder: equal scores keep the user's order, so moving Risk 3 up moves it ahead in the ranking.
  await page.getByRole('button', { name: 'Move Risk 3 up' }).click();
  await expect(page.getByLabel('Risk 2 — Description', { exact: true })).toHaveValue('Website outage');

  await expect(output(page, 'Highest risk score')).toHaveText('15');
  await expect(output(page, 'Top risks')).toHaveText('Cyberattack');
  await expect(ranked.getByRole('listitem')).toHaveText([
    /^Score 15\s*Cyberattack\s*Probability 3 × impact 5 · High$/,
    /^Score 12\s*Website outage\s*Probability 4 × impact 3 · High$/,
    /^Score 12\s*Supplier delay\s*Probability 4 × impact 3 · High$/,
    /^Score 5\s*Fire in the warehouse\s*Probability 1 × impact 5 · Medium$/,
    /^Score 4\s*Key employee leaves\s*Probability 2 × impact 2 · Low$/,
  ]);
  // Heat map cells: count and names where the risks are, nothing elsewhere.
  await expect(heatCell(4, 3)).toContainText('12, High');
  await expect(heatCell(4, 3)).toContainText('2 risks');
  await expect(heatCell(4, 3).getByRole('listitem')).toHaveText(['Website outage', 'Supplier delay']);
  await expect(heatCell(3, 5).getByRole('listitem')).toHaveText(['Cyberattack']);
  await expect(heatCell(2, 2).getByRole('listitem')).toHaveText(['Key employee leaves']);
  await expect(heatCell(1, 5)).toContainText('1 risk');
  await expect(heatCell(5, 5)).toContainText('25, Critical');
  await expect(heatCell(5, 5).getByRole('listitem')).toHaveCount(0);

  // A review date in the past: overdue, with what to do.
  const review = page.getByLabel('Next review date', { exact: true });
  await review.fill('2099-06-30');
  await expect(output(page, 'Review status')).toHaveText('Too far ahead');
  await review.fill('2020-01-15');
  await expect(output(page, 'Review status')).toHaveText('Overdue');
  await expect(page.getByText('The review date has passed: review the plan and set a new date')).toBeVisible();

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module4-crisis-en.png`, fullPage: true });
  await panel.screenshot({ path: `${SHOTS}/module4-heatmap-en.png` });
  await waitSaved(page);

  await page.reload();
  await expect(page.getByLabel('Risk 2 — Description', { exact: true })).toHaveValue('Website outage');
  await expect(page.getByLabel('Risk 5 — Description', { exact: true })).toHaveValue('Fire in the warehouse');
  await expect(page.getByLabel('Team member 1 — Name', { exact: true })).toHaveValue('Ewa Kowalska');
  await expect(page.getByLabel('Next review date', { exact: true })).toHaveValue('2020-01-15');
  await expect(output(page, 'Review status')).toHaveText('Overdue');
  await expect(output(page, 'Number of risks')).toHaveText('5');
  await expect(page.getByRole('list', { name: 'Risks by score' }).getByRole('listitem').first()).toContainText(
    'Cyberattack',
  );

  // Export: ranked rows with score formulas, heat map counts, results.
  const { book } = await downloadWorkbook(page);
  const ws = book.Sheets['crisis-plan']!;
  const first = rowOf(ws, 'Risk register (sorted by score)') + 2;
  const rankedRows = [0, 1, 2, 3, 4].map((k) => [cell(ws, `B${first + k}`).v, cell(ws, `E${first + k}`).v]);
  expect(rankedRows).toEqual([
    ['Cyberattack', 15],
    ['Website outage', 12],
    ['Supplier delay', 12],
    ['Fire in the warehouse', 5],
    ['Key employee leaves', 4],
  ]);
  expect(cell(ws, `A${first + 1}`).v).toBe('Risk 2');
  expect(cell(ws, `E${first}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(cell(ws, `C${first}`).v).toBe(3);
  const highest = rowOf(ws, 'Highest risk score');
  expect(cell(ws, `B${highest}`)).toEqual({ v: 15, f: expect.any(String) });
  expect(cell(ws, `B${rowOf(ws, 'Number of risks')}`).v).toBe(5);
  expect(cell(ws, `B${rowOf(ws, 'Top risks')}`).v).toBe('Cyberattack');
  // Heat map: probability 4 row, impact 3 column holds 2.
  const p4 = rowOf(ws, 'Probability \\ impact') + 2;
  expect(cell(ws, `A${p4}`).v).toBe(4);
  expect(cell(ws, `D${p4}`)).toEqual({ v: 2, f: expect.any(String) });
  const reviewRow = rowOf(ws, 'Next review date');
  expect(ws[`B${reviewRow}`]).toMatchObject({ t: 'n', v: 43845, z: 'yyyy-mm-dd' });
  expect(cell(ws, `B${reviewRow + 1}`).v).toBe('Overdue');
  expect(cell(ws, `B${reviewRow + 1}`).f).toEqual(expect.any(String)); // what it computes: src/lib/export/recalc.test.ts
  expect(cell(ws, `A${rowOf(ws, 'Team member 1')}`).v).toBe('Team member 1');
  expect(cell(ws, `B${rowOf(ws, 'Team member 1')}`).v).toBe('Ewa Kowalska');

  // Polish.
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(output(page, 'Status przeglądu')).toHaveText('Po terminie');
  const plPanel = page.getByRole('region', { name: 'Ryzyka według poziomu i mapa ryzyka' });
  await expect(plPanel.getByRole('list', { name: 'Ryzyka według poziomu' }).getByRole('listitem').first()).toHaveText(
    /^Poziom ryzyka 15\s*Cyberattack\s*Prawdopodobieństwo 3 × wpływ 5 · Wysokie$/,
  );
  await expect(plPanel.getByRole('table', { name: /^Mapa ryzyka/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/module4-crisis-pl.png`, fullPage: true });
  await plPanel.screenshot({ path: `${SHOTS}/module4-heatmap-pl.png` });
});
