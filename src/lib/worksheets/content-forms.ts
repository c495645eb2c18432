/** Module II — Which content-marketing form fits you? Six forms rated 1–5 for time, idea, ease of use. */
import type {
  ComputedColumn,
  InputDef,
  Lang,
  ResultItem,
  Row,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
} from './types';
import {
  byLang,
  cellNumber,
  emptySheet,
  fillText,
  joinComma,
  joinSemi,
  pick,
  row,
  rowsForFixed,
  tableRows,
  tx,
} from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, inputCell, label, ref } from './excel';
import { countValid, rowRefs } from './formula';
import { completeMean, rankDescending } from '../scoring/ranking';
import { formatNumber } from '../i18n/format';
import { TITLES } from './titles';

const rated = (id: string, name: Text, hint: Text): InputDef => ({
  id,
  kind: 'number',
  label: name,
  hint,
  rule: { integer: true, min: 1, max: 5, noun: name },
});

// The seed gives no meaning for 1 and 5; the best form has the highest average, so 5 is best.
export const timeInput = rated(
  'time',
  tx('Time', 'Czas', '时间'),
  tx('1–5; 5 = you have enough time for it', '1–5; 5 = masz na to wystarczająco czasu', '1–5；5 = 您有足够的时间去做'),
);
export const ideaInput = rated(
  'idea',
  tx('Idea', 'Pomysł', '创意'),
  tx('1–5; 5 = you have a good idea for it', '1–5; 5 = masz na to dobry pomysł', '1–5；5 = 您对此有好的创意'),
);
export const easeInput = rated(
  'ease',
  tx('Ease of use', 'Łatwość użycia', '易用性'),
  tx('1–5; 5 = easy for you to use', '1–5; 5 = łatwa w użyciu dla Ciebie', '1–5；5 = 对您来说容易使用'),
);
const INPUTS = [timeInput, ideaInput, easeInput];
const RATING = timeInput.rule!;

export const rowAverage = (r: Row | undefined): number | undefined => completeMean(INPUTS.map((i) => cellNumber(r, i)));

const averageColumn: ComputedColumn = {
  id: 'average',
  kind: 'computed',
  label: tx('Average', 'Średnia', '平均值'),
  compute: (r) => ({ kind: 'num', value: rowAverage(r), format: 'dec2' }),
  // Only once all three ratings are valid (text or a 6 typed in Excel leaves fewer), as above.
  excel: (r) => {
    const ratings = `${r.col('time')}:${r.col('ease')}`;
    return `IF(${countValid(ratings, RATING)}=3,AVERAGE(${ratings}),"")`;
  },
};

const rankColumn: ComputedColumn = {
  id: 'rank',
  kind: 'computed',
  label: tx('Rank', 'Miejsce', '排名'),
  compute: (r, data) => ({ kind: 'num', value: evaluate(data).ranks.get(r.id), format: 'int' }),
};

const forms: TableBlock = {
  kind: 'table',
  id: 'forms',
  rowHeader: tx('Form', 'Forma', '形式'),
  columns: [timeInput, ideaInput, easeInput, averageColumn, rankColumn],
  fixedRows: [
    {
      id: 'guide',
      label: tx('Guide', 'Przewodnik', '指南'),
      description: tx(
        "aims to educate consumers, dispel doubts and provide knowledge, while supporting the website's search positioning",
        'ma na celu edukowanie konsumentów, rozwiewanie wątpliwości i dostarczanie wiedzy, jednocześnie wspierając pozycjonowanie strony internetowej',
        '旨在教育消费者、消除疑虑、传授知识，同时有助于网站的搜索排名',
      ),
    },
    {
      id: 'company-blog',
      label: tx('Company blog', 'Blog firmowy', '企业博客'),
      description: tx(
        'used to publish guides, news, updates and other useful content for users, supporting communication, loyalty building and SEO',
        'służy do publikowania przewodników, aktualności, nowości i innych przydatnych treści dla użytkowników, wspierając komunikację, budowanie lojalności oraz działania SEO',
        '用于发布指南、新闻、动态及其他对用户有用的内容，有助于沟通、培养忠诚度和 SEO',
      ),
    },
    {
      id: 'expert-article',
      label: tx('Expert article', 'Artykuł ekspercki', '专家文章'),
      description: tx(
        "reliable, specialist content created by experts and published on the company's website, blog or external sites",
        'rzetelna i specjalistyczna treść tworzona przez ekspertów i publikowana na stronie internetowej firmy, blogu lub serwisach zewnętrznych',
        '由专家撰写的可靠、专业的内容，发布在企业网站、博客或外部网站上',
      ),
    },
    {
      id: 'sponsored-article',
      label: tx('Sponsored article', 'Artykuł sponsorowany', '赞助文章'),
      description: tx(
        'aims at subtle promotion of a brand, product or service; often used as a source of links in SEO campaigns',
        'ma na celu subtelną promocję marki, produktu lub usługi; często wykorzystywany jako źródło linków w kampaniach SEO',
        '旨在巧妙地推广品牌、产品或服务；常在 SEO 活动中用作外链来源',
      ),
    },
    {
      id: 'interview',
      label: tx('Interview', 'Wywiad', '访谈'),
      description: tx(
        'presents the brand as a conversation with its representative; most often published in online trade magazines',
        'umożliwia zaprezentowanie marki w formie rozmowy z jej przedstawicielem; najczęściej publikowany w internetowych magazynach branżowych',
        '以与品牌代表对话的形式展示品牌；多发表于在线行业杂志',
      ),
    },
    {
      id: 'product-description',
      label: tx('Product description', 'Opis produktu', '产品描述'),
      description: tx(
        "presents the benefits of buying a specific product and supports the online shop's search positioning",
        'przedstawia korzyści z zakupu konkretnego produktu i wspiera pozycjonowanie sklepu internetowego',
        '介绍购买某一产品的好处，有助于网店的搜索排名',
      ),
    },
  ],
};
const FIXED = forms.fixedRows ?? [];

