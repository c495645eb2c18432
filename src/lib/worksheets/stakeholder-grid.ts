/**
 * Module I — Customer interest / influence grid: classify customers into four quadrants (a valid
 * 1–10 score decides over the Low/High choice, above 5 is High), rate the seed's proposed
 * strategies 1–5, and show each quadrant's top-rated strategy. The 2×2 chart is the
 * 'stakeholder-grid' panel, fed by customerLayout().
 */
import type {
  ComputedColumn,
  FixedRow,
  InputDef,
  Lang,
  Progress,
  ResultItem,
  Row,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
  XCell,
} from './types';
import {
  asTyped,
  byLang,
  cellNumber,
  counted,
  emptySheet,
  fillText,
  isAnswered,
  joinSemi,
  pick,
  plainNumber,
  row,
  rowName,
  rowsForFixed,
  suffixed,
  tableRows,
  tx,
} from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, inputCell, ref, rowsEndRow } from './excel';
import { countIf, countValid, isValid, lit, maxValid, sumProduct } from './formula';
import { completionShare, completionShareFormula } from './progress';
import {
  QUADRANTS,
  SCORE_RANGE,
  asLevel,
  levelOf,
  placeCustomers,
  quadrantOf,
  topRated,
  type GridLayout,
  type Level,
  type Quadrant,
} from '../scoring/quadrant';
import { TITLES } from './titles';

export const QUADRANT_LABEL: Record<Quadrant, Text> = {
  key: tx('Key players', 'Kluczowi', '关键参与者'),
  satisfied: tx('Keep satisfied', 'Trzymaj ich szczęśliwych', '令其满意'),
  informed: tx('Keep informed', 'Zainteresowani', '随时告知'),
  monitor: tx('Monitor', 'Monitoruj', '监督'),
};

export const LEVEL_LABEL: Record<Level, Text> = { low: tx('Low', 'Niski', '低'), high: tx('High', 'Wysoki', '高') };

/** Axis titles for the chart panel: x = interest, y = influence. */
export const AXIS_LABEL = { x: tx('Interest', 'Zainteresowanie', '兴趣'), y: tx('Influence', 'Wpływ', '影响力') };

const levelOptions = [
  { value: 'low', label: LEVEL_LABEL.low },
  { value: 'high', label: LEVEL_LABEL.high },
];

const nameInput: InputDef = { id: 'name', kind: 'text', label: tx('Name', 'Nazwa', '名称') };
const interestInput: InputDef = { id: 'interest', kind: 'choice', label: AXIS_LABEL.x, options: levelOptions };
const interestScoreInput: InputDef = {
  id: 'interestScore',
  kind: 'number',
  label: tx('Interest score (1–10)', 'Ocena zainteresowania (1–10)', '兴趣评分（1–10）'),
  hint: tx(
    'Optional; above 5 is High and decides over the choice',
    'Opcjonalnie; powyżej 5 to Wysoki, rozstrzyga zamiast wyboru',
    '选填；高于 5 即为“高”，并优先于所选项',
  ),
  rule: { ...SCORE_RANGE, noun: tx('Interest score', 'Ocena zainteresowania', '兴趣评分') },
  optional: true,
};
const influenceInput: InputDef = { id: 'influence', kind: 'choice', label: AXIS_LABEL.y, options: levelOptions };
const influenceScoreInput: InputDef = {
  id: 'influenceScore',
  kind: 'number',
  label: tx('Influence score (1–10)', 'Ocena wpływu (1–10)', '影响力评分（1–10）'),
  hint: tx(
    'Optional; above 5 is High and decides over the choice',
    'Opcjonalnie; powyżej 5 to Wysoki, rozstrzyga zamiast wyboru',
    '选填；高于 5 即为“高”，并优先于所选项',
  ),
  rule: { ...SCORE_RANGE, noun: tx('Influence score', 'Ocena wpływu', '影响力评分') },
  optional: true,
};

/** A row's levels: a valid score decides, otherwise the choice. */
export function customerLevels(r: Row): { interest: Level | undefined; influence: Level | undefined } {
  return {
    interest: levelOf(asLevel(r.cells['interest']), cellNumber(r, interestScoreInput)),
    influence: levelOf(asLevel(r.cells['influence']), cellNumber(r, influenceScoreInput)),
  };
}

