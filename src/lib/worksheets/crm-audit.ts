/** Module III — Preliminary CRM audit: five questions, rating 1–5 × weight 0.1–0.9. */
import type { SheetData, TableBlock, Text, WorksheetDef, Lang, ResultItem } from './types';
import { emptySheet, fillText, pick, row, rowsForFixed, tx } from './helpers';
import { SheetBuilder } from './excel';
import { litOf, round } from './formula';
import { weightedColumns, weightedResults, weightedTableExcel, weightsTotalOneFormula } from './weighted-table';
import { auditBand, type AuditBand } from '../scoring/audit';
import { roundHalfUp } from '../scoring/decimal';
import { formatNumber, formatTypable } from '../i18n/format';
import { TITLES } from './titles';

export const AUDIT_BANDS: Record<AuditBand, Text> = {
  fulfils: tx('The system fulfils its function', 'System spełnia swoją funkcję', '系统发挥了应有的作用'),
  correction: tx(
    'The system or some processes need correction',
    'System lub niektóre procesy wymagają korekty',
    '系统或部分流程需要调整',
  ),
  analyse: tx(
    'The system must be analysed in detail',
    'System musi zostać poddany szczegółowej analizie',
    '需要对系统进行详细分析',
  ),
  fails: tx('The system does not fulfil its function', 'System nie spełnia swojej funkcji', '系统未发挥应有的作用'),
};

const questions: TableBlock = {
  kind: 'table',
  id: 'questions',
  rowHeader: tx('Question', 'Pytanie', '问题'),
  columns: weightedColumns,
  fixedRows: [
    {
      id: 'q1',
      label: tx(
        'Do CRM system users actively use it?',
        'Czy użytkownicy systemu CRM aktywnie z niego korzystają?',
        'CRM 系统的用户是否积极使用它？',
      ),
    },
    {
      id: 'q2',
      label: tx(
        'Are the purchased CRM functionalities fully used?',
        'Czy zakupione funkcjonalności CRM są w pełni wykorzystywane?',
        '所购买的 CRM 功能是否得到充分利用？',
      ),
    },
    {
      id: 'q3',
      label: tx(
        'Does the CRM system fulfil its functions?',
        'Czy system CRM spełnia swoje funkcje?',
        'CRM 系统是否发挥了它的功能？',
      ),
    },
    {
      id: 'q4',
      label: tx(
        'Has there been a change in the business strategy that requires modification of the CRM solution?',
        'Czy nastąpiła zmiana strategii biznesowej wymagająca modyfikacji rozwiązania CRM?',
        '业务战略是否发生了需要调整 CRM 解决方案的变化？',
      ),
    },
    {
      id: 'q5',
      label: tx(
        'Is there a need to optimise work efficiency in the CRM system?',
        'Czy istnieje potrzeba optymalizacji efektywności pracy w systemie CRM?',
        '是否需要优化 CRM 系统中的工作效率？',
      ),
    },
  ],
};

const LABELS = {
  total: tx('Total weight', 'Łączna waga', '权重合计'),
  average: tx('Weighted average', 'Średnia ważona', '加权平均值'),
  rowNoun: tx('Question', 'Pytanie', '问题'),
  interpretation: tx('Interpretation', 'Interpretacja', '解读'),
};

/** "Rounded to one decimal: 3.1" — the value the bands are read from. */
const roundedText = (average: number): Text =>
  fillText(
    tx('Rounded to one decimal: {n}', 'Po zaokrągleniu do jednego miejsca: {n}', '四舍五入到一位小数：{n}'),
    (lang) => ({ n: formatNumber(roundHalfUp(average, 1), 'dec1', lang) }),
  );

