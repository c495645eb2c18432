/** Module II — Net Promoter Score survey (0–10, the standard scale). */
import type { ComputedColumn, InputDef, Lang, ResultItem, Row, SheetData, TableBlock, Text, WorksheetDef } from './types';
import { cellNumber, emptySheet, pick, row, tableRows, tx } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, inputCell, ref } from './excel';
import { NPS_RANGE, npsCategory, npsSummary, type NpsCategory, type NpsSummary } from '../scoring/nps';
import { formatNumber } from '../i18n/format';

export const NPS_CATEGORY_LABEL: Record<NpsCategory, Text> = {
  promoter: tx('Promoter', 'Promotor'),
  passive: tx('Passive', 'Pasywny'),
  detractor: tx('Detractor', 'Krytyk'),
};

export const scoreInput: InputDef = {
  id: 'score',
  kind: 'number',
  label: tx('Score', 'Wartość'),
  rule: { ...NPS_RANGE, noun: tx('Score', 'Wartość') },
};

const categoryColumn: ComputedColumn = {
  id: 'category',
  kind: 'computed',
  label: tx('Category', 'Kategoria'),
  compute: (r: Row) => {
    const s = cellNumber(r, scoreInput);
    return { kind: 'text', value: s === undefined ? undefined : NPS_CATEGORY_LABEL[npsCategory(s)] };
  },
};

export const respondents: TableBlock = {
  kind: 'table',
  id: 'respondents',
  title: tx('Responses', 'Odpowiedzi'),
  rowHeader: tx('Respondent', 'Respondent'),
  columns: [scoreInput, categoryColumn],
  editable: { rowNoun: tx('Respondent', 'Respondent'), addLabel: tx('Add respondent', 'Dodaj respondenta'), minRows: 0 },
};

/** Valid scores in row order, and how many entries are not valid scores. */
export function npsScores(data: SheetData): { scores: number[]; invalid: number } {
  const scores: number[] = [];
  let invalid = 0;
  for (const r of tableRows(respondents, data)) {
    const raw = r.cells['score'];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const s = cellNumber(r, scoreInput);
    if (s === undefined) invalid++;
    else scores.push(s);
  }
  return { scores, invalid };
}

export const npsOf = (data: SheetData): NpsSummary | undefined => npsSummary(npsScores(data).scores);

const L = {
  responses: tx('Number of responses', 'Liczba odpowiedzi'),
  promoters: tx('% Promoters', '% Promotorów'),
  passives: tx('% Passives', '% Pasywnych'),
  detractors: tx('% Detractors', '% Krytyków'),
  nps: tx('Net Promoter Score', 'Net Promoter Score'),
  moe: tx('Margin of error (95%)', 'Margines błędu (95%)'),
};

const NO_SCORES = tx('Enter at least one score from 0 to 10', 'Wpisz co najmniej jedną wartość od 0 do 10');

function results(data: SheetData): ResultItem[] {
  const { scores, invalid } = npsScores(data);
  const s = npsSummary(scores);
  const invalidNote: Text | undefined = invalid
    ? tx(
        `${invalid} ${invalid === 1 ? 'entry is' : 'entries are'} not a valid score and left out`,
        `Pominięto nieprawidłowe wpisy: ${invalid}`,
      )
    : undefined;
  const count = (n: number | undefined): Text | undefined =>
    n === undefined ? undefined : { en: `${n} of ${s?.responses}`, pl: `${n} z ${s?.responses}` };
  const moeText = (lang: Lang) =>
    s
      ? `± ${formatNumber(s.marginOfError, 'dec1', lang)} ${lang === 'pl' ? 'pkt' : 'points'}${s.indicative ? (lang === 'pl' ? ' — orientacyjnie (mniej niż 30 odpowiedzi)' : ' — indicative (fewer than 30 responses)') : ''}`
      : '';
  return [
    { id: 'responses', label: L.responses, shown: { kind: 'num', value: s?.responses, format: 'int' }, missing: NO_SCORES, detail: invalidNote, tone: invalid ? 'warn' : 'neutral' },
    { id: 'promoters', label: L.promoters, shown: { kind: 'num', value: s?.promoterShare, format: 'pct1' }, missing: NO_SCORES, detail: count(s?.promoters) },
    { id: 'passives', label: L.passives, shown: { kind: 'num', value: s?.passiveShare, format: 'pct1' }, missing: NO_SCORES, detail: count(s?.passives) },
    { id: 'detractors', label: L.detractors, shown: { kind: 'num', value: s?.detractorShare, format: 'pct1' }, missing: NO_SCORES, detail: count(s?.detractors) },
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
      detail: s ? { en: moeText('en'), pl: moeText('pl') } : undefined,
    },
  ];
}

