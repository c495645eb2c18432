/**
 * Module III — Is a cloud CRM for you? The seed's five statements, each answered 1–5. Computed
 * (our rule, the seed gives none; see scoring/cloud.ts): the average, shown once all five are
 * answered, and a recommendation naming the lowest-rated needs when a cloud CRM only probably fits.
 */
import type { FieldsBlock, InputDef, Lang, ResultItem, SheetData, Text, WorksheetDef, XSheet } from './types';
import { byLang, emptySheet, fillText, joinSemi, listNumbers, pick, tx, type PerLang } from './helpers';
import { fill, pluralForm } from '../i18n/translate';
import type { Plural } from '../i18n/en';
import { EXCEL_FORMAT, SheetBuilder, fieldAt, ref } from './excel';
import { BLANK, bands, countValid, ifBlank, ifValid, litOf, round } from './formula';
import { validNumber } from '../scoring/parse';
import { ANSWER_RANGE, evaluateCloud, type CloudFit, type CloudResult } from '../scoring/cloud';
import { TITLES } from './titles';

export const SCALE_OPTIONS = [
  { value: '1', label: tx('1 — Strongly disagree', '1 — Zdecydowanie się nie zgadzam', '1 — 非常不同意') },
  { value: '2', label: tx('2 — Disagree', '2 — Nie zgadzam się', '2 — 不同意') },
  {
    value: '3',
    label: tx('3 — Neither agree nor disagree', '3 — Ani się zgadzam, ani się nie zgadzam', '3 — 既不同意也不反对'),
  },
  { value: '4', label: tx('4 — Agree', '4 — Zgadzam się', '4 — 同意') },
  { value: '5', label: tx('5 — Strongly agree', '5 — Zdecydowanie się zgadzam', '5 — 非常同意') },
];

/** Each statement with the short name of the need it expresses (used in the recommendation). */
const STATEMENTS: { id: string; label: Text; need: Text }[] = [
  {
    id: 'access',
    label: tx(
      'It is necessary to ensure access to the system at any time from anywhere.',
      'Konieczne jest zapewnienie dostępu do systemu w dowolnym czasie i z dowolnego miejsca.',
      '必须确保随时随地都能访问系统。',
    ),
    need: tx('access at any time from anywhere', 'dostęp w dowolnym czasie i z dowolnego miejsca', '随时随地访问'),
  },
  {
    id: 'sync',
    label: tx(
      'My colleagues use information from the system on an ongoing basis, so I need file synchronization.',
      'Moi współpracownicy na bieżąco korzystają z informacji z systemu, więc potrzebuję synchronizacji plików.',
      '我的同事持续使用系统中的信息，因此我需要文件同步。',
    ),
    need: tx('file synchronization', 'synchronizacja plików', '文件同步'),
  },
  {
    id: 'ease',
    label: tx(
      'I am interested in a tool that is easy to use and does not require expensive implementation.',
      'Interesuje mnie narzędzie łatwe w użyciu, które nie wymaga kosztownego wdrożenia.',
      '我需要一款易于使用、无需昂贵实施费用的工具。',
    ),
    need: tx(
      'ease of use without expensive implementation',
      'łatwość użycia bez kosztownego wdrożenia',
      '易于使用，无需昂贵的实施',
    ),
  },
  {
    id: 'support',
    label: tx(
      'I want to be provided with technical and service support for the system.',
      'Chcę mieć zapewnione wsparcie techniczne i serwisowe systemu.',
      '我希望获得系统的技术支持和服务支持。',
    ),
    need: tx('technical and service support', 'wsparcie techniczne i serwisowe', '技术支持和服务支持'),
  },
  {
    id: 'scalable',
    label: tx(
      'I am interested in a system that can be scaled depending on changing needs.',
      'Interesuje mnie system, który można skalować w zależności od zmieniających się potrzeb.',
      '我需要一个可以根据不断变化的需求进行扩展的系统。',
    ),
    need: tx('scaling with changing needs', 'skalowanie w zależności od zmieniających się potrzeb', '随需求变化而扩展'),
  },
];

// Numbered as in the seed, so "Answer statements 4 and 5" points somewhere visible.
const inputs: InputDef[] = STATEMENTS.map((s, i) => ({
  id: s.id,
  kind: 'scale',
  label: byLang((lang) => `${i + 1}. ${pick(s.label, lang)}`),
  options: SCALE_OPTIONS,
}));

