/**
 * Module V — Grade your prospects A–E, by seed 000's rule (scoring/grades.ts): the need (clear,
 * potential, none) and, for a clear need, the months expected to close. Counts per grade, and a
 * horizontal funnel A → E (the 'grades-funnel' panel, fed by gradeFunnel()).
 */
import type {
  ComputedColumn,
  InputDef,
  Lang,
  Progress,
  ResultItem,
  Row,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
} from './types';
import { cellNumber, emptySheet, isAnswered, pick, row, rowName, tableRows, tx } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, inputCell, label, ref, rowsEndRow } from './excel';
import { BLANK, isValid, lit, span, type Formula } from './formula';
import {
  GRADES,
  MONTHS_RANGE,
  MONTH_LIMITS,
  asNeed,
  gradeCounts,
  gradeOf,
  type Grade,
  type Need,
} from '../scoring/grades';
import { TITLES } from './titles';

export const NEED_LABEL: Record<Need, Text> = {
  clear: tx('Clear need', 'Wyraźna potrzeba', '有明显的业务需求'),
  potential: tx('Potential need', 'Potencjalna potrzeba', '有潜在的业务需求'),
  none: tx('No need', 'Brak potrzeby', '没有需求'),
};

/** What each grade means, in the seed's words. */
export const GRADE_LABEL: Record<Grade, Text> = {
  A: tx(
    'A — a clear need, closes within a month',
    'A — wyraźna potrzeba, zamknięcie w ciągu miesiąca',
    'A级：有明显的业务需求，预计一个月内成交',
  ),
  B: tx(
    'B — a clear need, closes within three months',
    'B — wyraźna potrzeba, zamknięcie w ciągu trzech miesięcy',
    'B级：有明显的业务需求，预计三个月内成交',
  ),
  C: tx(
    'C — a clear need, closes within half a year',
    'C — wyraźna potrzeba, zamknięcie w ciągu pół roku',
    'C级：有明显的业务需求，预计半年内成交',
  ),
  D: tx(
    'D — a potential need, or a clear need at least half a year away',
    'D — potencjalna potrzeba albo wyraźna potrzeba, ale zamknięcie najwcześniej za pół roku',
    'D级：有潜在的业务需求，或有明显需求但至少半年后才可能成交',
  ),
  E: tx(
    'E — no need or no chance of a deal',
    'E — brak potrzeby lub brak szans na transakcję',
    'E级：没有需求或没有任何成交机会',
  ),
};

/** The outcome of one row: a grade and why, or what is missing. */
type Outcome = 'A' | 'B' | 'C' | 'D-late' | 'D-potential' | 'E' | 'needs-months' | 'blank';

const MEANING: Record<Exclude<Outcome, 'blank'>, Text> = {
  A: tx('within a month', 'w ciągu miesiąca', '一个月内成交'),
  B: tx('within three months', 'w ciągu trzech miesięcy', '三个月内成交'),
  C: tx('within half a year', 'w ciągu pół roku', '半年内成交'),
  'D-late': tx('more than half a year away', 'później niż za pół roku', '半年后才可能成交'),
  'D-potential': tx('a potential need', 'potencjalna potrzeba', '有潜在的业务需求'),
  E: tx('no need', 'brak potrzeby', '没有需求'),
  'needs-months': tx(
    'Add the expected months to close',
    'Wpisz, za ile miesięcy spodziewasz się zamknięcia',
    '请填写预计成交的月数',
  ),
};

const LETTER: Record<Exclude<Outcome, 'blank' | 'needs-months'>, Grade> = {
  A: 'A',
  B: 'B',
  C: 'C',
  'D-late': 'D',
  'D-potential': 'D',
  E: 'E',
};

const nameInput: InputDef = { id: 'name', kind: 'text', label: tx('Prospect', 'Potencjalny klient', '潜在客户') };
export const needInput: InputDef = {
  id: 'need',
  kind: 'choice',
  label: tx('Need', 'Potrzeba', '业务需求'),
  options: (['clear', 'potential', 'none'] as const).map((value) => ({ value, label: NEED_LABEL[value] })),
};
export const monthsInput: InputDef = {
  id: 'months',
  kind: 'number',
  label: tx('Expected months to close', 'Oczekiwany czas do zamknięcia (miesiące)', '预计成交时间（月）'),
  hint: tx(
    'For a clear need; 0.5 is two weeks. Exactly 1 is still “within a month”, exactly 6 “within half a year”.',
    'Dla wyraźnej potrzeby; 0,5 to dwa tygodnie. Dokładnie 1 to jeszcze „w ciągu miesiąca”, dokładnie 6 — „w ciągu pół roku”.',
    '用于有明显需求的客户；0.5 表示两周。正好 1 个月仍算“一个月内”，正好 6 个月仍算“半年内”。',
  ),
  rule: { ...MONTHS_RANGE, noun: tx('Months to close', 'Liczba miesięcy', '成交月数') },
  // Not needed for a potential or no need: counted only for a clear need (progress below).
  optional: true,
};

