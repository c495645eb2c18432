/**
 * Module I — How you reach customers: the seed's channel table (Yes/No per row, grouped by
 * dimension), customer profiling (media preferences, platforms, active channels) and two
 * questions. Coverage per dimension and overall: see scoring/coverage.ts for the rule (Yes over
 * all rows; none answered → no coverage). A multi-select counts as Yes when anything listed is chosen,
 * as No for its "None of these", and as unanswered otherwise.
 */
import type {
  CellValue,
  FixedRow,
  InputDef,
  Lang,
  Option,
  ResultItem,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
  XCell,
} from './types';
import { emptySheet, fillText, pick, row, rowsForFixed, tableRows, tx } from './helpers';
import { countIf } from './formula';
import { EXCEL_FORMAT, SheetBuilder, cellAt, fieldAt, inputCell, ref } from './excel';
import { coverage, type Coverage } from '../scoring/coverage';
import { yesNo } from '../scoring/shares';
import { TITLES } from './titles';

const YES = tx('Yes', 'Tak', '是');
/** A multi-select's answer "No": none of the listed platforms or channels. */
const NONE: Option = { value: 'none', label: tx('None of these', 'Żadne z tych', '以上都不是'), exclusive: true };
const NO = tx('No', 'Nie', '否');

export type Dimension = 'brand' | 'data' | 'profiling';
export const DIMENSIONS: readonly Dimension[] = ['brand', 'data', 'profiling'];

/** The seed's dimension headings. */
const GROUP: Record<Dimension, Text> = {
  brand: tx('Increasing brand awareness', 'Zwiększanie świadomości marki', '提升品牌知名度'),
  data: tx('Acquiring customer data', 'Pozyskiwanie danych klientów', '获取客户数据'),
  profiling: tx('Customer profiling', 'Profilowanie klientów', '客户画像'),
};

/** Short names used in result labels ("Coverage — Brand awareness"). */
const SHORT: Record<Dimension, Text> = {
  brand: tx('Brand awareness', 'Świadomość marki', '品牌知名度'),
  data: GROUP.data,
  profiling: GROUP.profiling,
};

const channelRows: (FixedRow & { dimension: Dimension })[] = [
  {
    id: 'social-ads',
    dimension: 'brand',
    group: GROUP.brand,
    label: tx('Social media ads', 'Reklamy w mediach społecznościowych', '社交媒体广告'),
    description: tx(
      'Advertising on various social media platforms',
      'Reklama na różnych platformach mediów społecznościowych',
      '在各类社交媒体平台上投放广告',
    ),
  },
  {
    id: 'google-ads',
    dimension: 'brand',
    label: tx('Google Ads', 'Reklamy Google', 'Google Ads'),
    description: tx(
      'Pay-per-click advertising on Google',
      'Reklama typu pay-per-click w Google',
      'Google 按点击付费广告',
    ),
  },
  {
    id: 'traditional-ads',
    dimension: 'brand',
    label: tx('Traditional print and media ads', 'Tradycyjne reklamy drukowane i medialne', '传统印刷与媒体广告'),
    description: tx(
      'Advertising in traditional media channels',
      'Reklama w tradycyjnych kanałach medialnych',
      '在传统媒体渠道投放广告',
    ),
  },
  {
    id: 'organic',
    dimension: 'brand',
    label: tx('Organic content', 'Treści organiczne', '自然内容'),
    description: tx(
      'Creating blogs and organic content',
      'Tworzenie blogów i treści organicznych',
      '撰写博客，创作自然内容',
    ),
  },
  {
    id: 'web-search',
    dimension: 'data',
    group: GROUP.data,
    // The seed repeats the label as its description: shown once.
    label: tx('Searching for data on the internet', 'Wyszukiwanie danych w internecie', '在互联网上搜索数据'),
  },
  {
    id: 'surveys',
    dimension: 'data',
    label: tx('Collecting data from surveys', 'Zbieranie danych z ankiet', '通过问卷收集数据'),
    description: tx(
      'Using a survey after an ad is clicked',
      'Użycie ankiety po kliknięciu w reklamę',
      '在用户点击广告后进行问卷调查',
    ),
  },
];

const answerInput: InputDef = { id: 'answer', kind: 'yesno', label: tx('Yes/No', 'Tak/Nie', '是/否') };

