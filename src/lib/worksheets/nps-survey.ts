/**
 * Module II — Net Promoter Score survey (0–10, the standard scale).
 *
 * Storage: respondents are rows with ids in the generic table model (`tables.respondents`: score
 * as typed, an optional segment and reason), so two tabs merge by id and the generic table draws
 * them: a page at a time, paste and file import (`bulk`). Data v1 kept the scores as one list of
 * strings (`fields.scores`); storage/upgrade.ts turns it into these rows as a record is read.
 * Whole-sheet views read the session's plain copy once per change (sheet-revision.svelte.ts), so
 * 10,000 respondents are one pass over plain objects per keystroke.
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
  XCell,
} from './types';
import { byLang, counted, emptySheet, fillText, pick, row, rowName, text, tx } from './helpers';
import { fill } from '../i18n/translate';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, inputCell, label, ref } from './excel';
import { lit, litOf } from './formula';
import { NPS_TEXT } from './nps-texts';
import { npsChange } from '../scoring/nps-change';
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
import { segmentResults, type SegmentResult } from '../scoring/nps-segments';
import { formatNumber } from '../i18n/format';
import { TITLES } from './titles';
import {
  FIRST_ROUND,
  comparedRounds,
  currentRound,
  roundName,
  roundRows,
  roundTable,
  roundTables,
  rounds,
} from './nps-rounds';

export const NPS_CATEGORY_LABEL: Record<NpsCategory, Text> = {
  promoter: tx('Promoter', 'Promotor', '推荐者'),
  passive: tx('Passive', 'Pasywny', '被动者'),
  detractor: tx('Detractor', 'Krytyk', '贬损者'),
};

export const scoreInput: InputDef = {
  id: 'score',
  kind: 'number',
  label: NPS_TEXT.score,
  hint: tx(
    '0–10: 0 = not at all likely, 10 = extremely likely',
    '0–10: 0 = najmniej prawdopodobne, 10 = najbardziej prawdopodobne',
    '0–10：0 = 完全不可能，10 = 极有可能',
  ),
  rule: { ...NPS_RANGE, noun: NPS_TEXT.score },
};
const segmentInput: InputDef = {
  id: 'segment',
  kind: 'text',
  label: NPS_TEXT.segment,
  optional: true,
};
const reasonInput: InputDef = {
  id: 'reason',
  kind: 'text',
  label: NPS_TEXT.reason,
  optional: true,
};

export const categoryLabel = tx('Category', 'Kategoria', '类别');
export const respondentNoun = NPS_TEXT.respondent;
const addRespondentLabel = tx('Add respondent', 'Dodaj respondenta', '添加受访者');

const categoryColumn: ComputedColumn = {
  id: 'category',
  kind: 'computed',
  label: categoryLabel,
  compute: (r) => {
    const c = categoryOf(r.cells['score']);
    return { kind: 'text', value: c ? NPS_CATEGORY_LABEL[c] : undefined };
  },
};

export const respondents: TableBlock = {
  kind: 'table',
  id: 'respondents',
  title: tx('Responses', 'Odpowiedzi', '回答'),
  rowHeader: respondentNoun,
  columns: [scoreInput, categoryColumn, segmentInput, reasonInput],
  editable: { rowNoun: respondentNoun, addLabel: addRespondentLabel, minRows: 0 },
  // A real survey: thousands of answers, pasted or imported; a bare list of scores is still read
  // with the one-column rules (several on a line, "7,5" as 7 and 5), and the report shows the
  // survey by its results, not respondent by respondent.
  bulk: { oneColumn: scoreInput.id, inReport: false },
  // One table per survey round; the page edits the chosen round's (nps-rounds.ts).
  instances: { all: roundTables, shown: (data) => roundTable(currentRound(data)) },
};

/** A round's respondents as stored (blank ones included); the round being edited by default. */
export const respondentRows = (data: SheetData, roundId = currentRound(data)): readonly Row[] =>
  data.tables[roundTable(roundId)] ?? [];

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