/**
 * Summary formulas over the whole score column (to the last Excel row), so a score added in
 * Excel below the list updates the NPS. Out-of-range entries are written as text, which
 * COUNT/COUNTIF ignore, exactly as the app leaves them out.
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
  b.add([{ v: pick(tx('Summary', 'Podsumowanie'), lang), bold: true }]); // row 4
  b.add([pick(L.responses, lang), { f: `COUNT(${col})`, v: s?.responses ?? 0, z: EXCEL_FORMAT.int }]); // 5
  const share = (crit: string, v: number | undefined) => ({ f: `IF(${n}>0,${crit}/${n},"")`, v: v ?? '', z: EXCEL_FORMAT.pct1 });
  const P = `COUNTIF(${col},">=9")`;
  const D = `COUNTIF(${col},"<=6")`;
  const Pa = `COUNTIFS(${col},">=7",${col},"<=8")`;
  b.add([pick(L.promoters, lang), share(P, s?.promoterShare)]); // 6
  b.add([pick(L.passives, lang), share(Pa, s?.passiveShare)]); // 7
  b.add([pick(L.detractors, lang), share(D, s?.detractorShare)]); // 8
  b.add([pick(L.nps, lang), { f: `IF(${n}>0,(B6-B8)*100,"")`, v: s?.nps ?? '', z: EXCEL_FORMAT.int }]); // 9
  b.add([
    pick(L.moe, lang),
    { f: `IF(${n}>0,1.96*SQRT(MAX(0,B6+B8-(B6-B8)^2)/${n})*100,"")`, v: s?.marginOfError ?? '', z: EXCEL_FORMAT.dec1 },
  ]); // 10
  b.blank(); // 11
  b.add([
    { v: pick(respondents.rowHeader, lang), bold: true },
    { v: pick(scoreInput.label, lang), bold: true },
    { v: pick(categoryColumn.label, lang), bold: true },
  ]); // 12
  const [pr, pa, de] = (['promoter', 'passive', 'detractor'] as const).map((c) => `"${pick(NPS_CATEGORY_LABEL[c], lang)}"`);
  tableRows(respondents, data).forEach((r, i) => {
    const rowNo = b.next;
    const score = cellNumber(r, scoreInput);
    const B = ref(1, rowNo);
    b.add([
      `${pick(respondents.rowHeader, lang)} ${i + 1}`,
      inputCell(scoreInput, r.cells['score'], lang),
      {
        f: `IF(AND(ISNUMBER(${B}),${B}>=0,${B}<=10,${B}=INT(${B})),IF(${B}>=9,${pr},IF(${B}>=7,${pa},${de})),"")`,
        v: score === undefined ? '' : pick(NPS_CATEGORY_LABEL[npsCategory(score)], lang),
      },
    ]);
  });
  return b.build();
}

const QUESTION = tx(
  'How likely is it that you would recommend the company to a friend? (0 = not at all likely, 10 = extremely likely)',
  'Jak bardzo prawdopodobne jest, że polecisz firmę znajomemu? (0 — najmniej prawdopodobne, 10 — najbardziej prawdopodobne)',
);

const sheetWith = (scores: string[]): SheetData => {
  const data = emptySheet();
  data.tables['respondents'] = scores.map((s) => row({ score: s }));
  return data;
};

export const npsSurvey = {
  id: 'nps-survey',
  title: tx('Net Promoter Score survey', 'Badanie Net Promoter Score (NPS)'),
  intro: tx(
    'Collect answers about your company to one specific question: "How likely is it that you would recommend the company to a friend?" on a scale from 0 to 10, where 0 means "not at all likely" and 10 "extremely likely". Enter each respondent\'s score: they are assigned to groups automatically and the NPS summary updates as you type.',
    'Zbierz wyniki na temat swojej firmy, zadając konkretne pytanie: „Jak bardzo prawdopodobne jest, że polecisz firmę znajomemu?” w skali od 0 do 10, gdzie 0 oznacza „najbardziej nieprawdopodobne”, a 10 — „najbardziej prawdopodobne”. Wpisz wartości wskazane przez respondentów: zostaną automatycznie przypisani do grup, a podsumowanie NPS pojawi się od razu.',
  ),
  blocks: [
    { kind: 'note', id: 'question', title: tx('Question', 'Pytanie'), text: QUESTION },
    { kind: 'results', id: 'summary', title: tx('NPS summary', 'Podsumowanie NPS'), items: results },
    { kind: 'custom', id: 'chart', panel: 'nps-chart' },
    respondents,
  ],
  initial: () => sheetWith(Array.from({ length: 10 }, () => '')),
  example: () => sheetWith(['10', '9', '8', '9', '6', '10', '7', '9', '4', '8', '9', '10']),
  excel,
  summary: (data) => results(data).filter((r) => ['responses', 'nps', 'margin'].includes(r.id)),
} satisfies WorksheetDef;
