/**
 * Module II — Net Promoter Score survey (0–10, the standard scale).
 *
 * Storage: the scores are one list, `fields.scores` (string[], each respondent's score exactly as
 * typed, '' when blank; respondent n is entry n − 1). A survey can hold 10,000 answers: as rows
 * ({id, cells}) that would be ~40 bytes each and 10,000 reactive objects; as a list it is ~3 bytes
 * each, and every edit replaces the list with a new ScoreList, which Svelte's $state does not
 * proxy (it proxies only plain arrays and objects). Older data kept the scores as table rows
 * (`tables.respondents`): it is read when there is no list, and the first edit writes the list.
 */
import type { InputDef, Lang, Progress, ResultItem, Row, SheetData, TableBlock, Text, WorksheetDef } from './types';
import { byLang, counted, emptySheet, fillText, pick, tableRows, tx } from './helpers';
import { fill } from '../i18n/translate';
import { EXCEL_FORMAT, SheetBuilder, inputCell, ref } from './excel';
import { litOf } from './formula';
import {
  INDICATIVE_BELOW,
  NPS_RANGE,
  npsCategory,
  npsSummary,
  type NpsCategory,
  type NpsSummary,
} from '../scoring/nps';
import { parseInRange } from '../scoring/parse';
import { npsDistribution } from '../scoring/nps-distribution';
import { formatNumber } from '../i18n/format';
import { TITLES } from './titles';

export const NPS_CATEGORY_LABEL: Record<NpsCategory, Text> = {
  promoter: tx('Promoter', 'Promotor', '推荐者'),
  passive: tx('Passive', 'Pasywny', '被动者'),
  detractor: tx('Detractor', 'Krytyk', '贬损者'),
};

export const scoreInput: InputDef = {
  id: 'score',
  kind: 'number',
  label: tx('Score', 'Wartość', '评分'),
  hint: tx(
    '0–10: 0 = not at all likely, 10 = extremely likely',
    '0–10: 0 = najmniej prawdopodobne, 10 = najbardziej prawdopodobne',
    '0–10：0 = 完全不可能，10 = 极有可能',
  ),
  rule: { ...NPS_RANGE, noun: tx('Score', 'Wartość', '评分') },
};

export const categoryLabel = tx('Category', 'Kategoria', '类别');
export const respondentNoun = tx('Respondent', 'Respondent', '受访者');
export const addRespondentLabel = tx('Add respondent', 'Dodaj respondenta', '添加受访者');
export const SCORES_FIELD = 'scores';

/** The old table shape, read for data saved before the scores became one list. */
export const legacyRespondents: TableBlock = {
  kind: 'table',
  id: 'respondents',
  rowHeader: respondentNoun,
  columns: [scoreInput],
  editable: { rowNoun: respondentNoun, addLabel: addRespondentLabel, minRows: 0 },
};

/**
 * A list of scores as typed. A class, so $state leaves it unproxied; stored and exported as a plain
 * array. Never changed in place (typed readonly): every edit builds a new list with the helpers
 * below, which is what lets analyse() cache by identity.
 */
export class ScoreList extends Array<string> {}

const CHUNK = 5000;
/** Builds a list from a plain array (chunked push: Array.from on a subclass is ~30× slower). */
function toList(plain: string[]): readonly string[] {
  const list = new ScoreList();
  for (let i = 0; i < plain.length; i += CHUNK) list.push(...plain.slice(i, i + CHUNK));
  return list;
}

/** A plain copy (slice() on a subclass goes through the slow species path). */
function plainCopy(texts: readonly string[], from = 0, to = texts.length): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(texts[i] ?? '');
  return out;
}

export const scoreList = (texts: readonly string[]): readonly string[] => toList(plainCopy(texts));

export function withScore(texts: readonly string[], index: number, text: string): readonly string[] {
  const next = plainCopy(texts);
  next[index] = text;
  return toList(next);
}

