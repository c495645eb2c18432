/** Module II — Website or company blog? Seven specifications, each marked on a 5-position scale. */
import type { InputDef, Lang, ResultItem, SheetData, TableBlock, Text, WorksheetDef, XCell } from './types';
import { byLang, colon, emptySheet, fillText, pick, row, rowsForFixed, tableRows, tx } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, label, ref } from './excel';
import { countValid, ifValid, litOf, sumValid } from './formula';
import { preferenceScore, readPreference, type PreferenceValue, type Recommendation } from '../scoring/preference';
import { TITLES } from './titles';

interface Spec {
  id: string;
  label: Text;
  website: Text;
  blog: Text;
}

/** The seed's table: specification, website trait, blog trait. */
export const SPECS: Spec[] = [
  {
    id: 'content',
    label: tx('Content', 'Treść', '内容'),
    website: tx(
      "strictly related to the essence of the company's business",
      'ściśle związana z istotą działalności firmy',
      '与公司业务本质紧密相关',
    ),
    blog: tx('any, unlimited', 'dowolna, nieograniczona', '任意，不受限制'),
  },
  {
    id: 'author',
    label: tx('Author', 'Autor', '作者'),
    // The seed prints "treść przygotowana anonimowo" at the end of the content row; it belongs here.
    website: tx(
      'author unknown, content prepared anonymously',
      'autor nieznany, treść przygotowana anonimowo',
      '作者不详，内容匿名撰写',
    ),
    blog: tx('author known by name or pseudonym', 'autor znany z imienia lub pseudonimu', '作者署真名或笔名'),
  },
  {
    id: 'comments',
    label: tx('Comments', 'Komentarze', '评论'),
    website: tx('no way to comment on the content', 'brak możliwości komentowania treści', '无法对内容发表评论'),
    blog: tx(
      'commenting is an integral part of the blog',
      'komentowanie jest integralną częścią bloga',
      '评论是博客不可或缺的一部分',
    ),
  },
  {
    id: 'technology',
    label: tx('Technology', 'Technologia', '技术'),
    website: tx('often complicated', 'często skomplikowana', '往往较复杂'),
    blog: tx('simplified, easy to use', 'uproszczona, łatwa w użyciu', '简化，易于使用'),
  },
  {
    id: 'context',
    label: tx('Context', 'Kontekst', '背景'),
    website: tx('marketing and offer material', 'materiał marketingowy i ofertowy', '营销和产品介绍材料'),
    blog: tx(
      'varied material, no direct promotion',
      'różnorodny materiał, bez bezpośredniej promocji',
      '材料多样，不直接推销',
    ),
  },
  {
    id: 'functionality',
    label: tx('Scope of functionality', 'Zakres funkcjonalności', '功能范围'),
    website: tx('wide', 'szeroki', '广泛'),
    blog: tx('defined', 'określony', '限定'),
  },
  {
    id: 'navigation',
    label: tx('Navigation and structure complexity', 'Złożoność nawigacji i struktury', '导航和结构的复杂程度'),
    website: tx('high', 'wysoka', '高'),
    blog: tx('low', 'niska', '低'),
  },
];

const SIDE = {
  website: tx('Website', 'Strona internetowa', '网站'),
  blog: tx('Company blog', 'Blog firmowy', '企业博客'),
};

/** "Website: wide" and "Company blog: defined": each trait at its end of the scale, as the seed's columns. */
const ends = (s: Spec): [Text, Text] => {
  const end = (side: Text, trait: Text): Text =>
    byLang((lang) => `${pick(side, lang)}${colon(lang)}${pick(trait, lang)}`);
  return [end(SIDE.website, s.website), end(SIDE.blog, s.blog)];
};

export const POSITIONS: Record<PreferenceValue, Text> = {
  [-2]: tx('Strongly website', 'Zdecydowanie strona internetowa', '明显倾向网站'),
  [-1]: tx('Rather website', 'Raczej strona internetowa', '略倾向网站'),
  0: tx('Neutral', 'Neutralnie', '中立'),
  1: tx('Rather blog', 'Raczej blog', '略倾向博客'),
  2: tx('Strongly blog', 'Zdecydowanie blog', '明显倾向博客'),
};
const ORDER: PreferenceValue[] = [-2, -1, 0, 1, 2];

export const preferenceInput: InputDef = {
  id: 'preference',
  kind: 'scale',
  label: tx('My preference', 'Moje preferencje', '我的倾向'),
  options: ORDER.map((v) => ({ value: String(v), label: POSITIONS[v] })),
};

