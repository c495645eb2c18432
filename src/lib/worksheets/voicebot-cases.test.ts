import { describe, expect, it } from 'vitest';
import { CASES, voicebotCases, voicebotChart } from './voicebot-cases';
import { weightedColumns } from './weighted-table';
import { defaultProgress } from './progress';
import { pick, rowName, tableRows } from './helpers';
import type { Lang, ResultItem, SheetData, TableBlock, XCell, XSheet } from './types';
import { cellValue, obj } from './test-support';

const LANGS: Lang[] = ['en', 'pl'];
const tables = voicebotCases.blocks.filter((b): b is TableBlock => b.kind === 'table');
const allResults = (data: SheetData): ResultItem[] =>
  voicebotCases.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const result = (data: SheetData, id: string) => {
  const item = allResults(data).find((r) => r.id === id);
  if (!item) throw new Error(`no result ${id}`);
  return item;
};
const num = (item: ResultItem) => (item.shown.kind === 'num' ? item.shown.value : 'not a number');

/** Set cells of one row of a table (by index) in a copy of the data. */
function edit(data: SheetData, table: string, index: number, cells: Record<string, string>): SheetData {
  const copy: SheetData = structuredClone(data);
  const rows = copy.tables[table]!;
  rows[index] = { ...rows[index]!, cells: { ...rows[index]!.cells, ...cells } };
  return copy;
}

/** Excel helpers: a cell by A1 address, and every cell whose text or formula matches. */
function cellAt(sheet: XSheet, a1: string): XCell {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
}
const valueOf = (c: XCell) => (c !== null && typeof c === 'object' ? c.v : c);
function rowWith(sheet: XSheet, label: string): XCell[] {
  const r = sheet.rows.find((cells) => {
    const first = cells[0];
    return (typeof first === 'string' ? first : first && typeof first === 'object' ? first.v : undefined) === label;
  });
  if (!r) throw new Error(`no row "${label}"`);
  return r;
}

