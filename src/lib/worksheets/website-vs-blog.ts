/** Module II — Website or company blog? Seven specifications, each marked on a 5-position scale. */
import type { InputDef, Lang, ResultItem, SheetData, TableBlock, Text, WorksheetDef, XCell } from './types';
import { emptySheet, pick, row, rowsForFixed, tableRows, tx } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, label, ref } from './excel';
import { countValid, ifValid, litOf, sumValid } from './formula';
import { preferenceScore, readPreference, type PreferenceValue, type Recommendation } from '../scoring/preference';

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
    label: tx('Content', 'Treść'),
    website: tx(
      "strictly related to the essence of the company's business",
      'ściśle związana z istotą działalności firmy',
    ),
    blog: tx('any, unlimited', 'dowolna, nieograniczona'),
  },
  {
    id: 'author',
    label: tx('Author', 'Autor'),
    // The seed prints "treść przygotowana anonimowo" at the end of the content row; it belongs here.
    website: tx('author unknown, content prepared anonymously', 'autor nieznany, treść przygotowana anonimowo'),
    blog: tx('author known by name or pseudonym', 'autor znany z imienia lub pseudonimu'),
  },
  {
    id: 'comments',
    label: tx('Comments', 'Komentarze'),
    website: tx('no way to comment on the content', 'brak możliwości komentowania treści'),
    blog: tx('commenting is an integral part of the blog', 'komentowanie jest integralną częścią bloga'),
  },
  {
    id: 'technology',
    label: tx('Technology', 'Technologia'),
    website: tx('often complicated', 'często skomplikowana'),
    blog: tx('simplified, easy to use', 'uproszczona, łatwa w użyciu'),
  },
  {
    id: 'context',
    label: tx('Context', 'Kontekst'),
    website: tx('marketing and offer material', 'materiał marketingowy i ofertowy'),
    blog: tx('varied material, no direct promotion', 'różnorodny materiał, bez bezpośredniej promocji'),
  },
  {
    id: 'functionality',
    label: tx('Scope of functionality', 'Zakres funkcjonalności'),
    website: tx('wide', 'szeroki'),
    blog: tx('defined', 'określony'),
  },
  {
    id: 'navigation',
    label: tx('Navigation and structure complexity', 'Złożoność nawigacji i struktury'),
    website: tx('high', 'wysoka'),
    blog: tx('low', 'niska'),
  },
];

const SIDE = { website: tx('Website', 'Strona internetowa'), blog: tx('Company blog', 'Blog firmowy') };

/** "Website: wide" and "Company blog: defined": each trait at its end of the scale, as the seed's columns. */
const ends = (s: Spec): [Text, Text] => {
  const end = (side: Text, trait: Text): Text => ({ en: `${side.en}: ${trait.en}`, pl: `${side.pl}: ${trait.pl}` });
  return [end(SIDE.website, s.website), end(SIDE.blog, s.blog)];
};

export const POSITIONS: Record<PreferenceValue, Text> = {
  [-2]: tx('Strongly website', 'Zdecydowanie strona internetowa'),
  [-1]: tx('Rather website', 'Raczej strona internetowa'),
  0: tx('Neutral', 'Neutralnie'),
  1: tx('Rather blog', 'Raczej blog'),
  2: tx('Strongly blog', 'Zdecydowanie blog'),
};
const ORDER: PreferenceValue[] = [-2, -1, 0, 1, 2];

export const preferenceInput: InputDef = {
  id: 'preference',
  kind: 'scale',
  label: tx('My preference', 'Moje preferencje'),
  options: ORDER.map((v) => ({ value: String(v), label: POSITIONS[v] })),
};

const specs: TableBlock = {
  kind: 'table',
  id: 'specs',
  rowHeader: tx('Specification', 'Specyfikacja'),
  columns: [preferenceInput],
  fixedRows: SPECS.map((s) => ({ id: s.id, label: s.label, ends: ends(s) })),
};

const SCALE_NOTE = tx(
  'Points: "strongly" gives its side 2 points, "rather" 1 point, "neutral" none. A side is recommended when it leads by at least 2 points; a difference of 0 or 1 point is balanced.',
  'Punkty: „zdecydowanie” daje swojej stronie 2 punkty, „raczej” 1 punkt, „neutralnie” żadnego. Rekomendowana jest strona, która prowadzi co najmniej 2 punktami; różnica 0 lub 1 punktu oznacza wynik wyrównany.',
);

export const RECOMMENDATIONS: Record<Recommendation, Text> = {
  website: tx('A website suits your needs better', 'Strona internetowa lepiej odpowiada Twoim potrzebom'),
  blog: tx('A company blog suits your needs better', 'Blog firmowy lepiej odpowiada Twoim potrzebom'),
  balanced: tx('Balanced: neither side clearly prevails', 'Wynik wyrównany: żadna ze stron wyraźnie nie przeważa'),
};

const LABELS = {
  website: tx('Website points', 'Punkty strony internetowej'),
  blog: tx('Blog points', 'Punkty bloga'),
  recommendation: tx('Recommendation', 'Rekomendacja'),
  marked: tx('Rows marked', 'Zaznaczone wiersze'),
};

export const evaluate = (data: SheetData) =>
  preferenceScore(tableRows(specs, data).map((r) => readPreference(r.cells['preference'])));

const MISSING = tx(
  'Mark your preference in at least one row',
  'Zaznacz swoją preferencję w co najmniej jednym wierszu',
);

function results(data: SheetData): ResultItem[] {
  const r = evaluate(data);
  const marked: Text = {
    en: `${r.marked} of ${r.total} rows marked`,
    pl: `Zaznaczono ${r.marked} z ${r.total} wierszy`,
  };
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
    label(tx('My preference (−2…2)', 'Moje preferencje (−2…2)'), lang),
    label(tx('Position', 'Pozycja'), lang),
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
  title: tx('Website or company blog?', 'Strona internetowa czy blog firmowy?'),
  intro: tx(
    'When choosing written communication, it is worth considering what will be better in a given case: a blog or a website. You can use the tool below to assess this. By marking a position on the scale closer to the trait that matches your needs, you will see whether the traits of a website or of a blog prevail.',
    'Decydując się na komunikację pisemną, warto zastanowić się, co będzie lepsze w danym przypadku: blog czy strona internetowa. Do oceny można wykorzystać poniższe narzędzie. Zaznaczając na skali pozycję bliżej tej cechy, która odpowiada Twoim potrzebom, wskażesz przewagę cech odpowiadających stronie internetowej lub blogowi.',
  ),
  blocks: [
    specs,
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki'), items: results },
    { kind: 'note', id: 'rule', title: tx('How the points are counted', 'Jak liczone są punkty'), text: SCALE_NOTE },
  ],
  initial: () => ({ fields: {}, tables: { specs: rowsForFixed(specs.fixedRows ?? []) } }),
  // A small accounting office that wants to show expertise and talk with clients: leans to a blog.
  example: () => filled([1, 2, 1, 1, 0, -1, 1]),
  excel,
  summary: (data) => results(data),
} satisfies WorksheetDef;