const specs: TableBlock = {
  kind: 'table',
  id: 'specs',
  rowHeader: tx('Specification', 'Specyfikacja', '特征'),
  columns: [preferenceInput],
  fixedRows: SPECS.map((s) => ({ id: s.id, label: s.label, ends: ends(s) })),
};

const SCALE_NOTE = tx(
  'Points: "strongly" gives its side 2 points, "rather" 1 point, "neutral" none. A side is recommended when it leads by at least 2 points; a difference of 0 or 1 point is balanced.',
  'Punkty: „zdecydowanie” daje swojej stronie 2 punkty, „raczej” 1 punkt, „neutralnie” żadnego. Rekomendowana jest strona, która prowadzi co najmniej 2 punktami; różnica 0 lub 1 punktu oznacza wynik wyrównany.',
  '计分：“明显”为所倾向的一方计 2 分，“略”计 1 分，“中立”不计分。领先至少 2 分的一方即为推荐；相差 0 或 1 分则为势均力敌。',
);

export const RECOMMENDATIONS: Record<Recommendation, Text> = {
  website: tx(
    'A website suits your needs better',
    'Strona internetowa lepiej odpowiada Twoim potrzebom',
    '网站更符合您的需求',
  ),
  blog: tx(
    'A company blog suits your needs better',
    'Blog firmowy lepiej odpowiada Twoim potrzebom',
    '企业博客更符合您的需求',
  ),
  balanced: tx(
    'Balanced: neither side clearly prevails',
    'Wynik wyrównany: żadna ze stron wyraźnie nie przeważa',
    '势均力敌：双方都没有明显优势',
  ),
};

const LABELS = {
  website: tx('Website points', 'Punkty strony internetowej', '网站得分'),
  blog: tx('Blog points', 'Punkty bloga', '博客得分'),
  recommendation: tx('Recommendation', 'Rekomendacja', '建议'),
  marked: tx('Rows marked', 'Zaznaczone wiersze', '已标记的行'),
};

export const evaluate = (data: SheetData) =>
  preferenceScore(tableRows(specs, data).map((r) => readPreference(r.cells['preference'])));

const MISSING = tx(
  'Mark your preference in at least one row',
  'Zaznacz swoją preferencję w co najmniej jednym wierszu',
  '请至少在一行中标出您的倾向',
);

function results(data: SheetData): ResultItem[] {
  const r = evaluate(data);
  const marked = fillText(
    tx('{marked} of {total} rows marked', 'Zaznaczono {marked} z {total} wierszy', '共 {total} 行，已标记 {marked} 行'),
    { marked: r.marked, total: r.total },
  );
  return [
    {
      id: 'website-points',
      label: LABELS.website,
      shown: { kind: 'num', value: r.websitePoints, format: 'int' },
      missing: MISSING,
    },
    {
      id: 'blog-points',
      label: LABELS.blog,
      shown: { kind: 'num', value: r.blogPoints, format: 'int' },
      missing: MISSING,
    },
    {
      id: 'recommendation',
      label: LABELS.recommendation,
      shown: { kind: 'text', value: r.recommendation ? RECOMMENDATIONS[r.recommendation] : undefined },
      missing: MISSING,
      detail: r.marked > 0 && r.marked < r.total ? marked : undefined,
      tone: r.recommendation ? 'good' : 'neutral',
    },
  ];
}

