/**
 * "What is missing" in a rating × weight table, written as a person would:
 * "Rate and weigh every question", "Rate questions 2 and 3 and weigh question 5",
 * "Brakuje oceny pytań 2 i 3 oraz wagi pytania 5", "请为问题 2 和 3 评分；为问题 5 设定权重".
 * Polish needs the noun's genitive, so the row nouns used by these tables are declined here;
 * another noun falls back to "pytanie: 2, 3". Chinese has no plural: one pattern for all counts.
 */
import type { Text } from './types';
import { listItems, listNumbers } from './helpers';

/** Genitive singular and plural of the Polish row nouns (pytanie → pytania / pytań). */
const PL_GENITIVE: Record<string, [string, string]> = {
  pytanie: ['pytania', 'pytań'],
  wyzwanie: ['wyzwania', 'wyzwań'],
  korzyść: ['korzyści', 'korzyści'],
};

interface Part {
  rows: number[];
  what: 'both' | 'rating' | 'weight';
}

function parts(missingRatings: readonly number[], missingWeights: readonly number[]): Part[] {
  const w = new Set(missingWeights);
  const r = new Set(missingRatings);
  const out: Part[] = [
    { rows: missingRatings.filter((i) => w.has(i)), what: 'both' },
    { rows: missingRatings.filter((i) => !w.has(i)), what: 'rating' },
    { rows: missingWeights.filter((i) => !r.has(i)), what: 'weight' },
  ];
  return out.filter((p) => p.rows.length > 0);
}

/** "a, b and c" / "a, b oraz c" (Polish "oraz", since "i" already joins the numbers). */
const joinParts = (items: string[], lang: keyof Text, and: string): string => listItems(items, lang, and);

function english(p: Part, noun: string, rowCount: number): string {
  const verb = p.what === 'both' ? 'rate and weigh' : p.what === 'rating' ? 'rate' : 'weigh';
  if (p.rows.length === rowCount && rowCount > 1) return `${verb} every ${noun}`;
  return `${verb} ${noun}${p.rows.length > 1 ? 's' : ''} ${listNumbers(p.rows, 'en')}`;
}

function polish(p: Part, noun: string, rowCount: number): string {
  const many = p.rows.length > 1;
  const what =
    p.what === 'both'
      ? many
        ? 'ocen i wag'
        : 'oceny i wagi'
      : p.what === 'rating'
        ? many
          ? 'ocen'
          : 'oceny'
        : many
          ? 'wag'
          : 'wagi';
  const forms = PL_GENITIVE[noun];
  if (!forms) return `${what}: ${noun} ${listNumbers(p.rows, 'pl')}`;
  if (p.rows.length === rowCount && rowCount > 1) return `${what} wszystkich ${forms[1]}`;
  return `${what} ${many ? forms[1] : forms[0]} ${listNumbers(p.rows, 'pl')}`;
}

function chinese(p: Part, noun: string, rowCount: number): string {
  const verb = p.what === 'both' ? '评分并设定权重' : p.what === 'rating' ? '评分' : '设定权重';
  if (p.rows.length === rowCount && rowCount > 1) return `为所有${noun}${verb}`;
  return `为${noun} ${listNumbers(p.rows, 'zh')} ${verb}`;
}

/** One sentence, capitalised, or undefined when no row lacks anything. */
export function missingRowsText(
  missingRatings: readonly number[],
  missingWeights: readonly number[],
  rowCount: number,
  noun: Text,
): Text | undefined {
  const ps = parts(missingRatings, missingWeights);
  if (ps.length === 0) return undefined;
  const en = joinParts(
    ps.map((p) => english(p, noun.en.toLowerCase(), rowCount)),
    'en',
    ' and ',
  );
  const pl = `Brakuje ${joinParts(
    ps.map((p) => polish(p, noun.pl.toLowerCase(), rowCount)),
    'pl',
    ' oraz ',
  )}`;
  // Chinese clauses are joined by a semicolon: "请为问题 2 评分；为问题 5 设定权重".
  const zh = `请${ps.map((p) => chinese(p, noun.zh ?? noun.en, rowCount)).join('；')}`;
  return { en: en.charAt(0).toUpperCase() + en.slice(1), pl, zh };
}
