/**
 * The interest / influence grid (Module I): a customer's level on each axis, its quadrant, its
 * place on the 2×2 chart, and the top-rated strategy of a quadrant. Pure: no Svelte, no storage.
 *
 * Level rule: a valid score 1–10 decides when present (above 5 is High, so 5 is Low and 6 is
 * High), whatever the Low/High choice says; without a valid score the choice decides.
 */

export type Level = 'low' | 'high';
export type Quadrant = 'key' | 'satisfied' | 'informed' | 'monitor';

/** The seed's reading order of the grid: top-left, top-right, bottom-left, bottom-right. */
export const QUADRANTS: readonly Quadrant[] = ['satisfied', 'key', 'monitor', 'informed'];

export const SCORE_RANGE = { integer: true, min: 1, max: 10 } as const;
/** Scores above this are High. */
export const HIGH_ABOVE = 5;

/** A stored choice value as a level; anything else is no choice. */
export function asLevel(value: unknown): Level | undefined {
  return value === 'low' || value === 'high' ? value : undefined;
}

export function levelOf(choice: Level | undefined, score: number | undefined): Level | undefined {
  if (score !== undefined) return score > HIGH_ABOVE ? 'high' : 'low';
  return choice;
}

export function quadrantOf(interest: Level, influence: Level): Quadrant {
  if (influence === 'high') return interest === 'high' ? 'key' : 'satisfied';
  return interest === 'high' ? 'informed' : 'monitor';
}

/**
 * A score's position on its axis (0–1): the centre of its tenth, so 1 → 0.05, 5 → 0.45,
 * 6 → 0.55, 10 → 0.95, and the midline 0.5 falls between Low and High.
 */
export const scorePosition = (score: number): number => (score - 0.5) / 10;

export interface GridCustomer {
  id: string;
  name: string;
  interest?: Level;
  influence?: Level;
  interestScore?: number;
  influenceScore?: number;
}

export interface Placement {
  id: string;
  name: string;
  quadrant: Quadrant;
  /** Interest, 0 (left, low) … 1 (right, high). */
  x: number;
  /** Influence, 0 (bottom, low) … 1 (top, high). */
  y: number;
  /** Whether each coordinate comes from a score (precise) or from the spread layout. */
  exact: { x: boolean; y: boolean };
  /** How many earlier customers sit on exactly the same point (same scores): offset the label. */
  stack: number;
}

export interface GridLayout {
  placed: Placement[];
  /** Named customers still lacking a level on either axis. */
  unplaced: { id: string; name: string }[];
}

/** Spread slots per column inside a quadrant; more customers open another column. */
export const ROWS_PER_COLUMN = 6;

/** Slot k of n inside a quadrant's half-square, as offsets 0–0.5 from its bottom-left corner. */
export function slot(k: number, n: number): { dx: number; dy: number } {
  const rows = Math.min(n, ROWS_PER_COLUMN);
  const columns = Math.ceil(n / ROWS_PER_COLUMN);
  const c = Math.floor(k / rows);
  const r = k % rows;
  // Top row first, so the list reads downwards in row order.
  return { dx: ((c + 0.5) * 0.5) / columns, dy: 0.5 - ((r + 0.5) * 0.5) / rows };
}

/**
 * Places named customers on the grid. A scored axis is placed exactly (scorePosition); an axis
 * without a score is spread: the customers of a quadrant lacking any score share a grid of
 * distinct slots (columns of up to ROWS_PER_COLUMN rows), so customers with no score at all never
 * share a point. Customers with both scores may coincide; `stack` tells the panel to offset them.
 * Unnamed rows are left out (the chart shows names).
 */
export function placeCustomers(customers: readonly GridCustomer[]): GridLayout {
  const placed: Placement[] = [];
  const unplaced: GridLayout['unplaced'] = [];
  const classified: { c: GridCustomer; quadrant: Quadrant }[] = [];
  for (const c of customers) {
    const name = c.name.trim();
    if (name === '') continue;
    const interest = levelOf(c.interest, c.interestScore);
    const influence = levelOf(c.influence, c.influenceScore);
    if (!interest || !influence) unplaced.push({ id: c.id, name });
    else classified.push({ c: { ...c, name }, quadrant: quadrantOf(interest, influence) });
  }
  const spreadCount = new Map<Quadrant, number>();
  const needsSlot = (c: GridCustomer) => c.interestScore === undefined || c.influenceScore === undefined;
  for (const { c, quadrant } of classified) {
    if (needsSlot(c)) spreadCount.set(quadrant, (spreadCount.get(quadrant) ?? 0) + 1);
  }
  const used = new Map<Quadrant, number>();
  for (const { c, quadrant } of classified) {
    const x0 = quadrant === 'key' || quadrant === 'informed' ? 0.5 : 0;
    const y0 = quadrant === 'key' || quadrant === 'satisfied' ? 0.5 : 0;
    let spread = { dx: 0.25, dy: 0.25 };
    if (needsSlot(c)) {
      const k = used.get(quadrant) ?? 0;
      used.set(quadrant, k + 1);
      spread = slot(k, spreadCount.get(quadrant) ?? 1);
    }
    const x = c.interestScore !== undefined ? scorePosition(c.interestScore) : x0 + spread.dx;
    const y = c.influenceScore !== undefined ? scorePosition(c.influenceScore) : y0 + spread.dy;
    const stack = placed.filter((p) => Math.abs(p.x - x) < 1e-9 && Math.abs(p.y - y) < 1e-9).length;
    placed.push({
      id: c.id,
      name: c.name,
      quadrant,
      x,
      y,
      exact: { x: c.interestScore !== undefined, y: c.influenceScore !== undefined },
      stack,
    });
  }
  return { placed, unplaced };
}

/**
 * The highest-rated items (all of them when tied), in their given order, with the rating;
 * undefined when none is rated.
 */
export function topRated<T extends { rating: number | undefined }>(
  items: readonly T[],
): { top: T[]; rating: number } | undefined {
  const rated = items.filter((i): i is T & { rating: number } => i.rating !== undefined);
  if (rated.length === 0) return undefined;
  const rating = Math.max(...rated.map((i) => i.rating));
  return { top: rated.filter((i) => i.rating === rating), rating };
}