const lit = litOf;
/** The scale's marks as a rule: whole numbers −2 … 2; each side's marks for its points. */
const MARK = { integer: true, min: -2, max: 2 };
const WEBSITE_MARKS = { integer: true, min: -2, max: -1 };
const BLOG_MARKS = { integer: true, min: 1, max: 2 };

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([36, 44, 44, 14, 30]);
  b.add([{ v: pick(websiteVsBlog.title, lang), bold: true }]);
  b.add([pick(websiteVsBlog.intro, lang)]);
  b.add([pick(SCALE_NOTE, lang)]);
  b.blank();
  b.add([
    label(specs.rowHeader, lang),
    label(SIDE.website, lang),
    label(SIDE.blog, lang),
    label(tx('My preference (−2…2)', 'Moje preferencje (−2…2)', '我的倾向（−2…2）'), lang),
    label(tx('Position', 'Pozycja', '位置'), lang),
  ]);
  const rows = tableRows(specs, data);
  const first = b.next;
  rows.forEach((r, i) => {
    const spec = SPECS[i];
    if (!spec) return;
    const raw = r.cells['preference'];
    const value = readPreference(raw);
    const n = b.next;
    const at = cellAt(specs.id, r.id, 'preference');
    const input: XCell =
      value !== undefined
        ? { v: value, z: EXCEL_FORMAT.signedInt, input: at }
        : typeof raw === 'string' && raw.trim()
          ? { v: raw, input: at }
          : { input: at };
    const choose = ORDER.map((v) => lit(POSITIONS[v], lang)).join(',');
    b.add([
      pick(spec.label, lang),
      pick(spec.website, lang),
      pick(spec.blog, lang),
      input,
      // The label of the position, live if the number is edited in Excel.
      {
        f: ifValid(ref(3, n), MARK, `CHOOSE(${ref(3, n)}+3,${choose})`),
        v: value !== undefined ? pick(POSITIONS[value], lang) : '',
      },
    ]);
  });
  const range = `${ref(3, first)}:${ref(3, b.next - 1)}`;
  // Only the five positions count, as in the app: a 3 typed in Excel is no mark.
  const marked = countValid(range, MARK);
  const r = evaluate(data);
  b.blank();
  const markedRow = b.add([label(LABELS.marked, lang), { f: marked, v: r.marked, z: EXCEL_FORMAT.int }]);
  const webRow = b.add([
    label(LABELS.website, lang),
    {
      f: `IF(${marked}=0,"",-${sumValid(range, WEBSITE_MARKS)})`,
      v: r.websitePoints ?? '',
      z: EXCEL_FORMAT.int,
      result: 'website-points',
    },
  ]);
  const blogRow = b.add([
    label(LABELS.blog, lang),
    {
      f: `IF(${marked}=0,"",${sumValid(range, BLOG_MARKS)})`,
      v: r.blogPoints ?? '',
      z: EXCEL_FORMAT.int,
      result: 'blog-points',
    },
  ]);
  const [m, w, bl] = [ref(1, markedRow), ref(1, webRow), ref(1, blogRow)];
  b.add([
    label(LABELS.recommendation, lang),
    {
      // Same rule as scoring/preference.ts: a difference of at most 1 point is balanced.
      f: `IF(${m}=0,"",IF(ABS(${bl}-${w})<=1,${lit(RECOMMENDATIONS.balanced, lang)},IF(${bl}>${w},${lit(RECOMMENDATIONS.blog, lang)},${lit(RECOMMENDATIONS.website, lang)})))`,
      v: r.recommendation ? pick(RECOMMENDATIONS[r.recommendation], lang) : '',
      result: 'recommendation',
    },
  ]);
  return b.build();
}

function filled(values: readonly PreferenceValue[]): SheetData {
  const data = emptySheet();
  data.tables['specs'] = SPECS.map((s, i) =>
    row({ preference: values[i] === undefined ? '' : String(values[i]) }, s.id),
  );
  return data;
}

export const websiteVsBlog = {
  id: 'website-vs-blog',
  title: TITLES['website-vs-blog'],
  intro: tx(
    'When choosing written communication, it is worth considering what will be better in a given case: a blog or a website. You can use the tool below to assess this. By marking a position on the scale closer to the trait that matches your needs, you will see whether the traits of a website or of a blog prevail.',
    'Decydując się na komunikację pisemną, warto zastanowić się, co będzie lepsze w danym przypadku: blog czy strona internetowa. Do oceny można wykorzystać poniższe narzędzie. Zaznaczając na skali pozycję bliżej tej cechy, która odpowiada Twoim potrzebom, wskażesz przewagę cech odpowiadających stronie internetowej lub blogowi.',
    '选择书面沟通时，值得考虑在具体情况下哪种更好：博客还是网站。您可以使用下面的工具来评估。在量表上靠近符合您需求的那一特征处做标记，就能看出是网站的特征占优还是博客的特征占优。',
  ),
  blocks: [
    specs,
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
    {
      kind: 'note',
      id: 'rule',
      title: tx('How the points are counted', 'Jak liczone są punkty', '计分方法'),
      text: SCALE_NOTE,
    },
  ],
  initial: () => ({ fields: {}, tables: { specs: rowsForFixed(specs.fixedRows ?? []) } }),
  // A small accounting office that wants to show expertise and talk with clients: leans to a blog.
  example: () => filled([1, 2, 1, 1, 0, -1, 1]),
  excel,
  summary: (data) => results(data),
} satisfies WorksheetDef;