function outcome(r: Row): Outcome {
  const need = asNeed(r.cells['need']);
  const g = gradeOf(need, cellNumber(r, monthsInput));
  if (g.grade === undefined) return g.needsMonths ? 'needs-months' : 'blank';
  if (g.grade === 'D') return need === 'potential' ? 'D-potential' : 'D-late';
  return g.grade;
}

export const rowGrade = (r: Row): Grade | undefined => {
  const o = outcome(r);
  return o === 'blank' || o === 'needs-months' ? undefined : LETTER[o];
};

const gradeColumn: ComputedColumn = {
  id: 'grade',
  kind: 'computed',
  label: tx('Grade', 'Ocena', '等级'),
  compute: (r) => ({ kind: 'text', value: rowGrade(r) }),
};
const meaningColumn: ComputedColumn = {
  id: 'meaning',
  kind: 'computed',
  label: tx('Why', 'Dlaczego', '原因'),
  compute: (r) => {
    const o = outcome(r);
    return { kind: 'text', value: o === 'blank' ? undefined : MEANING[o] };
  },
};

export const prospects: TableBlock = {
  kind: 'table',
  id: 'prospects',
  title: tx('Your prospects', 'Twoi potencjalni klienci', '您的潜在客户'),
  intro: tx(
    'For each prospect choose the need. For a clear need, enter how many months you expect until the deal closes.',
    'Dla każdego potencjalnego klienta wybierz rodzaj potrzeby. Przy wyraźnej potrzebie wpisz, za ile miesięcy spodziewasz się zamknięcia transakcji.',
    '为每位潜在客户选择业务需求。对于有明显需求的客户，请填写预计还需几个月成交。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [nameInput, needInput, monthsInput, gradeColumn, meaningColumn],
  editable: {
    rowNoun: tx('Prospect', 'Potencjalny klient', '潜在客户'),
    addLabel: tx('Add a prospect', 'Dodaj potencjalnego klienta', '添加潜在客户'),
    minRows: 1,
  },
};

const L = {
  count: (g: Grade) => GRADE_LABEL[g],
  graded: tx('Prospects graded', 'Ocenieni potencjalni klienci', '已分级的潜在客户'),
  noGrade: tx(
    'Choose the need of at least one prospect',
    'Wybierz potrzebę co najmniej jednego potencjalnego klienta',
    '请至少为一位潜在客户选择业务需求',
  ),
};

/** Rows with a clear need but no valid months: named in the results, so none is silently left out. */
function waitingText(rows: readonly Row[]): Text | undefined {
  const numbers = rows.flatMap((r, i) => (outcome(r) === 'needs-months' ? [i + 1] : []));
  if (!numbers.length) return undefined;
  const noun = prospects.editable!.rowNoun;
  const names = (l: 'en' | 'pl' | 'zh', sep: string) => numbers.map((n) => `${noun[l] ?? noun.en} ${n}`).join(sep);
  return tx(
    `No grade yet, add the expected months: ${names('en', ', ')}`,
    `Bez oceny — wpisz liczbę miesięcy: ${names('pl', ', ')}`,
    `尚未分级，请填写预计成交月数：${names('zh', '、')}`,
  );
}

function results(data: SheetData): ResultItem[] {
  const rows = tableRows(prospects, data);
  const counts = gradeCounts(rows.map(rowGrade));
  const total = counts ? GRADES.reduce((n, g) => n + counts[g], 0) : undefined;
  return [
    ...GRADES.map((g) => ({
      id: `grade-${g.toLowerCase()}`,
      label: L.count(g),
      shown: { kind: 'num' as const, value: counts?.[g], format: 'int' as const },
      missing: L.noGrade,
    })),
    {
      id: 'graded',
      label: L.graded,
      shown: { kind: 'num', value: total, format: 'int' },
      missing: L.noGrade,
      detail: waitingText(rows),
      tone: waitingText(rows) ? 'warn' : 'neutral',
    },
  ];
}

/** Data of the funnel panel: one bar per grade, A first. */
export interface FunnelStep {
  grade: Grade;
  label: Text;
  count: number;
}
export function gradeFunnel(data: SheetData): FunnelStep[] | undefined {
  const counts = gradeCounts(tableRows(prospects, data).map(rowGrade));
  return counts && GRADES.map((grade) => ({ grade, label: GRADE_LABEL[grade], count: counts[grade] }));
}

/** Texts of the funnel panel (content of this sheet, so in every language). */
export const FUNNEL_TEXT = {
  title: tx('Prospects by grade, A → E', 'Potencjalni klienci według oceny, A → E', '按等级划分的潜在客户（A → E）'),
  empty: tx(
    'Choose the need of a prospect to see the funnel.',
    'Wybierz potrzebę potencjalnego klienta, aby zobaczyć lejek.',
    '为潜在客户选择业务需求后即可看到漏斗图。',
  ),
  prospects: tx('prospects', 'potencjalnych klientów', '位潜在客户'),
};

// ——— Excel ———

/** A row's outcome as a formula over its need and months cells (the app's outcome() above). */
function outcomeFormula(need: string, months: string, text: (o: Exclude<Outcome, 'blank'>) => Formula): Formula {
  // A label in any language counts: the import reads them all.
  const is = (n: Need) =>
    `OR(${(['en', 'pl', 'zh'] as const).map((l) => `${need}=${lit(NEED_LABEL[n][l] ?? NEED_LABEL[n].en)}`).join(',')})`;
  const upTo = (limit: number, then: Formula, otherwise: Formula) => `IF(${months}<=${limit},${then},${otherwise})`;
  const clear = upTo(
    MONTH_LIMITS.A,
    text('A'),
    upTo(MONTH_LIMITS.B, text('B'), upTo(MONTH_LIMITS.C, text('C'), text('D-late'))),
  );
  return `IF(${is('none')},${text('E')},IF(${is('potential')},${text('D-potential')},IF(${is('clear')},IF(${isValid(months, MONTHS_RANGE)},${clear},${text('needs-months')}),${BLANK})))`;
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([10, 36, 24, 16, 8, 36]);
  b.add([{ v: pick(opportunityGrades.title, lang), bold: true }]);
  b.add([pick(opportunityGrades.intro, lang)]);
  b.blank();
  b.heading(pick(prospects.title!, lang));
  // Columns: A no., B prospect, C need, D months, E grade, F why.
  b.add([
    label(prospects.rowHeader, lang),
    headCell(pick(nameInput.label, lang), prospects.id, nameInput.id),
    headCell(pick(needInput.label, lang), prospects.id, needInput.id),
    headCell(pick(monthsInput.label, lang), prospects.id, monthsInput.id),
    label(gradeColumn.label, lang),
    label(meaningColumn.label, lang),
  ]);
  b.markHeader();
  const rows = tableRows(prospects, data);
  const first = b.next;
  rows.forEach((r, i) => {
    const n = b.next;
    const at = (input: InputDef) => inputCell(input, r.cells[input.id], lang, cellAt(prospects.id, r.id, input.id));
    const o = outcome(r);
    const letter = (x: Exclude<Outcome, 'blank'>) => (x === 'needs-months' ? BLANK : lit(LETTER[x]));
    const why = (x: Exclude<Outcome, 'blank'>) => lit(pick(MEANING[x], lang));
    b.add([
      rowName(prospects, i, lang),
      at(nameInput),
      at(needInput),
      at(monthsInput),
      { f: outcomeFormula(ref(2, n), ref(3, n), letter), v: rowGrade(r) ?? '' },
      { f: outcomeFormula(ref(2, n), ref(3, n), why), v: o === 'blank' ? '' : pick(MEANING[o], lang) },
    ]);
  });
  const last = b.next - 1;
  b.add(rowsEndRow(prospects.id));

  const grades = span(4, first, last);
  const counts = gradeCounts(rows.map(rowGrade));
  const all = `SUMPRODUCT(COUNTIF(${grades},{${GRADES.map(lit).join(',')}}))`;
  b.heading(pick(tx('Results', 'Wyniki', '结果'), lang));
  for (const g of GRADES) {
    b.add([
      { v: pick(GRADE_LABEL[g], lang), bold: true },
      null,
      null,
      {
        f: `IF(${all}=0,"",COUNTIF(${grades},${lit(g)}))`,
        v: counts?.[g] ?? '',
        z: EXCEL_FORMAT.int,
        result: `grade-${g.toLowerCase()}`,
      },
    ]);
  }
  b.add([
    { v: pick(L.graded, lang), bold: true },
    null,
    null,
    {
      f: `IF(${all}=0,"",${all})`,
      v: counts ? GRADES.reduce((s, g) => s + counts[g], 0) : '',
      z: EXCEL_FORMAT.int,
      result: 'graded',
    },
  ]);
  b.blank();
  b.add([pick(RULE_NOTE, lang)]);
  return b.build();
}

// ——— Progress, defaults, example ———

/** Name and need per row; the months too when the need is clear (the grade needs them then). */
function progress(data: SheetData): Progress {
  let answered = 0;
  let total = 0;
  for (const r of tableRows(prospects, data)) {
    const inputs = asNeed(r.cells['need']) === 'clear' ? [nameInput, needInput, monthsInput] : [nameInput, needInput];
    for (const input of inputs) {
      total++;
      if (isAnswered(input, r.cells[input.id])) answered++;
    }
  }
  return { answered, total };
}

const RULE_NOTE = tx(
  'Seed’s rule: A — a clear need, expected to close within a month; B — within three months; C — within half a year; D — a potential need, or a clear need but at least half a year away; E — no need or no chance of a deal (a “dead” customer). Our rule for the edges: exactly 1 month is still A, exactly 3 months B, exactly 6 months C.',
  'Reguła z materiału: A — wyraźna potrzeba, zamknięcie spodziewane w ciągu miesiąca; B — w ciągu trzech miesięcy; C — w ciągu pół roku; D — potencjalna potrzeba albo wyraźna potrzeba, ale zamknięcie najwcześniej za pół roku; E — brak potrzeby lub brak szans na transakcję („martwy” klient). Nasza reguła dla granic: dokładnie 1 miesiąc to jeszcze A, dokładnie 3 miesiące — B, dokładnie 6 miesięcy — C.',
  '原文规则：A级客户——有明显的业务需求，并且预计能够在一个月内成交；B级——三个月内成交；C级——半年内成交；D级——有潜在的业务需求，或者有明显需求但需要在至少半年后才可能成交；E级——没有需求或者没有任何成交机会，也叫死亡客户。边界为我们的规则：正好 1 个月仍为 A级，正好 3 个月为 B级，正好 6 个月为 C级。',
);

type ExampleRow = [name: string, need: Need, months: string];
/** Baltic Bikes' pipeline of fleet and business prospects in spring. */
const EXAMPLE: Record<'en' | 'pl' | 'zh', ExampleRow[]> = {
  en: [
    ['Gdańsk city bike-share tender', 'clear', '0.5'],
    ['Hospital staff e-bike leasing', 'clear', '1'],
    ['Seaside café chain — 8 cargo bikes', 'clear', '2'],
    ['Sopot hotel group — guest bikes', 'clear', '6'],
    ['Tricity courier co-op', 'clear', '9'],
    ['Gdynia school district', 'potential', ''],
    ['Local running club', 'none', ''],
  ],
  pl: [
    ['Przetarg na gdański rower miejski', 'clear', '0,5'],
    ['Leasing e-rowerów dla personelu szpitala', 'clear', '1'],
    ['Sieć nadmorskich kawiarni — 8 rowerów cargo', 'clear', '2'],
    ['Sopocka grupa hotelowa — rowery dla gości', 'clear', '6'],
    ['Trójmiejska spółdzielnia kurierów', 'clear', '9'],
    ['Szkoły w Gdyni', 'potential', ''],
    ['Lokalny klub biegacza', 'none', ''],
  ],
  zh: [
    ['格但斯克城市共享单车招标', 'clear', '0.5'],
    ['医院员工电动自行车租赁', 'clear', '1'],
    ['海滨咖啡连锁店——8 辆货运自行车', 'clear', '2'],
    ['索波特酒店集团——客用自行车', 'clear', '6'],
    ['三联市快递合作社', 'clear', '9'],
    ['格丁尼亚学区', 'potential', ''],
    ['本地跑步俱乐部', 'none', ''],
  ],
};

function example(lang: Lang): SheetData {
  const data = emptySheet();
  const rows = (EXAMPLE as Record<string, ExampleRow[]>)[lang] ?? EXAMPLE.en;
  data.tables['prospects'] = rows.map(([name, need, months]) => row({ name, need, months }));
  return data;
}

export const opportunityGrades = {
  id: 'opportunity-grades',
  title: TITLES['opportunity-grades'],
  intro: tx(
    'Grade your prospects into five levels, as the seed does: by how clear their need is and how soon the deal is expected to close.',
    'Podziel potencjalnych klientów na pięć poziomów, tak jak w materiale: według tego, jak wyraźna jest ich potrzeba i jak szybko spodziewasz się zamknięcia transakcji.',
    '客户等级划分五个等级：依据业务需求是否明显以及预计多久能够成交。',
  ),
  blocks: [
    prospects,
    {
      kind: 'results',
      id: 'results',
      title: tx('Prospects per grade', 'Potencjalni klienci według oceny', '各等级潜在客户数'),
      items: results,
    },
    { kind: 'custom', id: 'funnel', panel: 'grades-funnel', target: 'prospects', title: FUNNEL_TEXT.title },
    {
      kind: 'note',
      id: 'rule',
      title: tx('How the grades are given', 'Jak przyznawane są oceny', '等级如何划分'),
      text: RULE_NOTE,
    },
  ],
  initial: () => ({ fields: {}, tables: { prospects: [row(), row(), row()] } }),
  example,
  excel,
  summary: (data) => results(data),
  progress,
} satisfies WorksheetDef;
