/**
 * Website or blog: each specification gets a mark on a 5-position scale, stored as the option
 * value '-2' … '2' (negative = website, positive = blog). Pure.
 */

/** Scale positions, website end first. */
export const PREFERENCE_VALUES = [-2, -1, 0, 1, 2] as const;
export type PreferenceValue = (typeof PREFERENCE_VALUES)[number];

export type Recommendation = 'website' | 'blog' | 'balanced';

/**
 * Our rule (the seed only says the side with more traits prevails): a side wins when it has at
 * least 2 points more than the other; a difference of 0 or 1 point is 'balanced', because one
 * "rather" mark is too weak to decide on.
 */
export const BALANCE_MARGIN = 1;

/** A stored scale value as a number, or undefined when empty or not one of the five positions. */
export function readPreference(raw: unknown): PreferenceValue | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(/\u2212/g, '-');
  return PREFERENCE_VALUES.find((v) => String(v) === s);
}

export interface PreferenceResult {
  /** Rows with a valid mark. */
  marked: number;
  total: number;
  /** Strongly = 2, rather = 1, neutral = 0 to both; undefined while nothing is marked. */
  websitePoints: number | undefined;
  blogPoints: number | undefined;
  /** blog − website; undefined while nothing is marked. */
  difference: number | undefined;
  recommendation: Recommendation | undefined;
}

export function recommend(websitePoints: number, blogPoints: number): Recommendation {
  const d = blogPoints - websitePoints;
  if (Math.abs(d) <= BALANCE_MARGIN) return 'balanced';
  return d > 0 ? 'blog' : 'website';
}

export function preferenceScore(values: readonly (number | undefined)[]): PreferenceResult {
  const valid = values.filter((v): v is number => v !== undefined);
  if (valid.length === 0) {
    return {
      marked: 0,
      total: values.length,
      websitePoints: undefined,
      blogPoints: undefined,
      difference: undefined,
      recommendation: undefined,
    };
  }
  const websitePoints = valid.reduce((a, v) => (v < 0 ? a - v : a), 0);
  const blogPoints = valid.reduce((a, v) => (v > 0 ? a + v : a), 0);
  return {
    marked: valid.length,
    total: values.length,
    websitePoints,
    blogPoints,
    difference: blogPoints - websitePoints,
    recommendation: recommend(websitePoints, blogPoints),
  };
}
