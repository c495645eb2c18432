import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crisisPlan, riskView } from './crisis-plan';
import { defaultProgress } from './progress';
import { pick, row, rowName, tableRows } from './helpers';
import type { Lang, ResultItem, SheetData, XCell, XSheet } from './types';
import { cellValue, obj } from './test-support';

const LANGS: Lang[] = ['en', 'pl'];

// Today is fixed: 29 February 2024, noon local time.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2024, 1, 29, 12, 0, 0));
});
afterEach(() => vi.useRealTimers());

const results = (data: SheetData): ResultItem[] =>
  crisisPlan.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const result = (data: SheetData, id: string) => results(data).find((r) => r.id === id)!;
const shownText = (item: ResultItem, lang: Lang) => {
  if (item.shown.kind !== 'text' || item.shown.value === undefined) return undefined;
  return pick(item.shown.value, lang);
};

function withRisks(risks: Record<string, string>[], review = ''): SheetData {
  const data = crisisPlan.initial('en');
  data.tables['risks'] = risks.map((cells) => row(cells));
  data.fields['next-review'] = review;
  return data;
}

function rowWith(sheet: XSheet, label: string): XCell[] {
  const r = sheet.rows.find((cells) => {
    const first = cells[0];
    return (typeof first === 'string' ? first : first && typeof first === 'object' ? first.v : first) === label;
  });
  if (!r) throw new Error(`no row "${label}"`);
  return r;
}
const valueOf = (c: XCell | undefined) => (c !== null && c !== undefined && typeof c === 'object' ? c.v : c);