export function withRemoved(texts: readonly string[], index: number): readonly string[] {
  const next = plainCopy(texts);
  next.splice(index, 1);
  return toList(next);
}

export function withInserted(texts: readonly string[], index: number, text: string): readonly string[] {
  const next = plainCopy(texts);
  next.splice(Math.min(index, next.length), 0, text);
  return toList(next);
}

/** The list with entry `index` moved one place up (−1) or down (+1); unchanged at either end. */
export function withMoved(texts: readonly string[], index: number, delta: -1 | 1): readonly string[] {
  const to = index + delta;
  if (index < 0 || index >= texts.length || to < 0 || to >= texts.length) return texts;
  const next = plainCopy(texts);
  [next[index], next[to]] = [next[to]!, next[index]!];
  return toList(next);
}

/** Each respondent's score as typed ('' = blank), in order. */
export function respondentTexts(data: SheetData): readonly string[] {
  const list = data.fields[SCORES_FIELD];
  if (Array.isArray(list)) return list;
  return legacyTexts(data);
}

const legacyCache = new WeakMap<Row[], readonly string[]>();
function legacyTexts(data: SheetData): readonly string[] {
  const rows = data.tables[legacyRespondents.id];
  if (!rows) return [];
  let texts = legacyCache.get(rows);
  if (!texts) {
    texts = tableRows(legacyRespondents, data).map((r) => {
      const v = r.cells['score'];
      return typeof v === 'string' ? v : '';
    });
    // Legacy rows are only read (every edit writes the list), so caching by the array is safe.
    legacyCache.set(rows, texts);
  }
  return texts;
}

/** A text's score: a number, 'empty', or 'invalid'. */
type Reading = number | 'empty' | 'invalid';
const readingCache = new Map<string, Reading>();
function readScore(text: string): Reading {
  let r = readingCache.get(text);
  if (r === undefined) {
    const p = parseInRange(text, NPS_RANGE);
    r = p.status === 'ok' ? p.value : p.status;
    // Surveys repeat the same few texts ("9", "10"); the cache stays small in practice.
    if (readingCache.size > 5000) readingCache.clear();
    readingCache.set(text, r);
  }
  return r;
}

export interface SurveyAnalysis {
  /** Valid scores in respondent order. */
  scores: number[];
  /** Entries that are not a valid score (left out, counted). */
  invalid: number;
  /** Respondents listed, blank ones included. */
  rows: number;
  summary: NpsSummary | undefined;
  /** Respondents per score 0–10. */
  distribution: number[];
}

// One analysis per list: results, chart, progress and export all read the same list, and a list is
// never changed in place (each edit stores a new one), so it can be cached by identity.
const analyses = new WeakMap<readonly string[], SurveyAnalysis>();

export function analyse(data: SheetData): SurveyAnalysis {
  const texts = respondentTexts(data);
  let a = analyses.get(texts);
  if (!a) {
    const scores: number[] = [];
    let invalid = 0;
    for (let i = 0; i < texts.length; i++) {
      const r = readScore(texts[i] ?? '');
      if (typeof r === 'number') scores.push(r);
      else if (r === 'invalid') invalid++;
    }
    a = { scores, invalid, rows: texts.length, summary: npsSummary(scores), distribution: npsDistribution(scores) };
    analyses.set(texts, a);
  }
  return a;
}

/** Valid scores in row order, and how many entries are not valid scores. */
export function npsScores(data: SheetData): { scores: number[]; invalid: number } {
  const { scores, invalid } = analyse(data);
  return { scores, invalid };
}

/** A respondent's category, or undefined when the score is blank or not valid. */
export function categoryOf(text: string | undefined): NpsCategory | undefined {
  const r = readScore(text ?? '');
  return typeof r === 'number' ? npsCategory(r) : undefined;
}