export interface FormsResult {
  averages: (number | undefined)[];
  /** Rank by row id (complete rows only). */
  ranks: Map<string, number>;
  /** Complete rows best first: competition ranking, ties in seed order. */
  ranking: { index: number; average: number; rank: number }[];
  /** Indexes of the forms sharing rank 1. */
  best: number[];
}

export function evaluate(data: SheetData): FormsResult {
  const averages = tableRows(forms, data).map(rowAverage);
  const entries = rankDescending(averages);
  const ranks = new Map<string, number>();
  for (const e of entries) {
    const f = FIXED[e.index];
    if (f) ranks.set(f.id, e.rank);
  }
  return {
    averages,
    ranks,
    ranking: entries.map((e) => ({ index: e.index, average: e.value, rank: e.rank })),
    best: entries.filter((e) => e.rank === 1).map((e) => e.index),
  };
}

const formName = (i: number, lang: Lang) => pick(FIXED[i]?.label ?? '', lang);

/** The data the 'content-forms-chart' panel draws: one bar per form, in seed order. */
export interface FormBar {
  id: string;
  label: Text;
  /** Undefined until the form's three ratings are valid (no bar, not a zero bar). */
  average: number | undefined;
  rank: number | undefined;
  best: boolean;
}

export function formBars(data: SheetData): FormBar[] {
  const r = evaluate(data);
  return FIXED.map((f, i) => ({
    id: f.id,
    label: f.label,
    average: r.averages[i],
    rank: r.ranks.get(f.id),
    best: r.best.includes(i),
  }));
}

const LABELS = {
  ranking: tx('Ranking', 'Ranking', '排行'),
  best: tx('Best form', 'Najlepsza forma', '最佳形式'),
};
const MISSING = tx(
  'Rate time, idea and ease of use of at least one form',
  'Oceń czas, pomysł i łatwość użycia co najmniej jednej formy',
  '请至少为一种形式的时间、创意和易用性评分',
);