export const channels: TableBlock = {
  kind: 'table',
  id: 'channels',
  rowHeader: tx('Dimension', 'Wymiar', '维度'),
  columns: [answerInput],
  fixedRows: channelRows.map((r) => ({ id: r.id, label: r.label, description: r.description, group: r.group })),
};

const mediaInput: InputDef = {
  id: 'mediaPreferences',
  kind: 'yesno',
  label: tx('Media preferences', 'Preferencje medialne', '媒体偏好'),
  // The seed asks an open question but the answer is Yes/No: ask whether it is known, name them in the notes.
  hint: tx(
    'What kinds of media do they prefer? Answer Yes if you know, and name them in the notes.',
    'Jakie rodzaje mediów preferują? Odpowiedz „Tak”, jeśli to wiesz, i wymień je w uwagach.',
    '他们偏好哪些类型的媒体？如果您知道，请回答“是”，并在备注中写明。',
  ),
};
const mediaNoteInput: InputDef = {
  id: 'mediaNote',
  kind: 'longtext',
  label: tx('Media preferences — notes', 'Preferencje medialne — uwagi', '媒体偏好 — 备注'),
  optional: true,
};
const platformsInput: InputDef = {
  id: 'platforms',
  kind: 'multi',
  label: tx('Specific platforms', 'Specyficzne platformy', '特定平台'),
  hint: tx('Platforms of interest:', 'Platformy zainteresowania:', '感兴趣的平台：'),
  options: [
    { value: 'youtube', label: tx('YouTube', 'YouTube', 'YouTube') },
    { value: 'instagram', label: tx('Instagram', 'Instagram', 'Instagram') },
    { value: 'facebook-live', label: tx('Facebook Live', 'Facebook Live', 'Facebook Live') },
    { value: 'twitter', label: tx('Twitter', 'Twitter', 'Twitter') },
    { value: 'magazines', label: tx('Specific magazines', 'Specyficzne czasopisma', '特定杂志') },
    { value: 'apps', label: tx('Some apps', 'Niektóre aplikacje', '某些应用') },
    { value: 'brands', label: tx('Some brands', 'Niektóre marki', '某些品牌') },
    NONE,
  ],
};
const activeInput: InputDef = {
  id: 'activeChannels',
  kind: 'multi',
  label: tx('Active channels', 'Aktywne kanały', '活跃渠道'),
  hint: tx(
    'Channels on which they are most active or which they are most likely to see:',
    'Kanały, na których są najbardziej aktywni lub które najprawdopodobniej zobaczą:',
    '他们最活跃或最有可能看到的渠道：',
  ),
  options: [
    { value: 'social', label: tx('Social media', 'Media społecznościowe', '社交媒体') },
    { value: 'email', label: tx('E-mail', 'E-maile', '电子邮件') },
    { value: 'outdoor', label: tx('Outdoor ads', 'Reklamy zewnętrzne', '户外广告') },
    { value: 'phone', label: tx('Phone', 'Telefon', '电话') },
    { value: 'other', label: tx('Other', 'Inne', '其他') },
    NONE,
  ],
};
const profilingInputs = [mediaInput, mediaNoteInput, platformsInput, activeInput];

const questionInputs: InputDef[] = [
  {
    id: 'sameChannels',
    kind: 'yesno',
    label: tx(
      'Do all customers use the same communication channels?',
      'Czy wszyscy klienci korzystają z tych samych kanałów komunikacji?',
      '所有客户都使用相同的沟通渠道吗？',
    ),
  },
  {
    id: 'segmentation',
    kind: 'yesno',
    label: tx('Is customer segmentation possible?', 'Czy możliwa jest segmentacja klientów?', '能否进行客户细分？'),
  },
];

/** A multi-select is Yes when something listed is chosen, No for "None of these", else unanswered. */
function multiAnswer(v: CellValue | undefined): boolean | undefined {
  const values = Array.isArray(v) ? v : typeof v === 'string' && v.trim() !== '' ? [v] : [];
  if (values.length === 0) return undefined;
  return values.some((x) => x !== NONE.value);
}