describe('crisis-plan definition', () => {
  it('has the seed six steps with their descriptions, and action + result columns', () => {
    const steps = crisisPlan.blocks.find((b) => b.id === 'steps');
    expect(steps?.kind).toBe('table');
    if (steps?.kind !== 'table') return;
    expect(steps.fixedRows!.map((r) => r.label.pl)).toEqual([
      'Krok pierwszy: Wybierz członków zespołu zarządzania kryzysowego',
      'Krok drugi: Oceń ryzyka',
      'Krok trzeci: Określ wpływ na firmę',
      'Krok czwarty: Zaplanuj strategię',
      'Krok piąty: Skonkretyzuj plan',
      'Krok szósty: Przeglądaj plan i aktualizuj go w razie potrzeby',
    ]);
    for (const r of steps.fixedRows!) expect(r.description?.en && r.description.pl).toBeTruthy();
    expect(steps.fixedRows![5]!.description!.pl).toMatch(/co najmniej raz w roku/);
    expect(steps.columns.map((c) => [c.id, c.kind])).toEqual([
      ['action', 'longtext'],
      ['result', 'longtext'],
    ]);
  });

  it('has the heat-map panel and a date field', () => {
    expect(crisisPlan.blocks).toContainEqual(
      expect.objectContaining({ kind: 'custom', id: 'heatmap', panel: 'risk-heatmap' }),
    );
    const review = crisisPlan.blocks.find((b) => b.kind === 'fields' && b.id === 'review');
    expect(review?.kind === 'fields' && review.fields[0]?.kind).toBe('date');
  });

  it.each(LANGS)('accessible names are unique (%s)', (lang) => {
    const data = crisisPlan.example(lang);
    const names: string[] = [];
    for (const b of crisisPlan.blocks) {
      if (b.kind === 'fields') names.push(...b.fields.map((f) => pick(f.label, lang)));
      if (b.kind === 'table') {
        tableRows(b, data).forEach((_r, i) => {
          for (const c of b.columns)
            if (c.kind !== 'computed') names.push(`${rowName(b, i, lang)} — ${pick(c.label, lang)}`);
        });
      }
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(lang === 'en' ? 'Risk 2 — Probability (1–5)' : 'Ryzyko 2 — Prawdopodobieństwo (1–5)');
    expect(names).toContain(lang === 'en' ? 'Team member 1 — Contact' : 'Członek zespołu 1 — Kontakt');
  });
});

describe('initial', () => {
  it.each(LANGS)('six empty steps, three team rows, the seed cyberattack risk and two empty ones (%s)', (lang) => {
    const data = crisisPlan.initial(lang);
    expect(data.tables['steps']!.map((r) => r.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(data.tables['team']).toHaveLength(3);
    const risks = data.tables['risks']!;
    expect(risks).toHaveLength(3);
    expect(risks[0]!.cells['risk']).toBe(lang === 'en' ? 'Cyberattack' : 'Cyberatak');
    expect(new Set([...risks, ...data.tables['team']!].map((r) => r.id)).size).toBe(6);
    // 6 × 2 steps + the activation protocol (step 5) + 3 × 3 team + 3 × 5 risks + the date; the seed risk answers two.
    expect(defaultProgress(crisisPlan, data)).toEqual({ answered: 2, total: 12 + 1 + 9 + 15 + 1 });
  });

  it('no fake numbers', () => {
    const data = crisisPlan.initial('en');
    expect(result(data, 'risk-count').shown.value).toBe(1);
    expect(result(data, 'risk-count').detail).toMatchObject({ en: '1 not scored yet', pl: 'Bez oceny: 1' });
    expect(result(data, 'highest-score').shown.value).toBeUndefined();
    expect(result(data, 'top-risks').shown.value).toBeUndefined();
    expect(pick(result(data, 'top-risks').missing!, 'en')).toBe('Rate the probability and impact of at least one risk');
    expect(result(data, 'review-status').shown.value).toBeUndefined();
    expect(pick(result(data, 'review-status').missing!, 'pl')).toBe('Wpisz datę następnego przeglądu');
    const empty = withRisks([{}, {}]);
    expect(result(empty, 'risk-count').shown.value).toBeUndefined();
  });
});

describe('example and results', () => {
  it.each(LANGS)('complete, coherent results (%s)', (lang) => {
    const data = crisisPlan.example(lang);
    const p = defaultProgress(crisisPlan, data);
    expect(p.answered).toBe(p.total);
    expect(data.fields['next-review']).toBe('2024-08-29'); // six months on
    expect(result(data, 'risk-count').shown.value).toBe(5);
    expect(result(data, 'highest-score').shown.value).toBe(15);
    expect(shownText(result(data, 'top-risks'), lang)).toBe(
      lang === 'en' ? 'Cyberattack on the online shop' : 'Cyberatak na sklep internetowy',
    );
    expect(shownText(result(data, 'review-status'), lang)).toBe(lang === 'en' ? 'On schedule' : 'W terminie');
    expect(result(data, 'review-status').tone).toBe('good');
    // 15, then the two 12s in the user's order, 8, 6.
    expect(riskView(data).ranked.map((r) => [r.index, r.score])).toEqual([
      [0, 15],
      [1, 12],
      [2, 12],
      [3, 8],
      [4, 6],
    ]);
  });

  it('ties at the top list every tied risk; an unnamed risk is called by its row name', () => {
    const data = withRisks([
      { risk: 'Flood', probability: '2', impact: '5' },
      { probability: '5', impact: '2' },
      { risk: 'Fire', probability: '1', impact: '5' },
      { risk: 'Strike', probability: '5', impact: '2' },
    ]);
    const top = result(data, 'top-risks');
    expect(top.shown.value).toMatchObject({ en: 'Flood; Risk 2; Strike', pl: 'Flood; Ryzyko 2; Strike' });
    expect(result(data, 'highest-score').shown.value).toBe(10);
    expect(top.tone).toBe('bad');
  });

  it('invalid probability or impact is left out; the count says how many are unscored', () => {
    const data = withRisks([
      { risk: 'A', probability: '6', impact: '2' },
      { risk: 'B', probability: '2,5', impact: '2' },
      { risk: 'C', probability: '3', impact: '3' },
      {},
    ]);
    expect(result(data, 'risk-count').shown.value).toBe(3);
    expect(pick(result(data, 'risk-count').detail!, 'en')).toBe('2 not scored yet');
    expect(result(data, 'highest-score').shown.value).toBe(9);
    const view = riskView(data);
    expect(view.ranked.map((r) => r.label.en)).toEqual(['C', 'A', 'B']); // blank row 4 left out
    expect(view.matrix[2]![2]!.labels).toMatchObject([{ en: 'C', pl: 'C' }]);
  });

  it('the score column computes probability × impact', () => {
    const risks = crisisPlan.blocks.find((b) => b.id === 'risks');
    if (risks?.kind !== 'table') throw new Error('risks');
    const score = risks.columns.find((c) => c.id === 'score');
    if (score?.kind !== 'computed') throw new Error('score');
    const data = withRisks([]);
    expect(score.compute(row({ probability: '4', impact: '5' }), data).value).toBe(20);
    expect(score.compute(row({ probability: '4', impact: '' }), data).value).toBeUndefined();
    expect(score.compute(row({ probability: '0', impact: '5' }), data).value).toBeUndefined();
  });

  it('heat map: counts and names per cell', () => {
    const m = riskView(crisisPlan.example('en')).matrix;
    expect(m[2]![4]!.labels.map((t) => t.en)).toEqual(['Cyberattack on the online shop']); // p3 × i5
    expect(m[3]![2]!.indexes).toEqual([1]); // p4 × i3
    expect(m.flat().reduce((n, c) => n + c.indexes.length, 0)).toBe(5);
  });

  it.each([
    ['2024-02-28', 'overdue', 'Overdue', 'bad'],
    ['2024-02-29', 'due-soon', 'Due soon', 'warn'],
    ['2024-03-30', 'due-soon', 'Due soon', 'warn'],
    ['2024-03-31', 'ok', 'On schedule', 'good'],
    ['2025-02-28', 'ok', 'On schedule', 'good'],
    ['2025-03-01', 'too-far', 'Too far ahead', 'warn'],
  ])('review date %s (today 2024-02-29) → %s', (date, _status, text, tone) => {
    const item = result(withRisks([], date), 'review-status');
    expect(shownText(item, 'en')).toBe(text);
    expect(item.tone).toBe(tone);
  });

  it('too far ahead says the latest date allowed; an invalid date asks for a valid one', () => {
    expect(pick(result(withRisks([], '2026-01-01'), 'review-status').detail!, 'en')).toBe(
      'Review at least once a year: set a date no later than 2025-02-28',
    );
    const bad = result(withRisks([], '2025-02-29'), 'review-status');
    expect(bad.shown.value).toBeUndefined();
    expect(pick(bad.missing!, 'en')).toBe('Enter a valid date (yyyy-mm-dd)');
  });

  it('summary: top risks, highest score, review status', () => {
    const s = crisisPlan.summary(crisisPlan.example('en'));
    expect(s.map((i) => i.id)).toEqual(['top-risks', 'highest-score', 'review-status']);
  });
});

describe('excel', () => {
  it.each(LANGS)('risks sorted with score formulas and cached values; results and heat map (%s)', (lang) => {
    const data = crisisPlan.example(lang);
    const sheet = crisisPlan.excel(data, lang);
    const risk = lang === 'en' ? 'Risk' : 'Ryzyko';
    const order = [1, 2, 3, 4, 5].map((n) => sheet.rows.findIndex((r) => r[0] === `${risk} ${n}`));
    // Rows written in ranked order: 1 (15), 2 (12), 3 (12), 4 (8), 5 (6).
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const scores = order.map((i) => sheet.rows[i]![4] as { f: string; v: number });
    expect(scores.map((c) => c.v)).toEqual([15, 12, 12, 8, 6]);
    expect(scores[0]!.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(sheet.rows[order[0]!]!.slice(2, 4).map(cellValue)).toEqual([3, 5]);

    const count = rowWith(sheet, lang === 'en' ? 'Number of risks' : 'Liczba ryzyk')[1] as { f: string; v: number };
    expect(count).toMatchObject({ f: expect.any(String), v: 5 });
    const highest = rowWith(sheet, lang === 'en' ? 'Highest risk score' : 'Najwyższy poziom ryzyka')[1] as {
      f: string;
      v: number;
    };
    expect(highest).toMatchObject({ f: expect.any(String), v: 15 });
    const top = rowWith(sheet, lang === 'en' ? 'Top risks' : 'Najpoważniejsze ryzyka')[1] as { f: string; v: string };
    expect(top).toMatchObject({
      f: expect.any(String),
      v: lang === 'en' ? 'Cyberattack on the online shop' : 'Cyberatak na sklep internetowy',
    });

    // Heat map: rows probability 5…1, columns impact 1…5, COUNTIFS with cached counts.
    const header = sheet.rows.findIndex((r) => r[1] === 1 && r[5] === 5);
    const grid = sheet.rows.slice(header + 1, header + 6);
    expect(grid.map((r) => r[0])).toEqual([5, 4, 3, 2, 1]);
    const counts = grid.map((r) => r.slice(1).map((c) => valueOf(c)));
    expect(counts).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 1, 1],
      [0, 0, 1, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect((grid[2]![5] as { f: string }).f).toEqual(expect.any(String)); // what it computes: recalc.test.ts

    // Review date as a real date (Excel serial) and the status formula with today's cached value.
    const date = rowWith(sheet, lang === 'en' ? 'Next review date' : 'Data następnego przeglądu');
    expect(date[1]).toEqual({ v: 45533, z: 'yyyy-mm-dd', input: { field: 'next-review' } }); // 2024-08-29
    const status = rowWith(sheet, lang === 'en' ? 'Review status' : 'Status przeglądu')[1] as { f: string; v: string };
    expect(status.v).toBe(lang === 'en' ? 'On schedule' : 'W terminie');
    expect(status.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(status.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });

  it('ties at the top: the formula joins the first rows; unnamed risk falls back to its row name', () => {
    const data = withRisks([
      { risk: 'Flood', probability: '2', impact: '5' },
      { probability: '5', impact: '2' },
      { risk: 'Fire', probability: '1', impact: '1' },
    ]);
    const sheet = crisisPlan.excel(data, 'en');
    const top = rowWith(sheet, 'Top risks')[1] as { f: string; v: string };
    expect(top.v).toBe('Flood; Risk 2');
    expect(top.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });

  it('empty register and bad inputs: no fake values, text kept as typed', () => {
    const data = withRisks([{ risk: 'A', probability: 'high', impact: '3' }, {}], 'soon');
    const sheet = crisisPlan.excel(data, 'en');
    const a = rowWith(sheet, 'Risk 1');
    expect(cellValue(a[2])).toBe('high');
    expect(obj(a[2])?.f).toBeUndefined();
    expect(obj(a[2])?.input).toEqual({ table: 'risks', row: data.tables['risks']![0]!.id, col: 'probability' });
    expect(valueOf(a[4])).toBe('');
    expect(() => rowWith(sheet, 'Risk 2')).toThrow(); // blank row left out
    expect(rowWith(sheet, 'Number of risks')[1]).toMatchObject({ v: 1 });
    expect(valueOf(rowWith(sheet, 'Highest risk score')[1])).toBe('');
    expect(valueOf(rowWith(sheet, 'Top risks')[1])).toBe('');
    expect(cellValue(rowWith(sheet, 'Next review date')[1])).toBe('soon');
    expect(valueOf(rowWith(sheet, 'Review status')[1])).toBe('');

    const none = crisisPlan.excel(withRisks([{}]), 'en');
    expect(rowWith(none, 'Number of risks')[1]).toBeNull();
    expect(cellValue(rowWith(none, 'Next review date')[1])).toBeNull();
  });

  it('no formula contains user text', () => {
    const data = withRisks(
      [{ risk: '=CMD|" /C calc"!A0', probability: '5', impact: '5', owner: '"),("', response: 'x' }],
      '2024-05-01',
    );
    const sheet = crisisPlan.excel(data, 'en');
    for (const r of sheet.rows) {
      for (const c of r) if (c && typeof c === 'object' && c.f) expect(c.f).not.toMatch(/CMD|\),\(/);
    }
  });
});

describe('step 5: the activation protocol the seed asks for', () => {
  it.each(LANGS)('has a field, counted, read back from Excel (%s)', (lang) => {
    const data = crisisPlan.example(lang);
    expect(typeof data.fields['activation-protocol']).toBe('string');
    const sheet = crisisPlan.excel(data, lang);
    const cell = sheet.rows
      .flat()
      .find(
        (c) =>
          c !== null &&
          typeof c === 'object' &&
          'input' in c &&
          JSON.stringify(c.input) === '{"field":"activation-protocol"}',
      );
    expect(cell).toMatchObject({ v: data.fields['activation-protocol'] });
  });
});