/** A typed score as a number, or undefined when blank or not a whole 0–10. */
export function readScoreText(text: string): number | undefined {
  const r = readScore(text);
  return typeof r === 'number' ? r : undefined;
}

/** The round being edited, by segment (valid scores only), in the order segments first appear. */
export function roundSegments(data: SheetData, roundId = currentRound(data)): SegmentResult[] {
  const entries: { score: number; segment: string }[] = [];
  for (const r of respondentRows(data, roundId)) {
    const score = readScoreText(text(r.cells['score']));
    if (score !== undefined) entries.push({ score, segment: text(r.cells['segment']) });
  }
  return segmentResults(entries);
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

/**
 * One pass over the rows. Views call it through wholeSheet (one computation per change of the
 * sheet, on its plain copy); rows are changed in place, so nothing here caches by identity.
 */
export const analyse = (data: SheetData): SurveyAnalysis => analyseRows(respondentRows(data));

/** One round's respondents analysed. */
export function analyseRows(rows: readonly Row[]): SurveyAnalysis {
  const scores: number[] = [];
  let invalid = 0;
  for (const r of rows) {
    const v = r.cells['score'];
    const reading = readScore(typeof v === 'string' ? v : '');
    if (typeof reading === 'number') scores.push(reading);
    else if (reading === 'invalid') invalid++;
  }
  return { scores, invalid, rows: rows.length, summary: npsSummary(scores), distribution: npsDistribution(scores) };
}

/** Valid scores in row order, and how many entries are not valid scores. */
export function npsScores(data: SheetData): { scores: number[]; invalid: number } {
  const { scores, invalid } = analyse(data);
  return { scores, invalid };
}

/** A respondent's category, or undefined when the score is blank or not valid. */
export function categoryOf(text: string | string[] | undefined): NpsCategory | undefined {
  const r = readScore(typeof text === 'string' ? text : '');
  return typeof r === 'number' ? npsCategory(r) : undefined;
}

const L = {
  responses: tx('Number of responses', 'Liczba odpowiedzi', '回答数'),
  promoters: NPS_TEXT.promoters,
  passives: NPS_TEXT.passives,
  detractors: NPS_TEXT.detractors,
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
 * Layout: the summary of the round being edited, the rounds (label and date, inputs), then each
 * round's respondents under its name. Summary formulas run over that round's score column, from
 * its first respondent to the blank row after its last (rows a client inserts in between widen
 * the range and are read back); the last round's table is "open", to the sheet's last row, so
 * scores typed anywhere below it count and are imported. Only the whole scores 0–10 are counted
 * (COUNTIF of each value), so entries the app leaves out are left out in Excel too.
 */
function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([18, 30, 14, 14, 40, 14, 14, 14, 30]);
  const roundList = roundRows(data);
  const current = currentRound(data);
  // Where each round's section lies, known before anything is written (the summary refers to it).
  const ROUNDS_FIRST = 14;
  const pair = comparedRounds(data);
  const segments = roundSegments(data);
  // By segment only when someone has one: a survey without segments would show one "(no segment)".
  const bySegment = segments.some((g) => g.name !== '');
  let next = ROUNDS_FIRST + roundList.length + 1; // after the rounds and their blank row
  const changeFirst = next;
  if (pair) next += 7; // heading, from, to, change, interval, verdict, blank
  const segmentsFirst = next;
  if (bySegment) next += 3 + segments.length; // heading, header, a row each, blank
  const sections = roundList.map((r, k) => {
    const rows = respondentRows(data, r.id);
    const heading = next;
    const first = heading + 2;
    const spacer = first + rows.length;
    next = spacer + 1;
    return { round: r, rows, heading, first, end: k === roundList.length - 1 ? 1048576 : spacer };
  });
  const mine = sections.find((x) => x.round.id === current)!;
  /** Each round's NPS, worked out once for the rounds table, the change and the summary. */
  const summaryOf = new Map(sections.map((x) => [x.round.id, analyseRows(x.rows).summary]));
  b.add([{ v: pick(npsSurvey.title, lang), style: 'title' }]);
  b.add([pick(QUESTION, lang)]);
  b.blank();
  const s = summaryOf.get(current);
  const col = `$B$${mine.first}:$B$${mine.end}`;
  const n = 'B5';
  b.heading(`${pick(tx('Summary', 'Podsumowanie', '汇总'), lang)} — ${roundName(data, current, lang)}`); // row 4
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
  b.heading(pick(rounds.title!, lang)); // 12
  const [labelCol, dateCol] = rounds.columns as InputDef[];
  b.add([
    label(rounds.rowHeader, lang),
    headCell(pick(labelCol!.label, lang), rounds.id, labelCol!.id),
    headCell(pick(dateCol!.label, lang), rounds.id, dateCol!.id),
    label(NPS_TEXT.responses, lang),
    label(NPS_TEXT.nps, lang),
    label(NPS_TEXT.margin, lang),
    label(NPS_TEXT.promoters, lang),
    label(NPS_TEXT.detractors, lang),
  ]); // 13
  // A sheet stored without rounds (older data) has its first one only implied: shown, not an input.
  const stored = Boolean(data.tables[rounds.id]?.length);
  /** Row of each round in the rounds table, for the change between two of them. */
  const roundRow = new Map<string, number>();
  roundList.forEach((r, i) => {
    const at = (input: InputDef) =>
      stored ? inputCell(input, r.cells[input.id], lang, cellAt(rounds.id, r.id, input.id)) : null;
    const x = sections[i]!;
    const range = `$B$${x.first}:$B$${x.end}`;
    const R = b.next;
    roundRow.set(r.id, R);
    const rs = summaryOf.get(r.id);
    b.add([rowName(rounds, i, lang), at(labelCol!), at(dateCol!), ...summaryCells(range, undefined, R, rs, lang)]);
  });
  b.add([{ rowsEnd: { table: rounds.id, spacer: true } }]);
  if (b.next !== changeFirst) throw new Error('NPS sheet: the rounds table is not where the change expects it');
  if (pair) writeChange(b, data, pair, roundRow, summaryOf, lang);
  if (b.next !== segmentsFirst) throw new Error('NPS sheet: the change is not where the segments expect it');
  if (bySegment) {
    b.heading(`${pick(NPS_TEXT.segmentsTitle, lang)} — ${roundName(data, current, lang)}`);
    b.add([
      label(NPS_TEXT.segment, lang),
      label(NPS_TEXT.responses, lang),
      label(NPS_TEXT.nps, lang),
      label(NPS_TEXT.margin, lang),
      label(NPS_TEXT.promoters, lang),
      label(NPS_TEXT.detractors, lang),
      label(NPS_TEXT.passives, lang),
      label(INDICATIVE_HEAD, lang),
    ]);
    const range = `$B$${mine.first}:$B$${mine.end}`;
    const segRange = `$D$${mine.first}:$D$${mine.end}`;
    for (const g of segments) {
      const R = b.next;
      b.add([
        g.name === '' ? pick(NPS_TEXT.noSegment, lang) : g.name,
        ...summaryCells(range, { range: segRange, name: g.name }, R, g.summary, lang, true),
      ]);
    }
    b.blank();
  }
  if (b.next !== sections[0]!.heading)
    throw new Error('NPS sheet: the respondents are not where the summary expects them');
  const [pr, pa, de] = (['promoter', 'passive', 'detractor'] as const).map(
    (c) => `"${pick(NPS_CATEGORY_LABEL[c], lang)}"`,
  );
  const labelOf = {
    promoter: pick(NPS_CATEGORY_LABEL.promoter, lang),
    passive: pick(NPS_CATEGORY_LABEL.passive, lang),
    detractor: pick(NPS_CATEGORY_LABEL.detractor, lang),
  };
  for (const x of sections) {
    const t = roundTable(x.round.id);
    b.heading(`${pick(respondents.title!, lang)} — ${roundName(data, x.round.id, lang)}`);
    b.add([
      label(respondentNoun, lang),
      headCell(pick(scoreInput.label, lang), t, scoreInput.id),
      label(categoryLabel, lang),
      headCell(pick(segmentInput.label, lang), t, segmentInput.id),
      headCell(pick(reasonInput.label, lang), t, reasonInput.id),
    ]);
    // One round: its header stays in view and is printed on every page, as before rounds.
    if (sections.length === 1) b.markHeader();
    x.rows.forEach((r, i) => {
      const B = ref(1, b.next);
      const c = categoryOf(r.cells['score']);
      const at = (input: InputDef) => inputCell(input, r.cells[input.id], lang, cellAt(t, r.id, input.id));
      b.add([
        rowName(respondents, i, lang),
        at(scoreInput),
        {
          // ISNUMBER first and alone: AND() does not stop at it, and text would make B=INT(B) an error.
          f: `IF(ISNUMBER(${B}),IF(AND(${B}>=0,${B}<=10,${B}=INT(${B})),IF(${B}>=9,${pr},IF(${B}>=7,${pa},${de})),""),"")`,
          v: c === undefined ? '' : labelOf[c],
        },
        at(segmentInput),
        at(reasonInput),
      ]);
    });
    b.add([{ rowsEnd: { table: t, spacer: true, open: x.end === 1048576 } }]);
  }
  return b.build();
}

/** Heading of the column that marks small groups. */
const INDICATIVE_HEAD = tx('Note', 'Uwaga', '备注');

/** COUNTIF criterion for cells equal to a segment: "=" so a name like ">5" is not a comparison, wildcards escaped. */
const segmentCriterion = (name: string) => (name === '' ? '""' : lit(`=${name.replace(/[~*?]/g, (c) => `~${c}`)}`));

/**
 * Responses, NPS, margin, % promoters, % detractors (and % passives, the indicative note) of the
 * whole scores 0–10 in `range` (of one segment when `segment` is given), for row `R`, whose first
 * cell is in column A: the results start in column B when `compact`, else in D (after label, date).
 */
function summaryCells(
  range: string,
  segment: { range: string; name: string } | undefined,
  R: number,
  s: NpsSummary | undefined,
  lang: Lang,
  compact = false,
): XCell[] {
  const count = (scores: number[]) =>
    segment
      ? `SUMPRODUCT(COUNTIFS(${range},{${scores.join(',')}},${segment.range},${segmentCriterion(segment.name)}))`
      : `SUMPRODUCT(COUNTIF(${range},{${scores.join(',')}}))`;
  const first = compact ? 1 : 3;
  // Responses, NPS, margin, % promoters, % detractors: the shares are read by the NPS and margin.
  const [N, , , P, D] = [0, 1, 2, 3, 4].map((k) => ref(first + k, R)) as [string, string, string, string, string];
  const share = (scores: number[], v: number | undefined): XCell => ({
    f: `IF(${N}>0,${count(scores)}/${N},"")`,
    v: v ?? '',
    z: EXCEL_FORMAT.pct1,
  });
  const cells: XCell[] = [
    { f: count([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), v: s?.responses ?? 0, z: EXCEL_FORMAT.int },
    { f: `IF(${N}>0,(${P}-${D})*100,"")`, v: s?.nps ?? '', z: EXCEL_FORMAT.signedInt },
    {
      f: `IF(${N}>0,1.96*SQRT(MAX(0,${P}+${D}-(${P}-${D})^2)/${N})*100,"")`,
      v: s?.marginOfError ?? '',
      z: EXCEL_FORMAT.dec1,
    },
    share([9, 10], s?.promoterShare),
    share([0, 1, 2, 3, 4, 5, 6], s?.detractorShare),
  ];
  if (compact)
    cells.push(share([7, 8], s?.passiveShare), {
      f: `IF(AND(${N}>0,${N}<${INDICATIVE_BELOW}),${litOf(NPS_TEXT.indicative, lang)},"")`,
      v: s?.indicative ? pick(NPS_TEXT.indicative, lang) : '',
    });
  return cells;
}

/** The change between the two compared rounds, from their rows in the rounds table (columns D–H). */
function writeChange(
  b: SheetBuilder,
  data: SheetData,
  pair: { from: string; to: string },
  roundRow: ReadonlyMap<string, number>,
  summaryOf: ReadonlyMap<string, NpsSummary | undefined>,
  lang: Lang,
) {
  const [f, t] = [roundRow.get(pair.from)!, roundRow.get(pair.to)!];
  const [before, after] = [summaryOf.get(pair.from), summaryOf.get(pair.to)];
  b.heading(pick(NPS_TEXT.changeTitle, lang));
  b.add([pick(NPS_TEXT.from, lang), roundName(data, pair.from, lang)]);
  b.add([pick(NPS_TEXT.to, lang), roundName(data, pair.to, lang)]);
  if (pair.from === pair.to) {
    b.add([pick(NPS_TEXT.change, lang), pick(NPS_TEXT.sameRound, lang)]);
    b.blank();
    b.blank();
    b.blank();
    return;
  }
  const c = npsChange(before, after);
  const V = (r: number) => `MAX(0,G${r}+H${r}-(G${r}-H${r})^2)/D${r}`;
  const changeAt = ref(1, b.next);
  b.add([
    pick(NPS_TEXT.change, lang),
    { f: `IF(AND(D${f}>0,D${t}>0),E${t}-E${f},"")`, v: c?.change ?? '', z: EXCEL_FORMAT.dec1 },
  ]);
  const marginAt = ref(1, b.next);
  b.add([
    pick(NPS_TEXT.changeMargin, lang),
    { f: `IF(AND(D${f}>0,D${t}>0),1.96*SQRT(${V(f)}+${V(t)})*100,"")`, v: c?.margin ?? '', z: EXCEL_FORMAT.dec1 },
  ]);
  b.add([
    pick(NPS_TEXT.verdict, lang),
    {
      f: `IF(ISNUMBER(${changeAt}),IF(ABS(${changeAt})>${marginAt},${litOf(NPS_TEXT.clear, lang)},${litOf(NPS_TEXT.within, lang)}),"")`,
      v: c ? pick(c.clear ? NPS_TEXT.clear : NPS_TEXT.within, lang) : '',
    },
  ]);
  b.blank();
}

const QUESTION = tx(
  'How likely is it that you would recommend the company to a friend? (0 = not at all likely, 10 = extremely likely)',
  'Jak bardzo prawdopodobne jest, że polecisz firmę znajomemu? (0 — najmniej prawdopodobne, 10 — najbardziej prawdopodobne)',
  '您向朋友推荐这家公司的可能性有多大？（0 = 完全不可能，10 = 极有可能）',
);

type ExampleRespondent = string | { score: string; segment?: string; reason?: string };

/** A sheet of these rounds (the last one is edited: no round chosen). */
const sheetWith = (...roundsOf: { label?: string; date?: string; scores: ExampleRespondent[] }[]): SheetData => {
  const data = emptySheet();
  data.tables[rounds.id] = roundsOf.map((r, i) =>
    row({ label: r.label ?? '', date: r.date ?? '' }, i === 0 ? FIRST_ROUND : `round-${i + 1}`),
  );
  roundsOf.forEach((r, i) => {
    data.tables[roundTable(data.tables[rounds.id]![i]!.id)] = r.scores.map((x) =>
      row(typeof x === 'string' ? { score: x } : x),
    );
  });
  return data;
};

/** The example's respondents: Baltic Bikes' customers by channel, the detractors with their reasons. */
function exampleRespondents(scores: string[], reasons: Record<number, Text>, lang: Lang): ExampleRespondent[] {
  const SEGMENTS = [
    tx('Dealer', 'Dealer', '经销商'),
    tx('Online shop', 'Sklep online', '网店'),
    tx('Service', 'Serwis', '维修服务'),
  ];
  return scores.map((score, i) => {
    const reason = reasons[i];
    return {
      score,
      segment: pick(SEGMENTS[i % SEGMENTS.length]!, lang),
      ...(reason ? { reason: pick(reason, lang) } : {}),
    };
  });
}

const EXAMPLE_REASONS = {
  late: tx('The bike came three weeks late', 'Rower przyszedł trzy tygodnie później', '自行车晚到了三周'),
  service: tx('The service visit was cancelled twice', 'Wizytę serwisową odwołano dwa razy', '维修预约被取消了两次'),
  price: tx('The price went up without notice', 'Cena wzrosła bez uprzedzenia', '价格未经通知就上涨了'),
  parts: tx('Spare parts are hard to get', 'Trudno o części zamienne', '备件很难买到'),
  answer: tx('No answer to my e-mail', 'Brak odpowiedzi na mój e-mail', '我的邮件没有得到回复'),
};

/** Completion: respondents with a valid score / respondents listed, over every round. */
const progress = (data: SheetData): Progress => {
  let answered = 0;
  let total = 0;
  for (const r of roundRows(data)) {
    const a = analyseRows(respondentRows(data, r.id));
    answered += a.scores.length;
    total += a.rows;
  }
  return { answered, total };
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
    rounds,
    { kind: 'custom', id: 'trend', panel: 'nps-trend', title: NPS_TEXT.overTime },
    { kind: 'custom', id: 'round', panel: 'nps-round' },
    { kind: 'results', id: 'summary', title: tx('NPS summary', 'Podsumowanie NPS', 'NPS 汇总'), items: results },
    { kind: 'custom', id: 'chart', panel: 'nps-chart' },
    { kind: 'custom', id: 'segments', panel: 'nps-segments', title: NPS_TEXT.segmentsTitle },
    respondents,
  ],
  initial: () => sheetWith({ scores: Array.from({ length: 10 }, () => '') }),
  example: (lang) =>
    sheetWith(
      {
        label: pick(
          tx(
            'Q1 2027 — before the loyalty programme',
            'I kw. 2027 — przed programem lojalnościowym',
            '2027 年第一季度 — 忠诚度计划之前',
          ),
          lang,
        ),
        date: '2027-03-31',
        scores: exampleRespondents(
          ['9', '6', '8', '5', '10', '7', '4', '9', '6', '8', '3', '9'],
          { 1: EXAMPLE_REASONS.late, 3: EXAMPLE_REASONS.service, 6: EXAMPLE_REASONS.price, 10: EXAMPLE_REASONS.parts },
          lang,
        ),
      },
      {
        label: pick(
          tx('Q3 2027 — after the programme', 'III kw. 2027 — po programie', '2027 年第三季度 — 计划之后'),
          lang,
        ),
        date: '2027-09-30',
        scores: exampleRespondents(
          ['10', '9', '8', '9', '6', '10', '7', '9', '4', '8', '9', '10'],
          { 4: EXAMPLE_REASONS.answer, 8: EXAMPLE_REASONS.parts },
          lang,
        ),
      },
    ),
  excel,
  // Files exported before data v2 held the scores as one list: still read back (export/legacy-list.ts).
  lists: { scores: { input: scoreInput, rowNoun: respondentNoun } },
  summary: (data) => results(data).filter((r) => ['responses', 'nps', 'margin'].includes(r.id)),
  progress,
} satisfies WorksheetDef;