function results(data: SheetData): ResultItem[] {
  const { result, items } = weightedResults(questions, data, LABELS);
  const band = result.complete && result.weightedAverage !== undefined ? auditBand(result.weightedAverage) : undefined;
  const missing: Text | undefined = result.complete
    ? undefined
    : result.productSum === undefined
      ? tx('Rate and weigh every question', 'Oceń i nadaj wagę każdemu pytaniu', '请为每个问题评分并设定权重')
      : tx('Weights must total 1.00', 'Wagi muszą sumować się do 1,00', '权重之和必须为 1.00');
  return [
    ...items,
    {
      id: 'interpretation',
      label: LABELS.interpretation,
      shown: { kind: 'text', value: band ? AUDIT_BANDS[band] : undefined },
      missing,
      // The band is read from the rounded average: say which, so 3.05 is seen to fall in 3.1–4.0.
      detail: band && result.weightedAverage !== undefined ? roundedText(result.weightedAverage) : undefined,
      tone: band === 'fulfils' ? 'good' : band === 'correction' ? 'warn' : band ? 'bad' : 'neutral',
    },
  ];
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([70, 12, 12, 16]);
  b.add([{ v: pick(crmAudit.title, lang), bold: true }]);
  b.add([pick(crmAudit.intro, lang)]);
  b.blank();
  const { averageRef, totalRef, result } = weightedTableExcel(b, questions, data, lang, {
    header: questions.rowHeader,
    total: LABELS.total,
    average: LABELS.average,
  });
  const band =
    result.complete && result.weightedAverage !== undefined
      ? pick(AUDIT_BANDS[auditBand(result.weightedAverage)], lang)
      : '';
  const t = (band: 'fulfils' | 'correction' | 'analyse' | 'fails') => litOf(AUDIT_BANDS[band], lang);
  // Same rule as the app: rounded half-up to one decimal (ROUND in Excel rounds half away from zero).
  const r = round(averageRef, 1);
  b.add([
    { v: pick(LABELS.interpretation, lang), bold: true },
    {
      f: `IF(OR(${averageRef}="",NOT(${weightsTotalOneFormula(totalRef)})),"",IF(${r}>=4.1,${t('fulfils')},IF(${r}>=3.1,${t('correction')},IF(${r}>=2.1,${t('analyse')},${t('fails')}))))`,
      v: band,
      result: 'interpretation',
    },
  ]);
  b.blank();
  b.add([
    pick(
      tx(
        'Bands (from the weighted average rounded to one decimal)',
        'Przedziały (średnia ważona zaokrąglona do jednego miejsca po przecinku)',
        '区间（按四舍五入到一位小数的加权平均值）',
      ),
      lang,
    ),
  ]);
  // Band labels are text, with the language's decimal sign (Polish: commas).
  const range = (a: number, z: number) => `${formatNumber(a, 'dec1', lang)}–${formatNumber(z, 'dec1', lang)}`;
  b.add([range(4.1, 5), pick(AUDIT_BANDS.fulfils, lang)]);
  b.add([range(3.1, 4), pick(AUDIT_BANDS.correction, lang)]);
  b.add([range(2.1, 3), pick(AUDIT_BANDS.analyse, lang)]);
  b.add([range(1, 2), pick(AUDIT_BANDS.fails, lang)]);
  return b.build();
}

/** The example's rows, the weights typed as a user of that language types them ("0,3" in Polish). */
function filled(values: [string, number][], lang: Lang): SheetData {
  const data = emptySheet();
  data.tables['questions'] = questions.fixedRows!.map((f, i) => {
    const [rating = '', weight] = values[i] ?? [];
    return row({ rating, weight: weight === undefined ? '' : formatTypable(weight, lang) }, f.id);
  });
  return data;
}

export const crmAudit = {
  id: 'crm-audit',
  title: TITLES['crm-audit'],
  intro: tx(
    'If you want to conduct a preliminary audit of how the CRM system is used, you can use the following tool. Assign a weight to each aspect so that the sum of the weights is 1.0. Give each aspect a rating, where 1 is the lowest rating and 5 is the highest.',
    'Jeśli chcesz przeprowadzić wstępny audyt korzystania z systemu CRM, możesz użyć poniższego narzędzia. Przypisz każdemu aspektowi wagę tak, aby suma wag wynosiła 1,0. Oceń każdy aspekt, gdzie 1 to najniższa ocena, a 5 najwyższa.',
    '如果您想对 CRM 系统的使用情况进行初步审计，可以使用以下工具。为每个方面分配权重，使权重之和为 1.0。为每个方面评分，1 为最低分，5 为最高分。',
  ),
  blocks: [
    questions,
    { kind: 'custom', id: 'normalise', panel: 'normalise-weights', target: 'questions' },
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
    {
      kind: 'note',
      id: 'bands',
      title: tx('How to read the result', 'Jak czytać wynik', '如何解读结果'),
      text: tx(
        'The weighted average is first rounded half up to one decimal (3.05 becomes 3.1), then read against these bands. 4.1–5.0: the system fulfils its function. 3.1–4.0: the system or some processes need correction. 2.1–3.0: the system must be analysed in detail. 1.0–2.0: the system does not fulfil its function.',
        'Średnią ważoną najpierw zaokrągla się do jednego miejsca po przecinku, połówki w górę (3,05 daje 3,1), a potem odczytuje według przedziałów. 4,1–5,0: system spełnia swoją funkcję. 3,1–4,0: system lub niektóre procesy wymagają korekty. 2,1–3,0: system musi zostać poddany szczegółowej analizie. 1,0–2,0: system nie spełnia swojej funkcji.',
        '加权平均值先四舍五入到一位小数（3.05 记为 3.1），再对照以下区间解读。4.1–5.0：系统发挥了应有的作用。3.1–4.0：系统或部分流程需要调整。2.1–3.0：需要对系统进行详细分析。1.0–2.0：系统未发挥应有的作用。',
      ),
    },
  ],
  initial: () => ({ fields: {}, tables: { questions: rowsForFixed(questions.fixedRows!) } }),
  example: (lang) =>
    filled(
      [
        ['4', 0.3],
        ['3', 0.2],
        ['4', 0.2],
        ['2', 0.1],
        ['3', 0.2],
      ],
      lang,
    ),
  excel,
  summary: (data) => results(data).filter((r) => r.id !== 'questions-total-weight'),
} satisfies WorksheetDef;
