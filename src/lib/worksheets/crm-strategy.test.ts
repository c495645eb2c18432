import { describe, expect, it } from 'vitest';
import { completionShare } from './progress';
import { crmStrategy } from './crm-strategy';
import { defaultProgress } from './progress';
import { emptySheet, pick } from './helpers';
import type { Lang, ResultItem, SheetData, XSheet } from './types';
import { cellValue, obj, resultCell } from './test-support';

const LANGS: Lang[] = ['en', 'pl'];
const fieldsOf = () => crmStrategy.blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : []));
const resultsOf = (data: SheetData): ResultItem[] =>
  crmStrategy.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const item = (data: SheetData, id: string) => {
  const r = resultsOf(data).find((i) => i.id === id);
  if (!r) throw new Error(`no result ${id}`);
  return r;
};
const num = (r: ResultItem) => (r.shown.kind === 'num' ? r.shown.value : NaN);

/** The value cell (column B) of the results row labelled `label`. */

/** A plain value of a sheet cell by A1 ref. */
function at(sheet: XSheet, a1: string): unknown {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  const cell = sheet.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
  return cell !== null && typeof cell === 'object' ? cell.v : cell;
}

/** Evaluates the COUNTIF sums this module writes: COUNTIF(D5:D9,"Yes")+COUNTIF(D12,"Yes"). */
function evalCountifs(sheet: XSheet, f: string): number {
  let n = 0;
  for (const m of f.matchAll(/COUNTIF\(([A-Z])(\d+)(?::[A-Z](\d+))?,"([^"]*)"\)/g)) {
    const [, col, a, z, crit] = m;
    for (let r = Number(a); r <= Number(z ?? a); r++) if (at(sheet, `${col}${r}`) === crit) n++;
  }
  return n;
}