function results(data: SheetData): ResultItem[] {
  const r = evaluate(data);
  const n = r.ranking.length;
  const partial: Text | undefined =
    n > 0 && n < FIXED.length
      ? fillText(
          tx('{n} of {total} forms ranked', 'Uszeregowano {n} z {total} form', '已排名 {n} 种形式（共 {total} 种）'),
          { n, total: FIXED.length },
        )
      : undefined;
  const ranking =
    n === 0
      ? undefined
      : byLang((lang) =>
          joinSemi(
            r.ranking.map((e) => `${e.rank}. ${formName(e.index, lang)} — ${formatNumber(e.average, 'dec2', lang)}`),
            lang,
          ),
        );
  const top = r.ranking[0];
  const tie = r.best.length > 1;
  return [
    {
      id: 'ranking',
      label: LABELS.ranking,
      shown: { kind: 'text', value: ranking },
      missing: MISSING,
      detail: partial,
    },
    {
      id: 'best',
      label: LABELS.best,
      shown: {
        kind: 'text',
        value:
          n === 0
            ? undefined
            : byLang((lang) =>
                joinComma(
                  r.best.map((i) => formName(i, lang)),
                  lang,
                ),
              ),
      },
      missing: MISSING,
      detail: top
        ? fillText(
            tie
              ? tx('Tie, average {avg}', 'Remis, średnia {avg}', '并列，平均值 {avg}')
              : tx('Average {avg}', 'Średnia {avg}', '平均值 {avg}'),
            (lang) => ({ avg: formatNumber(top.average, 'dec2', lang) }),
          )
        : undefined,
      tone: n === 0 ? 'neutral' : 'good',
    },
  ];
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([24, 10, 10, 14, 10, 10, 90]);
  b.add([{ v: pick(contentForms.title, lang), bold: true }]);
  b.add([pick(contentForms.intro, lang)]);
  b.blank();
  // Header on row 4, forms on rows 5–10: A form, B–D ratings, E average, F rank, G description.
  b.add([
    label(forms.rowHeader, lang),
    ...INPUTS.map((i) => label(i.label, lang)),
    label(averageColumn.label, lang),
    label(rankColumn.label, lang),
    label(tx('Description', 'Opis', '说明'), lang),
  ]);
  const r = evaluate(data);
  const rows = tableRows(forms, data);
  const first = b.next;
  const last = first + rows.length - 1;
  const averages = `$E$${first}:$E$${last}`;
  rows.forEach((rw, i) => {
    const n = b.next;
    const f = FIXED[i];
    b.add([
      f ? pick(f.label, lang) : '',
      ...INPUTS.map((inp) => inputCell(inp, rw.cells[inp.id], lang, cellAt(forms.id, rw.id, inp.id))),
      {
        f: averageColumn.excel!(rowRefs({ time: 1, idea: 2, ease: 3 }, n)),
        v: r.averages[i] ?? '',
        z: EXCEL_FORMAT.dec2,
      },
      // RANK ignores the empty-text averages and gives ties the same rank, like the app.
      {
        f: `IF(ISNUMBER(${ref(4, n)}),RANK(${ref(4, n)},${averages},0),"")`,
        v: (f && r.ranks.get(f.id)) ?? '',
        z: EXCEL_FORMAT.int,
      },
      f?.description ? pick(f.description, lang) : '',
    ]);
  });
  b.blank();
  // Names of every rank-1 form joined by ", " (no TEXTJOIN, so older Excel versions work too).
  const parts = rows.map((_, i) => `IF(${ref(5, first + i)}=1,", "&${ref(0, first + i)},"")`).join('&');
  b.add([
    label(LABELS.best, lang),
    { f: `MID(${parts},3,1000)`, v: r.best.map((i) => formName(i, lang)).join(', '), result: 'best' },
  ]);
  return b.build();
}

type Ratings = readonly [number, number, number];
function filled(values: readonly Ratings[]): SheetData {
  const data = emptySheet();
  data.tables['forms'] = FIXED.map((f, i) => {
    const v = values[i];
    return row(v ? { time: String(v[0]), idea: String(v[1]), ease: String(v[2]) } : {}, f.id);
  });
  return data;
}

export const contentForms = {
  id: 'content-forms',
  title: TITLES['content-forms'],
  intro: tx(
    'When choosing a specific form of content marketing, it is worth analysing your potential before making the decision. You can use the table below for this. Rate each form from 1 to 5 for time, idea and ease of use (5 is the most favourable); the highest average shows the form that suits you best.',
    'Decydując się na konkretną formę content marketingu, warto przed podjęciem decyzji przeanalizować swój potencjał. W tym celu można posłużyć się poniższą tabelą. Oceń każdą formę od 1 do 5 pod względem czasu, pomysłu i łatwości użycia (5 to ocena najkorzystniejsza); najwyższa średnia wskazuje formę, która najlepiej Ci odpowiada.',
    '在选择某种具体的内容营销形式时，最好先分析一下自己的潜力再做决定。为此，您可以使用下表。请从时间、创意和易用性三方面为每种形式打 1 到 5 分（5 分最有利）；平均分最高的形式就是最适合您的形式。',
  ),
  blocks: [
    forms,
    {
      kind: 'custom',
      id: 'chart',
      panel: 'content-forms-chart',
      target: 'forms',
      title: tx('Averages', 'Średnie', '平均值'),
    },
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
  ],
  initial: () => ({ fields: {}, tables: { forms: rowsForFixed(FIXED) } }),
  // Baltic Bikes, a bike maker with an online shop: product descriptions and a blog come easiest.
  example: () =>
    filled([
      [3, 4, 3],
      [3, 5, 4],
      [2, 3, 2],
      [2, 2, 3],
      [2, 3, 2],
      [4, 4, 5],
    ]),
  excel,
  summary: (data) => results(data).filter((i) => i.id === 'best'),
} satisfies WorksheetDef;