const survey: FieldsBlock = {
  kind: 'fields',
  id: 'survey',
  title: tx('Cloud CRM System Evaluation Survey', 'Ankieta oceny systemu CRM w chmurze', '云端 CRM 系统评估问卷'),
  intro: tx(
    'For each statement, mark how far you agree: 1 strongly disagree … 5 strongly agree.',
    'Przy każdym stwierdzeniu zaznacz, w jakim stopniu się z nim zgadzasz: 1 zdecydowanie się nie zgadzam … 5 zdecydowanie się zgadzam.',
    '请标出您对每项陈述的认同程度：1 非常不同意 … 5 非常同意。',
  ),
  fields: inputs,
};

export const RECOMMENDATION: Record<CloudFit, Text> = {
  fits: tx('A cloud CRM fits your needs', 'CRM w chmurze odpowiada Twoim potrzebom', '云端 CRM 符合您的需求'),
  probably: tx(
    'A cloud CRM probably fits: check the lowest-rated needs',
    'CRM w chmurze prawdopodobnie pasuje: sprawdź najniżej ocenione potrzeby',
    '云端 CRM 可能适合：请检查评分最低的需求',
  ),
  onPremise: tx(
    'Consider an on-premise system',
    'Rozważ system instalowany lokalnie (on-premise)',
    '请考虑本地部署系统',
  ),
};

const LABELS = {
  average: tx('Average', 'Średnia', '平均值'),
  recommendation: tx('Recommendation', 'Rekomendacja', '建议'),
  statement: tx('Statement', 'Stwierdzenie', '陈述'),
  answer: tx('Answer (1–5)', 'Odpowiedź (1–5)', '回答（1–5）'),
  meaning: tx('Meaning', 'Znaczenie', '含义'),
  lowest: tx('Lowest rated', 'Najniżej oceniona', '评分最低'),
  yes: tx('Yes', 'Tak', '是'),
};

const answersOf = (data: SheetData): (number | undefined)[] =>
  inputs.map((i) => {
    const v = data.fields[i.id];
    return typeof v === 'string' ? validNumber(v, ANSWER_RANGE) : undefined;
  });

export const evaluate = (data: SheetData): CloudResult => evaluateCloud(answersOf(data));

function missingText(r: CloudResult): Text | undefined {
  if (r.missing.length === 0) return undefined;
  const forms: PerLang<Plural> = {
    en: { one: 'Answer statement {list}', other: 'Answer statements {list}' },
    pl: { one: 'Odpowiedz na stwierdzenie {list}', other: 'Odpowiedz na stwierdzenia {list}' },
    zh: { one: '请回答第 {list} 项陈述', other: '请回答第 {list} 项陈述' },
  };
  // The form follows the number of statements: "statement 3", "statements 2 and 5".
  return byLang((lang) =>
    fill(pluralForm(lang, r.missing.length, forms[lang]), { list: listNumbers(r.missing, lang) }),
  );
}

/** "Lowest rated (2): scaling with changing needs". */
function lowestText(r: CloudResult, data: SheetData): Text | undefined {
  if (r.lowest.length === 0) return undefined;
  const score = answersOf(data)[r.lowest[0] ?? 0];
  const names = (lang: Lang) =>
    joinSemi(
      r.lowest.map((i) => pick(STATEMENTS[i]?.need ?? tx('', '', ''), lang)),
      lang,
    );
  return fillText(
    tx('Lowest rated ({score}): {names}', 'Najniżej ocenione ({score}): {names}', '评分最低（{score}）：{names}'),
    (lang) => ({ score: String(score), names: names(lang) }),
  );
}

function results(data: SheetData): ResultItem[] {
  const r = evaluate(data);
  const missing = missingText(r);
  return [
    { id: 'average', label: LABELS.average, shown: { kind: 'num', value: r.average, format: 'dec2' }, missing },
    {
      id: 'recommendation',
      label: LABELS.recommendation,
      shown: { kind: 'text', value: r.fit ? RECOMMENDATION[r.fit] : undefined },
      missing,
      detail: r.fit === 'probably' ? lowestText(r, data) : undefined,
      tone: r.fit === 'fits' ? 'good' : r.fit === 'probably' ? 'warn' : r.fit ? 'bad' : 'neutral',
    },
  ];
}

const quote = litOf;

