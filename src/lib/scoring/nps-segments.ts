/**
 * NPS per segment ("B2B", "shop"…): respondents grouped by their segment text, compared without
 * regard to case as Excel's COUNTIFS does (so the exported formulas count the same people), in
 * the order each segment first appears. Respondents with no segment form a group of their own.
 */
import { npsSummary, type NpsSummary } from './nps';

export interface SegmentResult {
  /** The segment as first typed; '' for respondents without one. */
  name: string;
  summary: NpsSummary;
}

/** The key two spellings of one segment share: "B2B" and "b2b" are one segment. */
export const segmentKey = (name: string): string => name.toLocaleLowerCase();

/** `entries` are valid scores with the segment typed beside each ('' = none). */
export function segmentResults(entries: readonly { score: number; segment: string }[]): SegmentResult[] {
  const groups = new Map<string, { name: string; scores: number[] }>();
  // By the text as typed first: a survey repeats a few segments, and lower-casing is the slow part.
  const byText = new Map<string, { name: string; scores: number[] }>();
  for (const { score, segment } of entries) {
    let g = byText.get(segment);
    if (!g) {
      const key = segmentKey(segment);
      g = groups.get(key);
      if (!g) groups.set(key, (g = { name: segment, scores: [] }));
      byText.set(segment, g);
    }
    g.scores.push(score);
  }
  const out: SegmentResult[] = [];
  for (const g of groups.values()) out.push({ name: g.name, summary: npsSummary(g.scores)! });
  return out;
}