export function customerQuadrant(r: Row): Quadrant | undefined {
  const { interest, influence } = customerLevels(r);
  return interest && influence ? quadrantOf(interest, influence) : undefined;
}

/**
 * Where a valid score overrides the Low/High ticked ("Low" with a score of 8 counts as High):
 * said beside the quadrant, so the ticked choice is not silently ignored.
 */
export function overrides(r: Row): Text[] {
  const out: Text[] = [];
  const axes = [
    ['interest', interestScoreInput, tx('interest', 'zainteresowanie', '兴趣')],
    ['influence', influenceScoreInput, tx('influence', 'wpływ', '影响力')],
  ] as const;
  for (const [id, scoreInput, noun] of axes) {
    const ticked = asLevel(r.cells[id]);
    const score = cellNumber(r, scoreInput);
    const level = levelOf(undefined, score);
    if (ticked && level && level !== ticked) {
      out.push(
        fillText(OVERRIDE, (lang) => ({
          noun: pick(noun, lang),
          n: plainNumber(score!, lang),
          level: pick(LEVEL_LABEL[level], lang),
          ticked: pick(LEVEL_LABEL[ticked], lang),
        })),
      );
    }
  }
  return out;
}

/** A score that decides over the ticked level, said beside the choice (issue 13.5). */
const OVERRIDE = tx(
  '{noun} score {n} counts as {level}, not the {ticked} ticked',
  '{noun}: ocena {n} oznacza {level}, nie zaznaczony {ticked}',
  '{noun}评分 {n} 计为“{level}”，而非所勾选的“{ticked}”',
);

const quadrantColumn: ComputedColumn = {
  id: 'quadrant',
  kind: 'computed',
  label: tx('Quadrant', 'Ćwiartka', '象限'),
  compute: (r) => {
    const q = customerQuadrant(r);
    if (!q) return { kind: 'text', value: undefined };
    const notes = overrides(r);
    if (notes.length === 0) return { kind: 'text', value: QUADRANT_LABEL[q] };
    const noted = (lang: Lang) =>
      `${pick(QUADRANT_LABEL[q], lang)} (${joinSemi(
        notes.map((t) => pick(t, lang)),
        lang,
      )})`;
    return { kind: 'text', value: byLang(noted) };
  },
};

export const customers: TableBlock = {
  kind: 'table',
  id: 'customers',
  title: tx('Your customers', 'Twoi klienci', '您的客户'),
  intro: tx(
    'Give each customer Low or High interest and influence. Optionally score each from 1 to 10 to place the customer precisely on the grid: a score above 5 counts as High, and a score, when given, decides over the Low/High choice.',
    'Określ dla każdego klienta niskie lub wysokie zainteresowanie i wpływ. Opcjonalnie oceń każde z nich od 1 do 10, aby precyzyjnie umieścić klienta na siatce: ocena powyżej 5 oznacza poziom wysoki, a podana ocena rozstrzyga zamiast wyboru Niski/Wysoki.',
    '为每位客户选择兴趣和影响力的高低。还可以为两者各打 1 到 10 分，把客户精确地放到矩阵上：高于 5 分即为“高”；一旦填写了评分，就以评分为准，而不是所选的“低/高”。',
  ),
  rowHeader: tx('Customer', 'Klient', '客户'),
  columns: [nameInput, interestInput, interestScoreInput, influenceInput, influenceScoreInput, quadrantColumn],
  editable: {
    rowNoun: tx('Customer', 'Klient', '客户'),
    addLabel: tx('Add customer', 'Dodaj klienta', '添加客户'),
    minRows: 0,
  },
  // A customer list exported from a CRM can be pasted or imported (name, levels, scores).
  bulk: {},
};

/** The chart panel's data: every named customer placed (scores exact, Low/High spread). */
export function customerLayout(data: SheetData): GridLayout {
  return placeCustomers(
    tableRows(customers, data).map((r) => ({
      id: r.id,
      name: typeof r.cells['name'] === 'string' ? r.cells['name'] : '',
      interest: asLevel(r.cells['interest']),
      influence: asLevel(r.cells['influence']),
      interestScore: cellNumber(r, interestScoreInput),
      influenceScore: cellNumber(r, influenceScoreInput),
    })),
  );
}