/** Each dimension's answers (true = Yes, false = No, undefined = unanswered), in row order. */
export function answers(data: SheetData): Record<Dimension, (boolean | undefined)[]> {
  const rows = tableRows(channels, data);
  const of = (d: Dimension) =>
    channelRows.filter((c) => c.dimension === d).map((c) => yesNo(rows.find((r) => r.id === c.id)?.cells['answer']));
  return {
    brand: of('brand'),
    data: of('data'),
    profiling: [
      yesNo(data.fields['mediaPreferences']),
      multiAnswer(data.fields['platforms']),
      multiAnswer(data.fields['activeChannels']),
    ],
  };
}

export function coverages(data: SheetData): Record<Dimension | 'overall', Coverage> {
  const a = answers(data);
  return {
    brand: coverage(a.brand),
    data: coverage(a.data),
    profiling: coverage(a.profiling),
    overall: coverage([...a.brand, ...a.data, ...a.profiling]),
  };
}

const L = {
  coverage: (d: Dimension) =>
    fillText(tx('Coverage — {d}', 'Pokrycie — {d}', '覆盖率 — {d}'), (lang) => ({ d: pick(SHORT[d], lang) })),
  overall: tx('Overall coverage', 'Pokrycie ogółem', '总体覆盖率'),
  details: tx('Details', 'Szczegóły', '详情'),
  item: tx('Item', 'Pozycja', '项目'),
  description: tx('Description', 'Opis', '说明'),
};

function item(id: string, label: Text, c: Coverage, what: Text): ResultItem {
  return {
    id,
    label,
    shown: { kind: 'num', value: c.share, format: 'pct1' },
    missing: fillText(
      tx(
        'Answer at least one question: {what}',
        'Odpowiedz na co najmniej jedno pytanie: {what}',
        '请至少回答一个问题：{what}',
      ),
      (lang) => ({ what: pick(what, lang) }),
    ),
    detail:
      c.share === undefined
        ? undefined
        : fillText(
            tx(
              '{yes} of {total} Yes ({answered} answered)',
              '{yes} z {total} na Tak (odpowiedzi: {answered})',
              '{total} 项中 {yes} 项为“是”（已作答 {answered} 项）',
            ),
            { yes: c.yes, total: c.total, answered: c.answered },
          ),
    tone: 'neutral',
  };
}

function results(data: SheetData): ResultItem[] {
  const c = coverages(data);
  return [
    ...DIMENSIONS.map((d) => item(`coverage-${d}`, L.coverage(d), c[d], GROUP[d])),
    item('coverage-overall', L.overall, c.overall, tx('any dimension', 'dowolny wymiar', '任一维度')),
  ];
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([30, 36, 44, 10, 40]);
  const t = (x: Text) => pick(x, lang);
  const bold = (x: Text): XCell => ({ v: t(x), bold: true });
  const yes = `"${t(YES)}"`;
  const no = `"${t(NO)}"`;
  const YES_NO = (answer: boolean | undefined) => (answer === undefined ? '' : t(answer ? YES : NO));
  b.add([bold(channelAudit.title)]);
  b.add([t(channelAudit.intro)]);
  b.blank();
  b.add([bold(channels.rowHeader), bold(L.item), bold(L.description), bold(answerInput.label), bold(L.details)]);
  const rows = tableRows(channels, data);
  const span = new Map<Dimension, { from: number; to: number }>();
  const mark = (d: Dimension, n: number) => span.set(d, { from: span.get(d)?.from ?? n, to: n });
  for (const c of channelRows) {
    const value = rows.find((r) => r.id === c.id)?.cells['answer'];
    mark(
      c.dimension,
      b.add([
        t(GROUP[c.dimension]),
        t(c.label),
        t(c.description ?? c.label),
        inputCell(answerInput, value, lang, cellAt(channels.id, c.id, answerInput.id)),
      ]),
    );
  }
  const a = answers(data);
  mark(
    'profiling',
    b.add([
      t(GROUP.profiling),
      t(mediaInput.label),
      t(mediaInput.hint!),
      inputCell(mediaInput, data.fields[mediaInput.id], lang, fieldAt(mediaInput.id)),
      inputCell(mediaNoteInput, data.fields[mediaNoteInput.id], lang, fieldAt(mediaNoteInput.id)),
    ]),
  );
  ([platformsInput, activeInput] as const).forEach((input, i) => {
    const value = data.fields[input.id];
    const n = b.next;
    mark(
      'profiling',
      b.add([
        t(GROUP.profiling),
        t(input.label),
        t(input.hint!),
        // As in the app: Yes when anything listed is chosen, No for "None of these".
        { f: `IF(${ref(4, n)}="","",IF(${ref(4, n)}="${t(NONE.label)}",${no},${yes}))`, v: YES_NO(a.profiling[i + 1]) },
        a.profiling[i + 1] === undefined
          ? { input: fieldAt(input.id) }
          : inputCell(input, value, lang, fieldAt(input.id)),
      ]),
    );
  });
  b.blank();
  for (const q of questionInputs)
    b.add([bold(q.label), null, null, inputCell(q, data.fields[q.id], lang, fieldAt(q.id))]);
  b.blank();
  b.heading(
    t(
      tx(
        'Coverage (Yes among all rows of the dimension)',
        'Pokrycie (odpowiedzi Tak wśród wszystkich wierszy wymiaru)',
        '覆盖率（该维度所有行中回答“是”的占比）',
      ),
    ),
  );
  const c = coverages(data);
  const formula = (range: string) =>
    `IF(${countIf(range, yes)}+${countIf(range, no)}=0,"",${countIf(range, yes)}/ROWS(${range}))`;
  for (const d of DIMENSIONS) {
    const s = span.get(d)!;
    b.add([
      bold(L.coverage(d)),
      {
        f: formula(`${ref(3, s.from)}:${ref(3, s.to)}`),
        v: c[d].share ?? '',
        z: EXCEL_FORMAT.pct1,
        result: `coverage-${d}`,
      },
    ]);
  }
  const all = `${ref(3, span.get('brand')!.from)}:${ref(3, span.get('profiling')!.to)}`;
  b.add([
    bold(L.overall),
    { f: formula(all), v: c.overall.share ?? '', z: EXCEL_FORMAT.pct1, result: 'coverage-overall' },
  ]);
  return b.build();
}