/**
 * The list after adding scores: blank respondents at the end of the list (e.g. a new survey's ten
 * empty rows) are filled first, then the rest is appended.
 */
export function withAdded(texts: readonly string[], added: readonly string[]): readonly string[] {
  let at = texts.length;
  while (at > 0 && (texts[at - 1] ?? '').trim() === '') at--;
  const next = plainCopy(texts, 0, at);
  for (const s of added) next.push(s);
  for (let i = at + added.length; i < texts.length; i++) next.push(texts[i] ?? '');
  return toList(next);
}

export const npsOf = (data: SheetData): NpsSummary | undefined => analyse(data).summary;

const L = {
  responses: tx('Number of responses', 'Liczba odpowiedzi', '回答数'),
  promoters: tx('% Promoters', '% Promotorów', '推荐者占比'),
  passives: tx('% Passives', '% Pasywnych', '被动者占比'),
  detractors: tx('% Detractors', '% Krytyków', '贬损者占比'),
  nps: tx('Net Promoter Score', 'Net Promoter Score', '净推荐值（NPS）'),
  moe: tx('Margin of error (95%)', 'Margines błędu (95%)', '误差范围（95%）'),
};

const INDICATIVE = tx(
  'indicative (fewer than 30 responses)',
  'orientacyjnie (mniej niż 30 odpowiedzi)',
  '仅供参考（少于 30 份回答）',
);

/** The margin's unit: percentage points. */
const POINTS = tx('{n} points', '{n} pkt', '{n} 个百分点');

const NO_SCORES = tx(
  'Enter at least one score from 0 to 10',
  'Wpisz co najmniej jedną wartość od 0 do 10',
  '请至少输入一个 0 到 10 的评分',
);

function results(data: SheetData): ResultItem[] {
  const { invalid, summary: s } = analyse(data);
  const int = (n: number | undefined, lang: Lang) => formatNumber(n, 'int', lang);
  const invalidNote: Text | undefined = invalid
    ? counted(
        invalid,
        {
          en: {
            one: '{n} entry is not a valid score and left out',
            other: '{n} entries are not a valid score and left out',
          },
          pl: { one: 'Pominięto nieprawidłowe wpisy: {n}', other: 'Pominięto nieprawidłowe wpisy: {n}' },
          zh: { other: '{n} 个条目不是有效评分，已排除' },
        },
        (lang) => ({ n: int(invalid, lang) }),
      )
    : undefined;
  const count = (n: number | undefined): Text | undefined =>
    n === undefined
      ? undefined
      : fillText(tx('{n} of {total}', '{n} z {total}', '{total} 份中的 {n} 份'), (lang) => ({
          n: int(n, lang),
          total: int(s?.responses, lang),
        }));
  const moeText = (lang: Lang) =>
    s
      ? `± ${fill(pick(POINTS, lang), { n: formatNumber(s.marginOfError, 'dec1', lang) })}${s.indicative ? ` — ${pick(INDICATIVE, lang)}` : ''}`
      : '';
  return [
    {
      id: 'responses',
      label: L.responses,
      shown: { kind: 'num', value: s?.responses, format: 'int' },
      missing: NO_SCORES,
      detail: invalidNote,
      tone: invalid ? 'warn' : 'neutral',
    },
    {
      id: 'promoters',
      label: L.promoters,
      shown: { kind: 'num', value: s?.promoterShare, format: 'pct1' },
      missing: NO_SCORES,
      detail: count(s?.promoters),
    },
    {
      id: 'passives',
      label: L.passives,
      shown: { kind: 'num', value: s?.passiveShare, format: 'pct1' },
      missing: NO_SCORES,
      detail: count(s?.passives),
    },
    {
      id: 'detractors',
      label: L.detractors,
      shown: { kind: 'num', value: s?.detractorShare, format: 'pct1' },
      missing: NO_SCORES,
      detail: count(s?.detractors),
    },
    {
      id: 'nps',
      label: L.nps,
      shown: { kind: 'num', value: s?.nps, format: 'signedInt' },
      missing: NO_SCORES,
      tone: s === undefined ? 'neutral' : s.nps > 0 ? 'good' : s.nps < 0 ? 'bad' : 'warn',
    },
    {
      id: 'margin',
      label: L.moe,
      shown: { kind: 'num', value: s?.marginOfError, format: 'dec1' },
      missing: NO_SCORES,
      detail: s ? byLang(moeText) : undefined,
    },
  ];
}