const GROUP: Record<Quadrant, Text> = {
  satisfied: tx(
    'Keep satisfied — high influence, low interest',
    'Trzymaj ich szczęśliwych — wysoki wpływ, niskie zainteresowanie',
    '令其满意 — 影响力高，兴趣低',
  ),
  key: tx(
    'Key players — high influence, high interest',
    'Kluczowi — wysoki wpływ, wysokie zainteresowanie',
    '关键参与者 — 影响力高，兴趣高',
  ),
  monitor: tx(
    'Monitor — low influence, low interest',
    'Monitoruj — niski wpływ, niskie zainteresowanie',
    '监督 — 影响力低，兴趣低',
  ),
  informed: tx(
    'Keep informed — low influence, high interest',
    'Zainteresowani — niski wpływ, wysokie zainteresowanie',
    '随时告知 — 影响力低，兴趣高',
  ),
};

/** The seed's proposed strategies, in its order, each with its quadrant. */
const STRATEGIES: { quadrant: Quadrant; id: string; label: Text }[] = [
  { quadrant: 'satisfied', id: 's1', label: tx('Potentially dangerous', 'Potencjalnie niebezpieczne', '潜在危险') },
  {
    quadrant: 'satisfied',
    id: 's2',
    label: tx(
      'Inform, engage and consult in their area of interest',
      'Informowanie, angażowanie i konsultowanie w obszarze zainteresowania',
      '在其关注领域内告知、动员并征询意见',
    ),
  },
  {
    quadrant: 'satisfied',
    id: 's3',
    label: tx('Strive to increase their interest', 'Dążenie do zwiększenia zainteresowania', '努力提高他们的兴趣'),
  },
  { quadrant: 'key', id: 'k1', label: tx('Close cooperation', 'Ścisła współpraca', '密切合作') },
  { quadrant: 'key', id: 'k2', label: tx('Manage carefully', 'Zarządzaj ostrożnie', '谨慎管理') },
  {
    quadrant: 'key',
    id: 'k3',
    label: tx('Regular engagement and consultation', 'Regularne zaangażowanie i konsultacje', '定期沟通与征询意见'),
  },
  { quadrant: 'key', id: 'k4', label: tx('Two-way communication', 'Komunikacja dwukierunkowa', '双向沟通') },
  {
    quadrant: 'key',
    id: 'k5',
    label: tx('Ensure their expectations are met', 'Zapewnienie spełnienia oczekiwań', '确保满足他们的期望'),
  },
  { quadrant: 'monitor', id: 'm1', label: tx('Potentially indifferent', 'Potencjalnie obojętny', '可能漠不关心') },
  {
    quadrant: 'monitor',
    id: 'm2',
    label: tx(
      'Inform through general channels (newsletter, website)',
      'Informowanie za pośrednictwem kanałów ogólnych (newsletter, strona internetowa)',
      '通过一般渠道告知（简报、网站）',
    ),
  },
  {
    quadrant: 'monitor',
    id: 'm3',
    label: tx('Try to increase their interest', 'Próba zwiększenia zainteresowania', '尝试提高他们的兴趣'),
  },
  { quadrant: 'informed', id: 'i1', label: tx('Potential allies', 'Potencjalni sojusznicy', '潜在盟友') },
  {
    quadrant: 'informed',
    id: 'i2',
    label: tx(
      'Inform and consult in their area of interest',
      'Informowanie i konsultowanie w obszarze zainteresowania',
      '在其关注领域内告知并征询意见',
    ),
  },
  {
    quadrant: 'informed',
    id: 'i3',
    label: tx('Make sure their expectations are met', 'Pewność, że oczekiwania są spełnione', '确保他们的期望得到满足'),
  },
];

const quadrantOfStrategy = new Map(STRATEGIES.map((s) => [s.id, s.quadrant]));

