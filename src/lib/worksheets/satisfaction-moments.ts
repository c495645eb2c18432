/**
 * Module I — When were your customers satisfied? Situations, each with the seed's four questions.
 * Computed: the share of situations whose factor repeated and of those that led to growth, each
 * over the situations answered for that question (none answered → no share).
 */
import type { InputDef, Lang, ResultItem, Row, SheetData, TableBlock, Text, WorksheetDef, XCell } from './types';
import { emptySheet, pick, row, rowName, tableRows, tx } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, inputCell, ref, rowsEndRow } from './excel';
import { yesNo, yesShare, type YesShare } from '../scoring/shares';

const YES = tx('Yes', 'Tak');
const NO = tx('No', 'Nie');

const inputs: InputDef[] = [
  { id: 'situation', kind: 'longtext', label: tx('Customer and what happened', 'Klient i sytuacja') },
  { id: 'happy', kind: 'longtext', label: tx('What made them happy?', 'Co ich uszczęśliwiło?') },
  {
    id: 'repeated',
    kind: 'yesno',
    label: tx('Did this factor repeat with other customers?', 'Czy ten czynnik powtarzał się u różnych klientów?'),
  },
  { id: 'repeatedNote', kind: 'longtext', label: tx('Note on repetition', 'Uwagi o powtarzalności'), optional: true },
  { id: 'feedback', kind: 'longtext', label: tx('How did they let you know they were satisfied?', 'Jak dali Ci znać, że są zadowoleni?') },
  {
    id: 'growth',
    kind: 'yesno',
    label: tx("Did it translate into your company's growth?", 'Czy to przełożyło się na wzrost Twojej firmy?'),
  },
  { id: 'growthNote', kind: 'longtext', label: tx('Note on growth', 'Uwagi o wzroście'), optional: true },
  { id: 'notes', kind: 'longtext', label: tx('Notes', 'Uwagi'), optional: true },
];

export const situations: TableBlock = {
  kind: 'table',
  id: 'situations',
  rowHeader: tx('Situation', 'Sytuacja'),
  columns: inputs,
  editable: { rowNoun: tx('Situation', 'Sytuacja'), addLabel: tx('Add situation', 'Dodaj sytuację'), minRows: 0 },
};

const QUESTIONS = [
  {
    id: 'repeated',
    label: tx('Situations with a repeated factor', 'Sytuacje z powtarzającym się czynnikiem'),
    missing: tx(
      'Answer “Did this factor repeat with other customers?” for at least one situation',
      'Odpowiedz na pytanie „Czy ten czynnik powtarzał się u różnych klientów?” dla co najmniej jednej sytuacji',
    ),
  },
  {
    id: 'growth',
    label: tx('Situations that led to growth', 'Sytuacje, które przełożyły się na wzrost'),
    missing: tx(
      "Answer “Did it translate into your company's growth?” for at least one situation",
      'Odpowiedz na pytanie „Czy to przełożyło się na wzrost Twojej firmy?” dla co najmniej jednej sytuacji',
    ),
  },
] as const;

export function shareOf(data: SheetData, question: 'repeated' | 'growth'): YesShare {
  return yesShare(tableRows(situations, data).map((r) => yesNo(r.cells[question])));
}

function results(data: SheetData): ResultItem[] {
  return QUESTIONS.map((q) => {
    const s = shareOf(data, q.id);
    return {
      id: q.id,
      label: q.label,
      shown: { kind: 'num', value: s.share, format: 'pct1' },
      missing: q.missing,
      detail: s.answered ? tx(`${s.yes} of ${s.answered} answered`, `${s.yes} z ${s.answered} z odpowiedzią`) : undefined,
    };
  });
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([14, 36, 30, 14, 24, 30, 14, 24, 24]);
  const t = (x: Text) => pick(x, lang);
  const bold = (x: Text): XCell => ({ v: t(x), bold: true });
  b.add([bold(satisfactionMoments.title)]);
  b.add([t(satisfactionMoments.intro)]);
  b.blank();
  b.add([bold(situations.rowHeader), ...inputs.map((c) => headCell(t(c.label), situations.id, c.id))]);
  const rows = tableRows(situations, data);
  const first = b.next;
  // One empty line when there is no situation, so the ranges below stay valid.
  const lines: (Row | undefined)[] = rows.length ? rows : [undefined];
  lines.forEach((r, i) => {
    b.add([r ? rowName(situations, i, lang) : null, ...inputs.map((c) => (r ? inputCell(c, r.cells[c.id], lang, cellAt(situations.id, r.id, c.id)) : null))]);
  });
  const last = b.next - 1;
  b.add(rowsEndRow(situations.id));
  b.heading(t(tx('Results', 'Wyniki')));
  const yes = `"${t(YES)}"`;
  const no = `"${t(NO)}"`;
  for (const q of QUESTIONS) {
    const col = inputs.findIndex((c) => c.id === q.id) + 1;
    const range = `${ref(col, first)}:${ref(col, last)}`;
    const answered = `(COUNTIF(${range},${yes})+COUNTIF(${range},${no}))`;
    b.add([bold(q.label), { f: `IF(${answered}=0,"",COUNTIF(${range},${yes})/${answered})`, v: shareOf(data, q.id).share ?? '', z: EXCEL_FORMAT.pct1 }]);
  }
  return b.build();
}