/**
 * Summary formulas over the whole score column (to the last Excel row), so a score added in
 * Excel below the list updates the NPS. Only the whole scores 0–10 are counted (COUNTIF of each
 * value), so entries the app leaves out are left out in Excel too, even when typed there.
 */
function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([34, 14, 16]);
  const s = npsOf(data);
  b.add([{ v: pick(npsSurvey.title, lang), bold: true }]);
  b.add([pick(QUESTION, lang)]);
  b.blank();
  const FIRST_DATA_ROW = 13;
  const col = `B${FIRST_DATA_ROW}:B1048576`;
  const n = 'B5';
  b.add([{ v: pick(tx('Summary', 'Podsumowanie', '汇总'), lang), bold: true }]); // row 4
  // Only whole scores 0–10 count, as in the app: a client typing 11 or 7.5 in Excel is left out.
  const count = (scores: number[]) => `SUMPRODUCT(COUNTIF(${col},{${scores.join(',')}}))`;
  b.add([
    pick(L.responses, lang),
    { f: count([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), v: s?.responses ?? 0, z: EXCEL_FORMAT.int, result: 'responses' },
  ]); // 5
  const share = (crit: string, v: number | undefined) => ({
    f: `IF(${n}>0,${crit}/${n},"")`,
    v: v ?? '',
    z: EXCEL_FORMAT.pct1,
  });
  const P = count([9, 10]);
  const D = count([0, 1, 2, 3, 4, 5, 6]);
  const Pa = count([7, 8]);
  b.add([pick(L.promoters, lang), share(P, s?.promoterShare)]); // 6
  b.add([pick(L.passives, lang), share(Pa, s?.passiveShare)]); // 7
  b.add([pick(L.detractors, lang), share(D, s?.detractorShare)]); // 8
  b.add([
    pick(L.nps, lang),
    { f: `IF(${n}>0,(B6-B8)*100,"")`, v: s?.nps ?? '', z: EXCEL_FORMAT.signedInt, result: 'nps' },
  ]); // 9
  b.add([
    pick(L.moe, lang),
    {
      f: `IF(${n}>0,1.96*SQRT(MAX(0,B6+B8-(B6-B8)^2)/${n})*100,"")`,
      v: s?.marginOfError ?? '',
      z: EXCEL_FORMAT.dec1,
      result: 'margin',
    },
    // As the app says beside the margin: few responses make the NPS indicative.
    {
      f: `IF(AND(${n}>0,${n}<${INDICATIVE_BELOW}),${litOf(INDICATIVE, lang)},"")`,
      v: s?.indicative ? pick(INDICATIVE, lang) : '',
    },
  ]); // 10
  b.blank(); // 11
  b.add([
    { v: pick(respondentNoun, lang), bold: true },
    { v: pick(scoreInput.label, lang), bold: true },
    { v: pick(categoryLabel, lang), bold: true },
  ]); // 12
  b.markHeader();
  const [pr, pa, de] = (['promoter', 'passive', 'detractor'] as const).map(
    (c) => `"${pick(NPS_CATEGORY_LABEL[c], lang)}"`,
  );
  const noun = pick(respondentNoun, lang);
  const label = {
    promoter: pick(NPS_CATEGORY_LABEL.promoter, lang),
    passive: pick(NPS_CATEGORY_LABEL.passive, lang),
    detractor: pick(NPS_CATEGORY_LABEL.detractor, lang),
  };
  respondentTexts(data).forEach((text, i) => {
    const rowNo = b.next;
    const c = categoryOf(text);
    const B = ref(1, rowNo);
    b.add([
      `${noun} ${i + 1}`,
      inputCell(scoreInput, text, lang, { list: SCORES_FIELD, index: i }),
      {
        // ISNUMBER first and alone: AND() does not stop at it, and text would make B=INT(B) an error.
        f: `IF(ISNUMBER(${B}),IF(AND(${B}>=0,${B}<=10,${B}=INT(${B})),IF(${B}>=9,${pr},IF(${B}>=7,${pa},${de})),""),"")`,
        v: c === undefined ? '' : label[c],
      },
    ]);
  });
  return b.build();
}