const strategyRows: FixedRow[] = STRATEGIES.map((s, i) => ({
  id: s.id,
  label: s.label,
  // The heading opens each quadrant's first strategy.
  group: STRATEGIES[i - 1]?.quadrant === s.quadrant ? undefined : GROUP[s.quadrant],
}));

const importanceInput: InputDef = {
  id: 'importance',
  kind: 'number',
  label: tx('Importance (1–5)', 'Ważność (1–5)', '重要性（1–5）'),
  hint: tx('5 = most important', '5 = najważniejsza', '5 = 最重要'),
  rule: { integer: true, min: 1, max: 5, noun: tx('Importance', 'Ważność', '重要性') },
};
const IMPORTANCE = importanceInput.rule!;

export const strategies: TableBlock = {
  kind: 'table',
  id: 'strategies',
  title: tx('Proposed strategies', 'Proponowane strategie działania', '建议策略'),
  intro: tx(
    'Rate the importance of each proposed strategy from 1 (least important) to 5 (most important).',
    'Oceń ważność każdej proponowanej strategii od 1 (najmniej ważna) do 5 (najważniejsza).',
    '请为每项建议策略的重要性评分，从 1（最不重要）到 5（最重要）。',
  ),
  rowHeader: tx('Strategy', 'Strategia', '策略'),
  columns: [importanceInput],
  fixedRows: strategyRows,
};

const L = {
  count: (q: Quadrant) => suffixed(tx('Customers', 'Klienci', '客户'), QUADRANT_LABEL[q]),
  top: (q: Quadrant) => suffixed(tx('Top strategy', 'Najważniejsza strategia', '最重要的策略'), QUADRANT_LABEL[q]),
  counts: tx('Customers per quadrant', 'Klienci w ćwiartkach', '各象限的客户'),
  tops: tx(
    'Top-rated strategy of each quadrant',
    'Najwyżej oceniona strategia w każdej ćwiartce',
    '各象限评分最高的策略',
  ),
  importance: tx('Highest importance', 'Najwyższa ważność', '最高重要性'),
  interestLevel: tx('Interest level', 'Poziom zainteresowania', '兴趣水平'),
  influenceLevel: tx('Influence level', 'Poziom wpływu', '影响力水平'),
};

/** Customers per quadrant; undefined while no customer is classified (no data is not zero). */
export function quadrantCounts(data: SheetData): Record<Quadrant, number> | undefined {
  const quadrants = tableRows(customers, data).flatMap((r) => customerQuadrant(r) ?? []);
  if (quadrants.length === 0) return undefined;
  const counts: Record<Quadrant, number> = { key: 0, satisfied: 0, informed: 0, monitor: 0 };
  for (const q of quadrants) counts[q]++;
  return counts;
}

/** Classified customers without a name, per quadrant: counted, but the grid draws names only. */
function unnamedCounts(data: SheetData): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = { key: 0, satisfied: 0, informed: 0, monitor: 0 };
  for (const r of tableRows(customers, data)) {
    const q = customerQuadrant(r);
    const name = r.cells['name'];
    if (q && (typeof name !== 'string' || name.trim() === '')) counts[q]++;
  }
  return counts;
}

function countItems(data: SheetData): ResultItem[] {
  const counts = quadrantCounts(data);
  const unnamed = unnamedCounts(data);
  return QUADRANTS.map((q) => ({
    id: `count-${q}`,
    label: L.count(q),
    shown: { kind: 'num', value: counts?.[q], format: 'int' },
    missing: tx(
      'Give a customer an interest and an influence',
      'Określ zainteresowanie i wpływ co najmniej jednego klienta',
      '请为至少一位客户选择兴趣和影响力',
    ),
    detail: unnamed[q]
      ? counted(unnamed[q], {
          en: {
            one: '{n} without a name: counted, not on the grid',
            other: '{n} without a name: counted, not on the grid',
          },
          pl: {
            one: '{n} bez nazwy: policzony, ale nie na siatce',
            other: '{n} bez nazwy: policzeni, ale nie na siatce',
          },
          zh: { one: '{n} 位未填名称：已计数，但未显示在矩阵上', other: '{n} 位未填名称：已计数，但未显示在矩阵上' },
        })
      : undefined,
  }));
}