describe('crm-strategy definition', () => {
  it('has seven steps with unique field ids and unique labels (fields and results) in both languages', () => {
    expect(crmStrategy.blocks.filter((b) => b.kind === 'fields')).toHaveLength(7);
    const fields = fieldsOf();
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
    for (const lang of LANGS) {
      const labels = [
        ...fields.map((f) => f.label[lang]),
        ...resultsOf(emptySheet()).map((r) => (typeof r.label === 'string' ? r.label : r.label[lang])),
      ];
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(fields.find((f) => f.id === 's3-teams')?.label.en).toBe(
      'Step 3 — Which teams interact with customers at this stage?',
    );
  });

  it('counts the seed items: SMART parts, 3 activities, 7 + 9 + 5 questions', () => {
    const kinds = (prefix: string, kind: string) =>
      fieldsOf().filter((f) => f.id.startsWith(prefix) && f.kind === kind).length;
    expect(kinds('s2-', 'check')).toBe(3);
    expect(kinds('s3-', 'longtext')).toBe(7);
    expect(kinds('s4-', 'check')).toBe(9);
    expect(kinds('s4-', 'text')).toBe(9);
    expect(kinds('s5-', 'longtext')).toBe(5);
    expect(fieldsOf().find((f) => f.id === 's7-cost')).toMatchObject({
      kind: 'money',
      rule: { min: 0, integer: false },
    });
  });

  it('initial data: currency EUR in English, PLN in Polish, nothing counted as answered', () => {
    expect(crmStrategy.initial('en').fields['currency']).toBe('EUR');
    expect(crmStrategy.initial('pl').fields['currency']).toBe('PLN');
    const p = defaultProgress(crmStrategy, crmStrategy.initial('en'));
    // 5 + 3 + 7 + 9 + 5 + 1 + 3 (currency, notes and "how" are optional).
    expect(p).toEqual({ answered: 0, total: 33 });
  });
});

describe('crm-strategy results', () => {
  it('empty: every step at 0 %, cost missing', () => {
    const data = crmStrategy.initial('en');
    for (let s = 1; s <= 7; s++) expect(num(item(data, `progress-step${s}`))).toBe(0);
    expect(item(data, 'progress-overall').detail).toMatchObject({ en: '0 of 33 answered', pl: 'uzupełniono 0 z 33' });
    expect(item(data, 'estimated-cost').shown.value).toBeUndefined();
  });

  it('partial: counts per step, optional inputs ignored, invalid cost not counted', () => {
    const data = crmStrategy.initial('en');
    Object.assign(data.fields, {
      's1-vision': 'Grow',
      's1-metric': '  ',
      's2-consult': 'yes',
      's2-surveys': '',
      's2-notes': 'only a note',
      's4-sales': 'yes',
      's4-sales-how': 'pipeline',
      's7-system': 'X',
      's7-cost': 'a lot',
    });
    expect(num(item(data, 'progress-step1'))).toBe(completionShare(1, 5));
    expect(num(item(data, 'progress-step2'))).toBe(completionShare(1, 3));
    expect(num(item(data, 'progress-step4'))).toBe(completionShare(1, 9));
    expect(num(item(data, 'progress-step7'))).toBe(completionShare(1, 3));
    expect(item(data, 'progress-overall').detail).toMatchObject({ en: '4 of 33 answered', pl: 'uzupełniono 4 z 33' });
    expect(item(data, 'estimated-cost').shown.value).toBeUndefined();
  });

  it('formats the estimated cost with the currency (decimal comma accepted)', () => {
    const data = crmStrategy.initial('pl');
    data.fields['s7-cost'] = '12000,5';
    const v = item(data, 'estimated-cost').shown.value;
    expect(typeof v === 'object' && v.pl.replace(/\s/g, ' ')).toBe('12 000,50 zł');
    expect(typeof v === 'object' && v.en.replace(/\s/g, ' ')).toBe('PLN 12,000.50');
    data.fields['currency'] = '';
    const plain = item(data, 'estimated-cost').shown.value;
    expect(typeof plain === 'object' && plain.en).toBe('12,000.50');
  });

  it.each(LANGS)('example (%s) is complete and has a multi-line answer', (lang) => {
    const data = crmStrategy.example(lang);
    const p = defaultProgress(crmStrategy, data);
    expect(p.answered).toBe(p.total);
    for (const f of fieldsOf()) expect(data.fields[f.id], f.id).toBeTruthy();
    expect(Object.values(data.fields).some((v) => typeof v === 'string' && v.split('\n').length >= 3)).toBe(true);
    for (const r of resultsOf(data)) expect(r.shown.value, r.id).not.toBeUndefined();
    expect(num(item(data, 'progress-overall'))).toBe(1);
    expect(crmStrategy.summary(data).map((r) => r.id)).toEqual(['progress-overall', 'estimated-cost']);
  });
});

describe('crm-strategy Excel', () => {
  const cases: [string, (lang: Lang) => SheetData][] = [
    ['initial', (l) => crmStrategy.initial(l)],
    ['example', (l) => crmStrategy.example(l)],
    [
      'partial',
      (l) => {
        const d = crmStrategy.example(l);
        for (const k of ['s1-metric', 's2-surveys', 's3-want', 's4-hr', 's4-leads', 's7-users']) delete d.fields[k];
        d.fields['s7-cost'] = '-5';
        return d;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it.each(LANGS)(`${name} (%s): cached values equal the results and the COUNTIF formulas`, (lang) => {
      const data = make(lang);
      const sheet = crmStrategy.excel(data, lang);
      for (const r of resultsOf(data)) {
        const label = pick(r.label, lang);
        const cell = resultCell(sheet, label);
        if (r.shown.kind === 'num') {
          expect(cell.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
          expect(cell.v, label).toBe(r.shown.value);
          const row = sheet.rows.find((x) => x[1] === cell)!;
          const count = row[2] as { f: string; v: number };
          expect(count.v).toBe(evalCountifs(sheet, count.f));
          expect(completionShare(count.v, row[3] as number)).toBe(r.shown.value);
        }
      }
      const cost = resultCell(sheet, lang === 'en' ? 'Estimated cost' : 'Szacowany koszt');
      const costRef = /ISNUMBER\(([A-Z]\d+)\)/.exec(cost.f ?? '')?.[1] ?? '';
      const typed = at(sheet, costRef);
      expect(cost.v).toBe(typeof typed === 'number' ? typed : '');
    });
  }

  it('writes valid numbers as numbers and never puts user text in a formula', () => {
    const data = crmStrategy.example('en');
    data.fields['s3-teams'] = '=HYPERLINK("x")';
    const sheet = crmStrategy.excel(data, 'en');
    const formulas = sheet.rows.flat().flatMap((c) => (c && typeof c === 'object' && c.f ? [c.f] : []));
    expect(formulas.some((f) => f.includes('HYPERLINK'))).toBe(false);
    expect(sheet.rows.some((r) => cellValue(r[2]) === 4800)).toBe(true);
    expect(obj(sheet.rows.find((r) => cellValue(r[2]) === 4800)?.[2])?.input).toEqual({ field: 's7-cost' });
    // The formula-like text is kept as an inert value: no `f` on its cell.
    const typed = sheet.rows.find((r) => cellValue(r[2]) === '=HYPERLINK("x")')?.[2];
    expect(typed).toBeDefined();
    expect(obj(typed)?.f).toBeUndefined();
    expect(obj(typed)?.input).toEqual({ field: 's3-teams' });
  });
});