describe('voicebot-cases definition', () => {
  it('builds every table from the shared weighted-table columns (the same objects, not copies)', () => {
    expect(tables).toHaveLength(6);
    for (const c of CASES) {
      for (const t of [c.challenges, c.benefits]) {
        for (const col of weightedColumns) expect(t.columns).toContain(col);
      }
    }
  });

  it('has the seed rows: three challenges and three benefits in cases 1 and 2; case 3 editable', () => {
    const [c1, c2, c3] = CASES;
    expect(c1!.challenges.fixedRows!.map((r) => r.label.pl)).toEqual([
      'Wysoki koszt za bardzo prostą czynność',
      'Długie czasy oczekiwania na połączenie z konsultantem',
      'Infolinia otwarta tylko w określonych godzinach',
    ]);
    expect(c1!.benefits.fixedRows).toHaveLength(3);
    expect(c2!.challenges.fixedRows!.map((r) => r.label.pl)).toEqual([
      'Wysoki koszt ankieterów',
      'Ograniczona liczba przeprowadzonych ankiet',
      'Przedłużony czas trwania ankiet',
    ]);
    expect(c2!.benefits.fixedRows!.map((r) => r.label.pl)[2]).toBe(
      'Utrzymane poziomy dokładności i reaktywności ankieterów',
    );
    expect(c3!.challenges.editable).toBeDefined();
    expect(c3!.challenges.columns.map((c) => c.id)).toEqual(['label', 'rating', 'weight', 'product']);
    expect(c3!.benefits.columns.map((c) => c.id)).toEqual(['label', 'rating', 'weight', 'product']);
  });

  it('has a normalise block per table and the chart block', () => {
    const customs = voicebotCases.blocks.filter((b) => b.kind === 'custom');
    for (const t of tables) {
      expect(customs).toContainEqual({
        kind: 'custom',
        id: `${t.id}-normalise`,
        panel: 'normalise-weights',
        target: t.id,
      });
    }
    expect(customs.find((b) => b.id === 'chart')).toMatchObject({ panel: 'voicebot-chart' });
    const ids = voicebotCases.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(LANGS)('accessible names and result labels are unique (%s)', (lang) => {
    const data = voicebotCases.example(lang);
    const names: string[] = [];
    for (const b of voicebotCases.blocks) {
      if (b.kind === 'fields') names.push(...b.fields.map((f) => pick(f.label, lang)));
      if (b.kind === 'table') {
        tableRows(b, data).forEach((_r, i) => {
          for (const c of b.columns)
            if (c.kind !== 'computed') names.push(`${rowName(b, i, lang)} — ${pick(c.label, lang)}`);
        });
      }
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(lang === 'en' ? 'Challenge 2 — Rating' : 'Wyzwanie 2 — Ocena');
    expect(names).toContain(lang === 'en' ? 'Benefit 3 — Description' : 'Korzyść 3 — Opis');
    const labels = allResults(data).map((r) => pick(r.label, lang));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain(
      lang === 'en' ? 'Case 1 — Challenges — Weighted average' : 'Przypadek 1 — Wyzwania — Średnia ważona',
    );
    expect(labels).toContain(lang === 'en' ? 'Case 3 — Verdict' : 'Przypadek 3 — Werdykt');
  });
});

describe('initial', () => {
  it.each(LANGS)('seed rows empty, case 3 with three empty rows per table (%s)', (lang) => {
    const data = voicebotCases.initial(lang);
    for (const c of CASES.slice(0, 2)) {
      expect(data.tables[c.challenges.id]!.map((r) => r.id)).toEqual(['c1', 'c2', 'c3']);
      expect(data.tables[c.benefits.id]!.map((r) => r.id)).toEqual(['b1', 'b2', 'b3']);
    }
    for (const id of ['case3-challenges', 'case3-benefits']) {
      const rows = data.tables[id]!;
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map((r) => r.id)).size).toBe(3);
      for (const r of rows) expect(r.cells).toEqual({});
    }
    // 2 cases × 6 rows × 2 inputs + 6 own rows × 3 inputs + the title.
    expect(defaultProgress(voicebotCases, data)).toEqual({ answered: 0, total: 24 + 18 + 1 });
  });

  it('shows no fake numbers: every result undefined, each verdict saying what is missing', () => {
    const data = voicebotCases.initial('en');
    for (const item of allResults(data)) expect(item.shown.value).toBeUndefined();
    expect(result(data, 'case1-verdict').missing).toMatchObject({
      en: 'Challenges: rate and weigh every challenge. Benefits: rate and weigh every benefit',
      pl: 'Wyzwania: brakuje ocen i wag wszystkich wyzwań. Korzyści: brakuje ocen i wag wszystkich korzyści',
    });
  });
});

describe('example and results', () => {
  it.each(LANGS)('is complete and gives the hand-computed results (%s)', (lang) => {
    const data = voicebotCases.example(lang);
    const p = defaultProgress(voicebotCases, data);
    expect(p.answered).toBe(p.total);
    const expected: Record<string, number> = {
      'case1-challenges-weighted-average': 4.1, // 4·0.3 + 5·0.4 + 3·0.3
      'case1-benefits-weighted-average': 4.4, // 5·0.4 + 4·0.4 + 4·0.2
      'case1-verdict': 0.3,
      'case2-challenges-weighted-average': 3.5, // 4·0.5 + 3·0.3 + 3·0.2
      'case2-benefits-weighted-average': 3.1, // 4·0.4 + 3·0.3 + 2·0.3
      'case2-verdict': -0.4,
      'case3-challenges-weighted-average': 4.3, // 5·0.5 + 3·0.2 + 4·0.3
      'case3-benefits-weighted-average': 4.7, // 5·0.4 + 5·0.3 + 4·0.3
      'case3-verdict': 0.4,
    };
    for (const [id, value] of Object.entries(expected)) expect(num(result(data, id)), id).toBe(value);
    for (const c of ['case1', 'case2', 'case3']) {
      expect(num(result(data, `${c}-challenges-total-weight`))).toBe(1);
      expect(num(result(data, `${c}-benefits-total-weight`))).toBe(1);
    }
    expect(result(data, 'case1-verdict').tone).toBe('good');
    expect(result(data, 'case2-verdict').tone).toBe('bad');
    expect(pick(result(data, 'case2-verdict').detail!, 'en')).toMatch(/argues against/);
    // Case 3's detail names the user's case, as typed.
    expect(pick(result(data, 'case3-verdict').detail!, lang)).toMatch(
      lang === 'en' ? /^Service booking line/ : /^Infolinia do umawiania wizyt/,
    );
  });

  it('weights not totalling 1: no average (a provisional one on the 1–5 scale), verdict withheld with the total to fix', () => {
    const data = edit(voicebotCases.example('en'), 'case1-benefits', 2, { weight: '0.1' });
    // Σ rating × weight is 4.0 over weights totalling 0.9: 4.44 with the weights scaled to 1.
    const avg = result(data, 'case1-benefits-weighted-average');
    expect(num(avg)).toBeUndefined();
    expect(avg.missing).toMatchObject({
      en: 'Weights total 0.90 — add 0.10 to reach 1. Provisional, with the weights scaled to 1: 4.44',
      pl: 'Wagi sumują się do 0,90 — dodaj 0,10, aby było 1. Wstępnie, po przeskalowaniu wag do 1: 4,44',
    });
    expect(num(result(data, 'case1-benefits-total-weight'))).toBe(0.9);
    const v = result(data, 'case1-verdict');
    expect(v.shown.value).toBeUndefined();
    expect(v.missing).toMatchObject({
      en: 'Benefits: weights must total 1 (0.90 — add 0.10)',
      pl: 'Korzyści: wagi muszą sumować się do 1 (0,90 — dodaj 0,10)',
    });
  });

  it('a rating typed out of range is left out and named', () => {
    const data = edit(voicebotCases.example('en'), 'case2-challenges', 1, { rating: '7' });
    expect(result(data, 'case2-verdict').shown.value).toBeUndefined();
    expect(pick(result(data, 'case2-verdict').missing!, 'en')).toBe('Challenges: rate challenge 2');
    // The other cases are untouched.
    expect(num(result(data, 'case1-verdict'))).toBe(0.3);
  });

  it('a tie and decimal commas', () => {
    let data = voicebotCases.example('pl');
    data = edit(data, 'case1-benefits', 0, { rating: '4', weight: '0,3' });
    data = edit(data, 'case1-benefits', 1, { rating: '5', weight: '0,4' });
    data = edit(data, 'case1-benefits', 2, { rating: '3', weight: '0,3' });
    const v = result(data, 'case1-verdict');
    expect(v.shown.value).toBe(0);
    expect(v.tone).toBe('neutral');
    expect(pick(v.detail!, 'pl')).toMatch(/^Remis/);
  });

  it('case 3 with a removed row and an added row still scores', () => {
    const data = structuredClone(voicebotCases.example('en'));
    data.tables['case3-challenges'] = data.tables['case3-challenges']!.slice(0, 2);
    data.tables['case3-challenges']![0]!.cells['weight'] = '0.8'; // 5·0.8 + 3·0.2 = 4.6
    expect(num(result(data, 'case3-challenges-weighted-average'))).toBe(4.6);
    expect(num(result(data, 'case3-verdict'))).toBe(0.1);
  });

  it('case 3 with no rows says so', () => {
    const data = structuredClone(voicebotCases.example('en'));
    data.tables['case3-benefits'] = [];
    expect(pick(result(data, 'case3-verdict').missing!, 'en')).toBe('Benefits: add at least one row');
  });

  it('summary: the three verdicts', () => {
    const s = voicebotCases.summary(voicebotCases.example('en'));
    expect(s.map((i) => [i.id, i.shown.value])).toEqual([
      ['case1-verdict', 0.3],
      ['case2-verdict', -0.4],
      ['case3-verdict', 0.4],
    ]);
  });

  it('chart data: both averages and the verdict per case', () => {
    const data = edit(voicebotCases.example('en'), 'case2-benefits', 0, { weight: '' });
    const chart = voicebotChart(data);
    expect(chart.map((c) => c.id)).toEqual(['case1', 'case2', 'case3']);
    expect(chart[0]).toMatchObject({
      challenges: 4.1,
      benefits: 4.4,
      challengesComplete: true,
      benefitsComplete: true,
    });
    expect(chart[0]!.verdict.value).toBe(0.3);
    expect(chart[1]).toMatchObject({ challenges: 3.5, benefits: undefined, benefitsComplete: false });
    expect(chart[1]!.verdict.value).toBeUndefined();
    expect(chart[2]!.label.en).toBe('Case 3: Service booking line of our bike workshop');
    expect(chart[0]!.label).toMatchObject({ en: 'Case 1', pl: 'Przypadek 1' });
  });
});

describe('excel', () => {
  it.each(LANGS)('formulas carry the app values as cached values (%s)', (lang) => {
    const data = voicebotCases.example(lang);
    const sheet = voicebotCases.excel(data, lang);
    const verdictLabel = (n: number) =>
      lang === 'en' ? `Case ${n} — Verdict (benefits − challenges)` : `Przypadek ${n} — Werdykt (korzyści − wyzwania)`;
    const expected = [0.3, -0.4, 0.4];
    expected.forEach((value, i) => {
      const row = rowWith(sheet, verdictLabel(i + 1));
      const cell = row[3] as { f: string; v: number };
      expect(cell.v).toBe(value);
      // The formula subtracts the challenges' average from the benefits' average: check those cells.
      const m = /ROUND\((D\d+)-(D\d+),2\)/.exec(cell.f)!;
      const avgs = [
        [4.1, 4.4],
        [3.5, 3.1],
        [4.3, 4.7],
      ][i]!;
      expect(valueOf(cellAt(sheet, m[2]!))).toBe(avgs[0]);
      expect(valueOf(cellAt(sheet, m[1]!))).toBe(avgs[1]);
      expect(cell.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
      // The lean text under it.
      const idx = sheet.rows.indexOf(row);
      const lean = sheet.rows[idx + 1]![1] as { f: string; v: string };
      expect(lean.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
      expect(lean.v).toBe(
        pick(
          value > 0
            ? {
                en: 'Benefits outweigh challenges: supports using a voicebot',
                pl: 'Korzyści przeważają nad wyzwaniami: przemawia za voicebotem',
                zh: '收益大于挑战：支持使用语音机器人',
              }
            : {
                en: 'Challenges outweigh benefits: argues against a voicebot',
                pl: 'Wyzwania przeważają nad korzyściami: przemawia przeciw voicebotowi',
                zh: '挑战大于收益：不建议使用语音机器人',
              },
          lang,
        ),
      );
    });
    // Row products of case 1's first challenge: 4 × 0.3.
    const first = rowWith(
      sheet,
      lang === 'en' ? 'High cost of a very simple task' : 'Wysoki koszt za bardzo prostą czynność',
    );
    expect(cellValue(first[1])).toBe(4);
    expect(cellValue(first[2])).toBe(0.3);
    expect(valueOf(first[3]!)).toBe(1.2);
    // Case 3: the user's title and row labels as typed values, tagged as inputs.
    const title = rowWith(
      sheet,
      lang === 'en' ? 'Case 3 — Title of your case' : 'Przypadek 3 — Tytuł Twojego przypadku',
    );
    expect(cellValue(title[1])).toBe(data.fields['case3-title']);
    expect(obj(title[1])?.input).toEqual({ field: 'case3-title' });
    const ownLabel = data.tables['case3-benefits']![1]!.cells['label'] as string;
    expect(valueOf(rowWith(sheet, ownLabel)[3]!)).toBe(1.5);
  });

  it('incomplete cases: empty cached verdicts, formulas kept; bad input written as typed', () => {
    const data = edit(voicebotCases.initial('en'), 'case1-challenges', 0, { rating: 'five', weight: '0,5' });
    const sheet = voicebotCases.excel(data, 'en');
    for (const n of [1, 2, 3]) {
      const cell = rowWith(sheet, `Case ${n} — Verdict (benefits − challenges)`)[3] as { f: string; v: unknown };
      expect(cell.v).toBe('');
      expect(cell.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    }
    const first = rowWith(sheet, 'High cost of a very simple task');
    expect(cellValue(first[1])).toBe('five');
    expect(obj(first[1])?.f).toBeUndefined();
    expect(obj(first[1])?.input).toEqual({
      table: 'case1-challenges',
      row: data.tables['case1-challenges']![0]!.id,
      col: 'rating',
    });
    expect(cellValue(first[2])).toBe(0.5);
    // An unnamed own row shows its stand-in name, which reads back as empty.
    expect(rowWith(sheet, 'Challenge 1')[0]).toEqual({
      v: 'Challenge 1',
      input: { table: 'case3-challenges', row: data.tables['case3-challenges']![0]!.id, col: 'label' },
      emptyAs: 'Challenge 1',
    });
    expect(valueOf(first[3]!)).toBe('');
  });

  it('no formula contains user text', () => {
    const data = structuredClone(voicebotCases.example('en'));
    data.fields['case3-title'] = '=HYPERLINK("http://x")';
    data.tables['case3-challenges']![0]!.cells['label'] = '"); DROP';
    const sheet = voicebotCases.excel(data, 'en');
    for (const row of sheet.rows) {
      for (const c of row) {
        if (c && typeof c === 'object' && c.f) {
          expect(c.f).not.toContain('HYPERLINK');
          expect(c.f).not.toContain('DROP');
        }
      }
    }
  });
});