const joinTexts = (texts: Text[]): Text =>
  byLang((lang) =>
    joinSemi(
      texts.map((t) => pick(t, lang)),
      lang,
    ),
  );

/** Each quadrant's highest-rated strategies (all of them when tied), or undefined if none rated. */
export function topStrategies(data: SheetData): Record<Quadrant, { labels: Text; rating: number } | undefined> {
  const rated = tableRows(strategies, data).map((r) => ({
    label: STRATEGIES.find((s) => s.id === r.id)?.label ?? asTyped(r.id),
    quadrant: quadrantOfStrategy.get(r.id),
    rating: cellNumber(r, importanceInput),
  }));
  const top = (q: Quadrant) => {
    const t = topRated(rated.filter((s) => s.quadrant === q));
    return t && { labels: joinTexts(t.top.map((s) => s.label)), rating: t.rating };
  };
  return { satisfied: top('satisfied'), key: top('key'), monitor: top('monitor'), informed: top('informed') };
}

function topItems(data: SheetData): ResultItem[] {
  const tops = topStrategies(data);
  return QUADRANTS.map((q) => {
    const t = tops[q];
    return {
      id: `top-${q}`,
      label: L.top(q),
      shown: { kind: 'text', value: t?.labels },
      missing: fillText(
        tx('Rate the strategies for {q}', 'Oceń strategie dla grupy {q}', '请为“{q}”的策略评分'),
        (lang) => ({ q: pick(QUADRANT_LABEL[q], lang) }),
      ),
      detail: t && fillText(tx('Importance {n}', 'Ważność {n}', '重要性 {n}'), { n: t.rating }),
    };
  });
}

/** Completion per customer: a name and a level on each axis (a choice or a valid score); every rating. */
function progress(data: SheetData): Progress {
  let answered = 0;
  let total = 0;
  for (const r of tableRows(customers, data)) {
    const { interest, influence } = customerLevels(r);
    total += 3;
    answered += (isAnswered(nameInput, r.cells['name']) ? 1 : 0) + (interest ? 1 : 0) + (influence ? 1 : 0);
  }
  for (const r of tableRows(strategies, data)) {
    total++;
    if (cellNumber(r, importanceInput) !== undefined) answered++;
  }
  return { answered, total };
}

const COMPLETION_LABEL = tx('Completion', 'Wypełnienie', '完成度');

/**
 * This sheet's completion as a formula by the rule of progress() (its own rule: a level is a
 * choice or a valid score), tagged so the Summary sheet refers to it and follows a client's edits.
 */
