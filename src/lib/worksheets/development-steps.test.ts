import { pick } from './helpers';
import { describe, expect, it } from 'vitest';
import { completionShare } from './progress';
import { developmentSteps } from './development-steps';
import { defaultProgress } from './progress';
import type { Lang, ResultItem, SheetData } from './types';
import { resultCell } from './test-support';

const LANGS: Lang[] = ['en', 'pl'];
const blocks = developmentSteps.blocks.flatMap((b) => (b.kind === 'fields' ? [b] : []));
const fields = blocks.flatMap((b) => b.fields);
const resultsOf = (data: SheetData): ResultItem[] =>
  developmentSteps.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const item = (data: SheetData, id: string) => resultsOf(data).find((i) => i.id === id)!;
const num = (r: ResultItem) => (r.shown.kind === 'num' ? r.shown.value : NaN);
const labelOf = (r: ResultItem, lang: Lang) => pick(r.label, lang);

describe('development-steps definition', () => {
  it('seven steps with the seed table: 3, 3, 3, 4, 4, 3, 4 actions, a result and a checklist item each', () => {
    expect(blocks).toHaveLength(7);
    expect(blocks.map((b) => b.fields.filter((f) => f.kind === 'check').length - 1)).toEqual([3, 3, 3, 4, 4, 3, 4]);
    for (const b of blocks) {
      expect(b.fields.filter((f) => f.kind === 'longtext')).toHaveLength(1);
      expect(b.fields.at(-1)?.id).toMatch(/-checklist$/);
    }
    expect(blocks[0]!.fields.slice(0, 3).map((f) => f.label.en)).toEqual([
      'Step 1 — Sales process',
      'Step 1 — Customer data management',
      'Step 1 — Customer satisfaction goals',
    ]);
  });

  it.each(LANGS)('labels are unique (%s)', (lang) => {
    const labels = [
      ...fields.map((f) => f.label[lang]),
      ...resultsOf({ fields: {}, tables: {} }).map((r) => labelOf(r, lang)),
    ];
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('development-steps progress', () => {
  it.each([
    { name: 'empty', data: {} as Record<string, string>, actions: 0, checklist: 0, overall: 0 },
    {
      name: 'partial',
      data: {
        's1-sales-process': 'yes',
        's4-testers': 'yes',
        'not-a-field': 'yes',
        's2-checklist': 'yes',
        's7-result': 'Report sent',
        's3-project-goal': '',
      },
      actions: completionShare(2, 24),
      checklist: completionShare(1, 7),
      overall: completionShare(4, 38),
    },
  ])('$name', ({ data, actions, checklist, overall }) => {
    const sheet: SheetData = { fields: data, tables: {} };
    expect(num(item(sheet, 'actions'))).toBe(actions);
    expect(num(item(sheet, 'checklist'))).toBe(checklist);
    expect(num(item(sheet, 'overall'))).toBe(overall);
    const p = defaultProgress(developmentSteps, sheet);
    expect(completionShare(p.answered, p.total)).toBe(overall);
  });

  it.each(LANGS)('example (%s): all done, a multi-line result', (lang) => {
    const data = developmentSteps.example(lang);
    expect(num(item(data, 'actions'))).toBe(1);
    expect(item(data, 'actions').detail).toMatchObject({ en: '24 of 24 ticked', pl: 'zaznaczono 24 z 24' });
    expect(num(item(data, 'checklist'))).toBe(1);
    expect(num(item(data, 'overall'))).toBe(1);
    for (const f of fields) expect(data.fields[f.id], f.id).toBeTruthy();
    expect(Object.values(data.fields).some((v) => typeof v === 'string' && v.split('\n').length >= 3)).toBe(true);
  });
});

describe('development-steps Excel', () => {
  const cases: [string, (lang: Lang) => SheetData][] = [
    ['empty', () => developmentSteps.initial()],
    ['example', (l) => developmentSteps.example(l)],
    [
      'partial',
      (l) => {
        const d = developmentSteps.example(l);
        for (const k of ['s1-customer-data', 's5-checklist', 's6-result', 's7-problems']) delete d.fields[k];
        return d;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it.each(LANGS)(`${name} (%s): cached values equal the results`, (lang) => {
      const data = make(lang);
      const sheet = developmentSteps.excel(data, lang);
      for (const r of resultsOf(data)) {
        const cell = resultCell(sheet, labelOf(r, lang));
        expect(cell.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
        expect(cell.v).toBe(r.shown.value);
      }
    });
  }

  it('the checklist formula counts exactly the seven checklist rows', () => {
    const sheet = developmentSteps.excel(developmentSteps.initial(), 'en');
    const row = sheet.rows.find((r) => r[1] === resultCell(sheet, 'Checklist items ticked'))!;
    const f = (row[2] as { f: string }).f;
    const counted = [...f.matchAll(/COUNTIF\(D(\d+),"Yes"\)/g)].map((m) => sheet.rows[Number(m[1]) - 1]?.[1]);
    expect(counted).toHaveLength(7);
    for (const label of counted) expect(label).toMatch(/^Step \d checklist — /);
    expect(row[3]).toBe(7);
  });
});