type Situation = [string, string, 'yes' | 'no', string, string, 'yes' | 'no', string, string];

function sheet(list: Situation[]): SheetData {
  const data = emptySheet();
  data.tables['situations'] = list.map((cells) => row(Object.fromEntries(inputs.map((c, i) => [c.id, cells[i] ?? '']))));
  return data;
}

const EXAMPLE: Record<Lang, Situation[]> = {
  en: [
    [
      'Green Bean café chain: we delivered 500 menus a day before their new café opened',
      'Speed and reliability before an important event',
      'yes',
      'Two other cafés praised our express delivery',
      'A thank-you e-mail and a post on Instagram tagging us',
      'yes',
      'They now order loyalty cards too (order value up about 15%)',
      '',
    ],
    [
      'Riverside football club: we reprinted their banners free of charge after spotting a typo in their file',
      'Attention to detail and no extra cost',
      'no',
      '',
      'The chairman phoned to thank us',
      'no',
      'A one-off order so far',
      'Ask about next season’s kits in spring',
    ],
    [
      'Bella Wedding Planners: proofs of invitations sent the same day, changes made within an hour',
      'Fast proofs and flexible changes',
      'yes',
      'Couples often mention fast proofs in reviews',
      'A five-star Google review',
      'no',
      'Too early to tell',
      '',
    ],
  ],
  pl: [
    [
      'Sieć kawiarni Zielone Ziarno: dostarczyliśmy 500 kart menu dzień przed otwarciem nowej kawiarni',
      'Szybkość i niezawodność przed ważnym wydarzeniem',
      'yes',
      'Dwie inne kawiarnie chwaliły naszą ekspresową dostawę',
      'E-mail z podziękowaniem i post na Instagramie z oznaczeniem naszej firmy',
      'yes',
      'Zamawiają teraz także karty lojalnościowe (wartość zamówień wzrosła o ok. 15%)',
      '',
    ],
    [
      'Klub piłkarski Nadrzecze: bezpłatnie wydrukowaliśmy ponownie banery po zauważeniu literówki w ich pliku',
      'Dbałość o szczegóły i brak dodatkowych kosztów',
      'no',
      '',
      'Prezes zadzwonił z podziękowaniem',
      'no',
      'Na razie jednorazowe zamówienie',
      'Wiosną zapytać o stroje na nowy sezon',
    ],
    [
      'Agencja ślubna Bella: próbne wydruki zaproszeń wysłane tego samego dnia, poprawki w ciągu godziny',
      'Szybkie próbne wydruki i elastyczne poprawki',
      'yes',
      'Pary często wspominają o szybkich próbach w opiniach',
      'Opinia z pięcioma gwiazdkami w Google',
      'no',
      'Za wcześnie, by to ocenić',
      '',
    ],
  ],
};

export const satisfactionMoments = {
  id: 'satisfaction-moments',
  title: tx('When were your customers satisfied?', 'Kiedy Twoi klienci byli zadowoleni?'),
  intro: tx(
    "Think about your customers and try to list situations in which they expressed satisfaction with your company's offer.",
    'Pomyśl o swoich klientach i spróbuj wymienić sytuacje, w których wyrazili zadowolenie z oferty Twojej firmy.',
  ),
  blocks: [situations, { kind: 'results', id: 'results', title: tx('Results', 'Wyniki'), items: results }],
  initial: () => ({ fields: {}, tables: { situations: [row(), row(), row()] } }),
  example: (lang) => sheet(EXAMPLE[lang]),
  excel,
  summary: results,
} satisfies WorksheetDef;