function completionCell(
  data: SheetData,
  customerLines: { first: number; last: number; customers: number },
  strategyRows: readonly number[],
): XCell {
  const { first, last, customers: n } = customerLines;
  const col = (c: number) => `${ref(c, first)}:${ref(c, last)}`;
  const answered = [
    sumProduct(`--(LEN(TRIM(${col(1)}))>0)`),
    countIf(col(6), lit('?*')),
    countIf(col(7), lit('?*')),
    // The strategies are consecutive rows: one range.
    ...(strategyRows.length
      ? [countValid(`${ref(2, Math.min(...strategyRows))}:${ref(2, Math.max(...strategyRows))}`, IMPORTANCE)]
      : []),
  ].join('+');
  const p = progress(data);
  return {
    f: completionShareFormula(`(${answered})`, String(3 * n + strategyRows.length)),
    v: completionShare(p.answered, p.total),
    z: EXCEL_FORMAT.pct0,
    result: 'completion',
  };
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([14, 28, 12, 14, 12, 14, 14, 14, 22]);
  const t = (x: Text) => pick(x, lang);
  const bold = (x: Text): XCell => ({ v: t(x), bold: true });
  const HIGH = lit(t(LEVEL_LABEL.high));
  const LOW = lit(t(LEVEL_LABEL.low));
  const Q = (q: Quadrant) => lit(t(QUADRANT_LABEL[q]));
  b.add([{ v: t(stakeholderGrid.title), bold: true }]);
  b.add([t(stakeholderGrid.intro)]);
  b.blank();
  b.heading(t(customers.title!));
  b.add([
    bold(customers.rowHeader),
    ...[nameInput, interestInput, interestScoreInput, influenceInput, influenceScoreInput].map((c) =>
      headCell(t(c.label), customers.id, c.id),
    ),
    bold(L.interestLevel),
    bold(L.influenceLevel),
    bold(quadrantColumn.label),
  ]);
  const rows = tableRows(customers, data);
  const first = b.next;
  // One empty line when there is no customer, so the ranges below stay valid.
  const lines: (Row | undefined)[] = rows.length ? rows : [undefined];
  lines.forEach((r, i) => {
    const n = b.next;
    const levels = r ? customerLevels(r) : { interest: undefined, influence: undefined };
    const q = r ? customerQuadrant(r) : undefined;
    // Same rule as the app: a valid score decides (an 11 typed in Excel does not), else the choice.
    const level = (choice: string, score: string): string =>
      `IF(${isValid(score, SCORE_RANGE)},IF(${score}>5,${HIGH},${LOW}),IF(${choice}=${HIGH},${HIGH},IF(${choice}=${LOW},${LOW},"")))`;
    const [g, h] = [ref(6, n), ref(7, n)];
    b.add([
      r ? rowName(customers, i, lang) : null,
      ...[nameInput, interestInput, interestScoreInput, influenceInput, influenceScoreInput].map((c) =>
        r ? inputCell(c, r.cells[c.id], lang, cellAt(customers.id, r.id, c.id)) : null,
      ),
      { f: level(ref(2, n), ref(3, n)), v: levels.interest ? t(LEVEL_LABEL[levels.interest]) : '' },
      { f: level(ref(4, n), ref(5, n)), v: levels.influence ? t(LEVEL_LABEL[levels.influence]) : '' },
      {
        f: `IF(OR(${g}="",${h}=""),"",IF(${h}=${HIGH},IF(${g}=${HIGH},${Q('key')},${Q('satisfied')}),IF(${g}=${HIGH},${Q('informed')},${Q('monitor')})))`,
        v: q ? t(QUADRANT_LABEL[q]) : '',
      },
    ]);
  });
  const last = b.next - 1;
  const quadrantRange = `${ref(8, first)}:${ref(8, last)}`;
  b.add(rowsEndRow(customers.id));
  b.heading(t(L.counts));
  const counts = quadrantCounts(data);
  for (const q of QUADRANTS) {
    b.add([
      bold(L.count(q)),
      {
        f: `IF(COUNTIF(${quadrantRange},"?*")=0,"",COUNTIF(${quadrantRange},${Q(q)}))`,
        v: counts?.[q] ?? '',
        z: EXCEL_FORMAT.int,
        result: `count-${q}`,
      },
    ]);
  }
  b.blank();
  b.heading(t(strategies.title!));
  b.add([bold(tx('Quadrant', 'Ćwiartka', '象限')), bold(strategies.rowHeader), bold(importanceInput.label)]);
  const ranges = new Map<Quadrant, { from: number; to: number }>();
  const strategyRows: number[] = [];
  for (const r of tableRows(strategies, data)) {
    const s = STRATEGIES.find((x) => x.id === r.id);
    if (!s) continue;
    const n = b.add([
      t(QUADRANT_LABEL[s.quadrant]),
      t(s.label),
      inputCell(importanceInput, r.cells[importanceInput.id], lang, cellAt(strategies.id, r.id, importanceInput.id)),
    ]);
    ranges.set(s.quadrant, { from: ranges.get(s.quadrant)?.from ?? n, to: n });
    strategyRows.push(n);
  }
  b.blank();
  b.heading(t(L.tops));
  b.add([null, null, bold(L.importance)]);
  const tops = topStrategies(data);
  for (const q of QUADRANTS) {
    const range = ranges.get(q);
    if (!range) continue;
    const cells = `${ref(2, range.from)}:${ref(2, range.to)}`;
    // The highest valid rating (a 6 typed in Excel is left out, as in the app).
    const max = maxValid(cells, IMPORTANCE);
    const parts: string[] = [];
    for (let n = range.from; n <= range.to; n++) {
      parts.push(`IF(AND(${isValid(ref(2, n), IMPORTANCE)},${ref(2, n)}=${max}),"; "&${ref(1, n)},"")`);
    }
    const top = tops[q];
    b.add([
      bold(L.top(q)),
      // Tied strategies joined by "; " in seed order, as in the app; MID drops the leading "; ".
      { f: `MID(${parts.join('&')},3,9999)`, v: top ? t(top.labels) : '' },
      { f: `IF(${max}=0,"",${max})`, v: top?.rating ?? '', z: EXCEL_FORMAT.int },
    ]);
  }
  b.blank();
  b.add([bold(COMPLETION_LABEL), completionCell(data, { first, last, customers: rows.length }, strategyRows)]);
  return b.build();
}