/** Fresh objects on every call: the state may edit what it is given. */
const exampleAnswers = (): { table: Record<string, 'yes' | 'no'>; fields: Record<string, CellValue> } => ({
  table: {
    'social-ads': 'yes',
    'google-ads': 'no',
    'traditional-ads': 'yes',
    organic: 'no',
    'web-search': 'yes',
    surveys: 'no',
  },
  fields: {
    mediaPreferences: 'yes',
    platforms: ['instagram', 'facebook-live', 'magazines'],
    activeChannels: ['social', 'email', 'phone'],
    sameChannels: 'no',
    segmentation: 'yes',
  },
});
const MEDIA_NOTE: Text = tx(
  'Cafés and cycling clubs follow us on Instagram and Facebook Live; commuters and families read a regional cycling magazine.',
  'Kawiarnie i kluby kolarskie obserwują nas na Instagramie i Facebook Live; rodziny i dojeżdżający do pracy czytają regionalny magazyn rowerowy.',
  '咖啡馆和骑行俱乐部在 Instagram 和 Facebook Live 上关注我们；通勤者和家庭阅读一本地区骑行杂志。',
);

export const channelAudit = {
  id: 'channel-audit',
  title: TITLES['channel-audit'],
  intro: tx(
    'Carry out a preliminary diagnosis of how you contact your customers. You can use the table below.',
    'Przeprowadź wstępną diagnozę sposobu kontaktowania się z klientami. Możesz skorzystać z poniższej tabeli.',
    '请初步诊断您与客户联系的方式。您可以使用下表。',
  ),
  blocks: [
    channels,
    { kind: 'fields', id: 'profiling', title: GROUP.profiling, fields: profilingInputs },
    {
      kind: 'fields',
      id: 'questions',
      title: tx('Communication channels and segmentation', 'Kanały komunikacji i segmentacja', '沟通渠道与细分'),
      fields: questionInputs,
    },
    { kind: 'results', id: 'results', title: tx('Coverage', 'Pokrycie', '覆盖率'), items: results },
  ],
  initial: () => ({ fields: {}, tables: { channels: rowsForFixed(channels.fixedRows!) } }),
  example: (lang) => {
    const data = emptySheet();
    const { table, fields } = exampleAnswers();
    data.tables['channels'] = channels.fixedRows!.map((f) => row({ answer: table[f.id] ?? '' }, f.id));
    data.fields = { ...fields, mediaNote: pick(MEDIA_NOTE, lang) };
    return data;
  },
  excel,
  summary: results,
} satisfies WorksheetDef;