function excel(data: SheetData, lang: Lang): XSheet {
  const r = evaluate(data);
  const b = new SheetBuilder([80, 14, 34, 14]);
  b.add([{ v: pick(cloudFit.title, lang), bold: true }]);
  b.add([pick(cloudFit.intro, lang)]);
  b.blank();
  b.add(
    [LABELS.statement, LABELS.answer, LABELS.meaning, LABELS.lowest].map((l) => ({ v: pick(l, lang), bold: true })),
  );
  const first = b.next;
  const last = first + inputs.length - 1;
  const range = `$B$${first}:$B$${last}`;
  // Every answer valid (a 7 typed in Excel counts for nothing, as in the app): then MIN and AVERAGE see only valid ones.
  const allAnswered = `${countValid(range, ANSWER_RANGE)}=${inputs.length}`;
  inputs.forEach((input, i) => {
    const raw = data.fields[input.id];
    const typed = typeof raw === 'string' ? raw : '';
    const n = validNumber(typed, ANSWER_RANGE);
    const option = SCALE_OPTIONS.find((o) => o.value === typed);
    const row = b.next;
    b.add([
      pick(input.label, lang),
      // A valid answer as a real number; anything else as typed (COUNT leaves it out).
      { ...(n !== undefined ? { v: n } : typed === '' ? {} : { v: typed }), input: fieldAt(input.id) },
      // The answer's words, following the number when a client changes it.
      {
        f: ifValid(
          ref(1, row),
          ANSWER_RANGE,
          `CHOOSE(${ref(1, row)},${SCALE_OPTIONS.map((o) => quote(o.label, lang)).join(',')})`,
        ),
        v: option && n !== undefined ? pick(option.label, lang) : '',
      },
      {
        f: `IF(${allAnswered},IF(${ref(1, row)}=MIN(${range}),${quote(LABELS.yes, lang)},""),"")`,
        v: r.lowest.includes(i) ? pick(LABELS.yes, lang) : '',
      },
    ]);
  });
  b.blank();
  const avgRow = b.next;
  const avg = ref(1, avgRow);
  b.add([
    { v: pick(LABELS.average, lang), bold: true },
    { f: `IF(${allAnswered},AVERAGE(${range}),"")`, v: r.average ?? '', z: EXCEL_FORMAT.dec2, result: 'average' },
  ]);
  // Same rule as the app: the band of the average rounded to two decimals.
  const shown = round(avg, 2);
  b.add([
    { v: pick(LABELS.recommendation, lang), bold: true },
    {
      f: ifBlank(
        avg,
        BLANK,
        bands(
          shown,
          [
            [4, quote(RECOMMENDATION.fits, lang)],
            [3, quote(RECOMMENDATION.probably, lang)],
          ],
          quote(RECOMMENDATION.onPremise, lang),
        ),
      ),
      v: r.fit ? pick(RECOMMENDATION[r.fit], lang) : '',
      result: 'recommendation',
    },
  ]);
  b.blank();
  b.add([pick(RULE, lang)]);
  return b.build();
}

const RULE = tx(
  'Our rule (the source gives none): the average of the five answers, shown once all five are answered. 4.00 and above: a cloud CRM fits. 3.00–3.99: it probably fits; check the lowest-rated needs. Below 3.00: consider an on-premise system.',
  'Nasza reguła (źródło jej nie podaje): średnia z pięciu odpowiedzi, pokazywana po udzieleniu wszystkich pięciu. 4,00 i więcej: CRM w chmurze pasuje. 3,00–3,99: prawdopodobnie pasuje; sprawdź najniżej ocenione potrzeby. Poniżej 3,00: rozważ system instalowany lokalnie (on-premise).',
  '我们的规则（原资料未给出）：取五项回答的平均值，五项全部作答后显示。4.00 及以上：云端 CRM 适合。3.00–3.99：可能适合，请检查评分最低的需求。低于 3.00：请考虑本地部署系统。',
);

/** Baltic Bikes: mechanics on the road at fleet customers, a stable team size. Average 3.60. */
function example(): SheetData {
  const data = emptySheet();
  const answers: Record<string, string> = { access: '5', sync: '4', ease: '4', support: '3', scalable: '2' };
  for (const [id, v] of Object.entries(answers)) data.fields[id] = v;
  return data;
}

export const cloudFit = {
  id: 'cloud-fit',
  title: TITLES['cloud-fit'],
  intro: tx(
    'If you want to decide which type of solution to use in your company, use the following table.',
    'Jeśli chcesz zdecydować, jaki rodzaj rozwiązania zastosować w swojej firmie, skorzystaj z poniższej tabeli.',
    '如果您想决定在公司中采用哪种类型的解决方案，请使用下表。',
  ),
  blocks: [
    survey,
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
    { kind: 'note', id: 'rule', title: tx('How to read the result', 'Jak czytać wynik', '如何解读结果'), text: RULE },
  ],
  initial: () => emptySheet(),
  example,
  excel,
  summary: results,
} satisfies WorksheetDef;