function sheet(
  people: [string, Level | '', string, Level | '', string][],
  ratings: Partial<Record<string, string>> = {},
): SheetData {
  const data = emptySheet();
  data.tables['customers'] = people.map(([name, interest, interestScore, influence, influenceScore]) =>
    row({ name, interest, interestScore, influence, influenceScore }),
  );
  data.tables['strategies'] = STRATEGIES.map((s) => row({ importance: ratings[s.id] ?? '' }, s.id));
  return data;
}

const EXAMPLE_CUSTOMERS: Record<Lang, [string, string, string, string, string]> = {
  en: [
    'City Hall procurement office',
    'Green Bean café chain',
    'Riverside cycling club',
    'Walk-in customers',
    'Portus Logistics (e-bike fleet)',
  ],
  pl: [
    'Wydział zamówień urzędu miasta',
    'Sieć kawiarni Zielone Ziarno',
    'Klub kolarski Nadrzecze',
    'Klienci z ulicy',
    'Firma logistyczna Portus',
  ],
  zh: ['市政府采购办公室', '绿豆咖啡连锁店', '河畔自行车俱乐部', '散客', 'Portus 物流（电动自行车车队）'],
};

export const stakeholderGrid = {
  id: 'stakeholder-grid',
  title: TITLES['stakeholder-grid'],
  intro: tx(
    "Think about your customers and try to classify them according to their interest in your company's offers and their influence, using the scheme below. After entering their names in the table, rate the importance of the proposed action strategies.",
    'Pomyśl o swoich klientach i spróbuj sklasyfikować ich zgodnie z ich zainteresowaniem ofertami Twojej firmy i ich wpływem, korzystając z poniższego schematu. Po wprowadzeniu ich nazw do tabeli, oceń ważność proponowanych strategii działania.',
    '想一想您的客户，试着按照下面的框架，根据他们对贵公司产品的兴趣和他们的影响力对其进行分类。在表中填入他们的名称后，请为建议的行动策略的重要性评分。',
  ),
  blocks: [
    customers,
    {
      kind: 'custom',
      id: 'grid',
      panel: 'stakeholder-grid',
      target: 'customers',
      title: tx('Interest / influence grid', 'Siatka zainteresowania i wpływu', '兴趣 / 影响力矩阵'),
    },
    { kind: 'results', id: 'counts', title: L.counts, items: countItems },
    strategies,
    { kind: 'results', id: 'tops', title: L.tops, items: topItems },
  ],
  initial: () => ({
    fields: {},
    tables: { customers: [row(), row(), row()], strategies: rowsForFixed(strategyRows) },
  }),
  example: (lang) => {
    const [a, b, c, d, e] = EXAMPLE_CUSTOMERS[lang];
    return sheet(
      [
        [a, 'low', '3', 'high', '8'],
        [b, 'high', '9', 'high', '7'],
        [c, 'high', '7', 'low', '3'],
        [d, 'low', '', 'low', ''],
        [e, 'high', '', 'high', ''],
      ],
      {
        s1: '3',
        s2: '4',
        s3: '4',
        k1: '5',
        k2: '3',
        k3: '4',
        k4: '4',
        k5: '5',
        m1: '2',
        m2: '4',
        m3: '3',
        i1: '3',
        i2: '5',
        i3: '4',
      },
    );
  },
  excel,
  summary: (data) => countItems(data),
  progress,
} satisfies WorksheetDef;
