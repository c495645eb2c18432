import { pick } from './helpers';
import { describe, expect, it } from 'vitest';
import { completionShare } from './progress';
import { implementationPlan } from './implementation-plan';
import { defaultProgress } from './progress';
import type { Lang, ResultItem, SheetData } from './types';
import { resultCell } from './test-support';

const LANGS: Lang[] = ['en', 'pl'];
const fields = implementationPlan.blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : []));
const resultsOf = (data: SheetData): ResultItem[] =>
  implementationPlan.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const item = (data: SheetData, id: string) => resultsOf(data).find((i) => i.id === id)!;
const num = (r: ResultItem) => (r.shown.kind === 'num' ? r.shown.value : NaN);
const labelOf = (r: ResultItem, lang: Lang) => pick(r.label, lang);

const ticks = (ids: string[], extra: Record<string, string> = {}): SheetData => ({
  fields: { ...Object.fromEntries(ids.map((id) => [id, 'yes'])), ...extra },
  tables: {},
});

describe('implementation-plan definition', () => {
  it('four steps: 3 assessments + 6 actions + 4 checks, 3 questions + decision, 6 results + 1 check, 2 results + 1 check', () => {
    const blocks = implementationPlan.blocks.filter((b) => b.kind === 'fields');
    expect(blocks.map((b) => (b.kind === 'fields' ? b.fields.map((f) => f.kind).join(',') : ''))).toEqual([
      'longtext,longtext,longtext,longtext,longtext,longtext,longtext,longtext,longtext,check,check,check,check',
      'longtext,longtext,longtext,choice',
      'longtext,longtext,longtext,longtext,longtext,longtext,check',
      'longtext,longtext,check',
    ]);
    expect(fields.find((f) => f.kind === 'choice')?.options?.map((o) => o.value)).toEqual(['go', 'no-go', 'undecided']);
  });

  it.each(LANGS)('labels are unique (%s)', (lang) => {
    const labels = [
      ...fields.map((f) => f.label[lang]),
      ...resultsOf({ fields: {}, tables: {} }).map((r) => labelOf(r, lang)),
    ];
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('implementation-plan checklist progress', () => {
  it.each([
    { name: 'empty', data: ticks([]), steps: [0, 0, 0, 0], all: 0 },
    {
      name: 'partial',
      data: ticks(['s1-check-processes', 's1-check-staff', 's4-check-use']),
      steps: [0.5, 0, 0, 1],
      all: completionShare(3, 7),
    },
    {
      name: 'undecided is not a decision',
      data: ticks(['s3-check-done'], { 's2-decision': 'undecided' }),
      steps: [0, 0, 1, 0],
      all: completionShare(1, 7),
    },
    {
      name: 'no-go is a decision',
      data: ticks([], { 's2-decision': 'no-go' }),
      steps: [0, 1, 0, 0],
      all: completionShare(1, 7),
    },
    {
      name: 'all',
      data: ticks(
        [
          's1-check-processes',
          's1-check-hardware',
          's1-check-short-list',
          's1-check-staff',
          's3-check-done',
          's4-check-use',
        ],
        { 's2-decision': 'go' },
      ),
      steps: [1, 1, 1, 1],
      all: 1,
    },
  ])('$name', ({ data, steps, all }) => {
    steps.forEach((v, i) => expect(num(item(data, `checklist-step${i + 1}`))).toBe(v));
    expect(num(item(data, 'checklist-all'))).toBe(all);
  });

  it('result texts do not count as checklist items', () => {
    const data: SheetData = { fields: { 's1-resources': 'laptops', 's3-final': 'v1' }, tables: {} };
    expect(num(item(data, 'checklist-all'))).toBe(0);
    expect(item(data, 'checklist-step1').detail).toMatchObject({ en: '0 of 4 ticked', pl: 'zaznaczono 0 z 4' });
  });

  it('decision result: missing, go, undecided', () => {
    expect(item({ fields: {}, tables: {} }, 'decision').shown.value).toBeUndefined();
    const go = item({ fields: { 's2-decision': 'go' }, tables: {} }, 'decision');
    expect(go.shown.value).toMatchObject({ en: 'Go: implement the CRM system', pl: 'Tak: wdrażamy system CRM' });
    expect(go.tone).toBe('good');
    expect(item({ fields: { 's2-decision': 'undecided' }, tables: {} }, 'decision').tone).toBe('warn');
  });
});

describe('implementation-plan example and Excel', () => {
  it.each(LANGS)('example (%s) is complete, decided, with a multi-line answer', (lang) => {
    const data = implementationPlan.example(lang);
    const p = defaultProgress(implementationPlan, data);
    expect(p.answered).toBe(p.total);
    // The seed's three assessments of step 1 are notes, not counted.
    expect(fields.filter((f) => f.optional).map((f) => f.id)).toEqual([
      's1-assess-model',
      's1-assess-readiness',
      's1-assess-impact',
    ]);
    expect(p.total).toBe(fields.length - 3);
    for (const r of resultsOf(data)) expect(r.shown.value, r.id).not.toBeUndefined();
    expect(num(item(data, 'checklist-all'))).toBe(1);
    expect(Object.values(data.fields).some((v) => typeof v === 'string' && v.split('\n').length >= 3)).toBe(true);
    expect(implementationPlan.summary(data).map((r) => r.id)).toEqual(['checklist-all', 'decision']);
  });

  const cases: [string, (lang: Lang) => SheetData][] = [
    ['initial', () => implementationPlan.initial()],
    ['example', (l) => implementationPlan.example(l)],
    [
      'partial',
      () => ticks(['s1-check-hardware', 's4-check-use'], { 's2-decision': 'undecided', 's1-resources': 'x' }),
    ],
  ];
  for (const [name, make] of cases) {
    it.each(LANGS)(`${name} (%s): cached values equal the results`, (lang) => {
      const data = make(lang);
      const sheet = implementationPlan.excel(data, lang);
      for (const r of resultsOf(data)) {
        const cell = resultCell(sheet, labelOf(r, lang));
        expect(cell.f).toBeTruthy();
        if (r.shown.kind === 'num') expect(cell.v).toBe(r.shown.value);
        else
          expect(cell.v).toBe(
            r.shown.value === undefined ? '' : typeof r.shown.value === 'string' ? r.shown.value : r.shown.value[lang],
          );
      }
    });
  }

  it('checklist formulas count only checklist rows', () => {
    const sheet = implementationPlan.excel(implementationPlan.example('en'), 'en');
    const cell = resultCell(sheet, 'Checklist progress — Step 1');
    const row = sheet.rows.find((r) => r[1] === cell)!;
    const f = (row[2] as { f: string }).f;
    const m = /^COUNTIF\(D(\d+):D(\d+),"Yes"\)$/.exec(f);
    expect(m).not.toBeNull();
    const labels = sheet.rows.slice(Number(m![1]) - 1, Number(m![2])).map((r) => r[1]);
    expect(labels).toEqual([
      'Step 1 checklist — List of business processes, ordered by priority',
      'Step 1 checklist — List of hardware and software requirements',
      "Step 1 checklist — Short list of requirements (an introduction to defining the system's functionality)",
      'Step 1 checklist — List of requirements for staff',
    ]);
  });
});
