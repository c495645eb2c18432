/**
 * The crisis plan's risk register: score = probability × impact (each a whole number 1–5),
 * risks ranked by score and placed on a 5×5 heat map.
 */

export const PROBABILITY_RANGE = { integer: true, min: 1, max: 5 } as const;
export const IMPACT_RANGE = { integer: true, min: 1, max: 5 } as const;

/** Valid values only: the caller leaves invalid or empty entries undefined. */
export interface RiskInput {
  probability: number | undefined;
  impact: number | undefined;
}

export interface RankedRisk extends RiskInput {
  /** 0-based position in the user's list (names rows "Risk 3" and keeps ties in the user's order). */
  index: number;
  score: number | undefined;
}

export function riskScore(probability: number | undefined, impact: number | undefined): number | undefined {
  return probability === undefined || impact === undefined ? undefined : probability * impact;
}

/** Highest score first; equal scores keep the user's order; unscored risks last, in the user's order. */
export function rankRisks(risks: readonly RiskInput[]): RankedRisk[] {
  const ranked = risks.map((r, index) => ({ ...r, index, score: riskScore(r.probability, r.impact) }));
  // Array.prototype.sort is stable (ES2019), and the index tie-break makes it explicit.
  return ranked.sort((a, b) => {
    if (a.score === undefined || b.score === undefined) {
      if (a.score === b.score) return a.index - b.index;
      return a.score === undefined ? 1 : -1;
    }
    return b.score - a.score || a.index - b.index;
  });
}

/** The highest score and every risk that has it (user's order); undefined score when none is scored. */
export function topRisks(risks: readonly RiskInput[]): { score: number | undefined; indexes: number[] } {
  const ranked = rankRisks(risks);
  const score = ranked[0]?.score;
  if (score === undefined) return { score: undefined, indexes: [] };
  return { score, indexes: ranked.filter((r) => r.score === score).map((r) => r.index) };
}

/**
 * Colour band of a score (our rule, the seed gives none; the usual 5×5 matrix bands):
 * 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.
 */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export function riskLevel(score: number): RiskLevel {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export interface HeatCell {
  probability: number;
  impact: number;
  score: number;
  level: RiskLevel;
  /** Risks in this cell (0-based list positions, user's order). */
  indexes: number[];
}

/**
 * The 5×5 matrix: `matrix[probability − 1][impact − 1]`. Unscored risks are left out.
 * The panel usually draws probability upwards (row 5 on top) and impact to the right.
 */
export function heatMap(risks: readonly RiskInput[]): HeatCell[][] {
  const matrix: HeatCell[][] = [];
  for (let p = 1; p <= 5; p++) {
    const line: HeatCell[] = [];
    for (let i = 1; i <= 5; i++)
      line.push({ probability: p, impact: i, score: p * i, level: riskLevel(p * i), indexes: [] });
    matrix.push(line);
  }
  risks.forEach((r, index) => {
    if (r.probability === undefined || r.impact === undefined) return;
    matrix[r.probability - 1]?.[r.impact - 1]?.indexes.push(index);
  });
  return matrix;
}