const QUESTION = tx(
  'How likely is it that you would recommend the company to a friend? (0 = not at all likely, 10 = extremely likely)',
  'Jak bardzo prawdopodobne jest, że polecisz firmę znajomemu? (0 — najmniej prawdopodobne, 10 — najbardziej prawdopodobne)',
  '您向朋友推荐这家公司的可能性有多大？（0 = 完全不可能，10 = 极有可能）',
);

const sheetWith = (scores: string[]): SheetData => {
  const data = emptySheet();
  data.fields[SCORES_FIELD] = scores;
  return data;
};

/** Completion: respondents with a valid score / respondents listed (as for any number input). */
const progress = (data: SheetData): Progress => {
  const a = analyse(data);
  return { answered: a.scores.length, total: a.rows };
};

export const npsSurvey = {
  id: 'nps-survey',
  title: TITLES['nps-survey'],
  intro: tx(
    'Collect answers about your company to one specific question: "How likely is it that you would recommend the company to a friend?" on a scale from 0 to 10, where 0 means "not at all likely" and 10 "extremely likely". Enter each respondent\'s score: they are assigned to groups automatically and the NPS summary updates as you type.',
    'Zbierz wyniki na temat swojej firmy, zadając konkretne pytanie: „Jak bardzo prawdopodobne jest, że polecisz firmę znajomemu?” w skali od 0 do 10, gdzie 0 oznacza „najmniej prawdopodobne”, a 10 — „najbardziej prawdopodobne”. Wpisz wartości wskazane przez respondentów: zostaną automatycznie przypisani do grup, a podsumowanie NPS pojawi się od razu.',
    '围绕一个具体问题收集对贵公司的评价：“您向朋友推荐这家公司的可能性有多大？”评分范围为 0 到 10，0 表示“完全不可能”，10 表示“极有可能”。输入每位受访者的评分：他们会被自动归入各组，NPS 汇总随输入即时更新。',
  ),
  blocks: [
    { kind: 'note', id: 'question', title: tx('Question', 'Pytanie', '问题'), text: QUESTION },
    { kind: 'results', id: 'summary', title: tx('NPS summary', 'Podsumowanie NPS', 'NPS 汇总'), items: results },
    { kind: 'custom', id: 'chart', panel: 'nps-chart' },
    {
      kind: 'custom',
      id: 'paste',
      panel: 'nps-paste',
      title: tx('Add many scores', 'Dodaj wiele wartości', '批量添加评分'),
    },
    { kind: 'custom', id: 'respondents', panel: 'nps-respondents', title: tx('Responses', 'Odpowiedzi', '回答') },
  ],
  initial: () => sheetWith(Array.from({ length: 10 }, () => '')),
  example: () => sheetWith(['10', '9', '8', '9', '6', '10', '7', '9', '4', '8', '9', '10']),
  excel,
  lists: { [SCORES_FIELD]: { input: scoreInput, rowNoun: respondentNoun } },
  summary: (data) => results(data).filter((r) => ['responses', 'nps', 'margin'].includes(r.id)),
  progress,
} satisfies WorksheetDef;
