/**
 * Drawing geometry of the interest / influence grid (the 'stakeholder-grid' panel): where each
 * quadrant, dot and name goes, in pixels. Pure (text width comes from an injected measure), so
 * the guarantees are tested: every name stays inside its quadrant, no two names overlap, no name
 * covers a dot, a name too long for one line takes two or three (split between words) before it is
 * shortened with an ellipsis, and a name moved away from its dot gets a leader line that crosses no
 * other name, dot or leader line wherever the grid (a few lines taller if need be) allows it.
 */
import type { GridLayout, Quadrant } from '../../scoring/quadrant';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Width in px of a string drawn at the given font size and weight. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export const FONT = { name: 13, title: 13, smallTitle: 11, axis: 12 } as const;
/** Height of one name line; names move by whole lines to avoid each other. */
export const LINE = 18;
const DOT = 5;
const GAP = 7; // dot → name
const PAD = 8; // inside a quadrant
const TITLE_BAND = 26;
/** Line height of a quadrant title wrapped onto two lines. */
export const TITLE_LINE = 16;
/** A name is never squeezed below this width (it moves instead). */
const MIN_NAME = 56;
/** Heights tried (three lines taller each) before a leader line may cross another name or dot. */
const CLEAR_STEPS = 4;
/** Up to this many customers; a more crowded grid takes the first free places. */
const CLEAR_MOST = 12;
/** Each line more a name takes counts as this many lines further away from its dot. */
const MORE_LINES = 1.5;

export interface DrawnName {
  id: string;
  /** The full name (the SVG <title>). */
  name: string;
  /** What is drawn, one to three lines: the name, or its start and "…". */
  lines: string[];
  /** The lines joined with a space. */
  text: string;
  /** Placed by both scores (a filled dot); otherwise somewhere in its quadrant (a hollow dot). */
  exact: boolean;
  quadrant: Quadrant;
  dot: { x: number; y: number };
  /** Text anchor point (baseline of the first line) and the box the text occupies. */
  at: { x: number; y: number; anchor: 'start' | 'end' | 'middle' };
  box: Box;
  /** Drawn when the name had to move away from its dot. */
  leader?: Segment;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnQuadrant {
  quadrant: Quadrant;
  box: Box;
  /** The quadrant's title on one line, or two on a narrow grid (shortened only if two are too few). */
  title: { lines: string[]; full: string; size: number; x: number; y: number };
}

export interface GridDrawing {
  width: number;
  height: number;
  plot: Box;
  quadrants: DrawnQuadrant[];
  names: DrawnName[];
  /** Level labels along each axis and the axis titles. */
  axes: {
    xLow: { x: number; y: number };
    xHigh: { x: number; y: number };
    xTitle: { x: number; y: number };
    yLow: { x: number; y: number };
    yHigh: { x: number; y: number };
    yTitle: { x: number; y: number };
  };
}

export interface GridTexts {
  quadrant: Record<Quadrant, string>;
  low: string;
  high: string;
}

/** The longest start of `text` that, followed by "…", fits `max` px (the whole text if it fits). */
export function fitText(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // Largest n with measure(first n + "…") <= max.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…') <= max) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

const inside = (a: Box, outer: Box) =>
  a.x >= outer.x - 1e-6 &&
  a.y >= outer.y - 1e-6 &&
  a.x + a.w <= outer.x + outer.w + 1e-6 &&
  a.y + a.h <= outer.y + outer.h + 1e-6;

/** Whether a segment passes through a box grown by `pad` (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box, pad = 0): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  // Each side of the box in turn: p is the direction across it, q the distance inside it.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q =
      side === 0
        ? s.x1 - (b.x - pad)
        : side === 1
          ? b.x + b.w + pad - s.x1
          : side === 2
            ? s.y1 - (b.y - pad)
            : b.y + b.h + pad - s.y1;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return true;
}

const turn = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether two segments cross (touching at an end does not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const d1 = turn(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = turn(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = turn(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = turn(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

const dotBox = (d: { x: number; y: number }): Box => ({ x: d.x - DOT, y: d.y - DOT, w: 2 * DOT, h: 2 * DOT });

/** Whether a leader line, drawn from the edge of its own dot, passes over the dot at `d` (+ pad). */
export function leaderHitsDot(s: Segment, d: { x: number; y: number }, pad = 0): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length = Math.hypot(dx, dy);
  if (length <= DOT) return false;
  // The part of the line outside its own dot.
  const t0 = DOT / length;
  const t = Math.max(t0, Math.min(1, ((d.x - s.x1) * dx + (d.y - s.y1) * dy) / (length * length)));
  return Math.hypot(s.x1 + t * dx - d.x, s.y1 + t * dy - d.y) < DOT + pad;
}

/**
 * A name on `count` lines (2 or more), each at most `max` px: whole, split between words where the
 * longest line is shortest; or (`allowShort`) as many whole words as fit on each line but the last,
 * and the rest shortened there.
 */
export function wrapLines(
  name: string,
  count: number,
  max: number,
  width: (s: string) => number,
  allowShort: boolean,
): string[] | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < count) return undefined;
  const line = (from: number, to: number) => words.slice(from, to).join(' ');
  // Best split of words[from..] into n lines: [widest line, lines].
  const split = (from: number, n: number): [number, string[]] => {
    if (n === 1) {
      const last = line(from, words.length);
      return [width(last), [last]];
    }
    let best: [number, string[]] = [Infinity, []];
    for (let to = from + 1; to <= words.length - n + 1; to++) {
      const head = line(from, to);
      const w = width(head);
      if (w >= best[0]) break; // longer heads only get wider
      const [restW, rest] = split(to, n - 1);
      const widest = Math.max(w, restW);
      if (widest < best[0]) best = [widest, [head, ...rest]];
    }
    return best;
  };
  const [widest, lines] = split(0, count);
  if (widest <= max) return lines;
  if (!allowShort) return undefined;
  const out: string[] = [];
  let from = 0;
  for (let n = 0; n < count - 1; n++) {
    let to = from;
    while (to < words.length - 1 && width(line(from, to + 1)) <= max) to++;
    if (to === from) return undefined;
    out.push(line(from, to));
    from = to;
  }
  out.push(fitText(line(from, words.length), max, width));
  return out;
}

const isRight = (q: Quadrant) => q === 'key' || q === 'informed';
const isTop = (q: Quadrant) => q === 'key' || q === 'satisfied';

/** Quadrant reading order of the drawing: top-left, top-right, bottom-left, bottom-right. */
const ORDER: Quadrant[] = ['satisfied', 'key', 'monitor', 'informed'];

/** Where a name sits: beside its dot ('start' right of it, 'end' left of it), or above or below it ('middle'). */
type Anchor = 'start' | 'end' | 'middle';
/** Lines a name may take. */
type Lines = 1 | 2 | 3;

/** Characters of the name a drawing shows ("…" not counted). */
const shown = (lines: string[]) =>
  lines.reduce((n, l) => n + Array.from(l.endsWith('…') ? l.slice(0, -1) : l).length, 0);

/**
 * How leader lines are kept clear of other names, dots and leader lines: 'always' (or the attempt
 * fails), 'prefer' (a clear place if any, else a free one), 'ignore' (the nearest free place, on
 * one line: a crowded grid, where clear places and two lines would push names far from their dots).
 */
type Clearance = 'always' | 'prefer' | 'ignore';

/** Orders in which names take their places (a name placed earlier takes the better place). */
type Order = 'given' | 'reverse' | 'longest' | 'left' | 'right';
const ORDERS: Order[] = ['given', 'reverse', 'longest', 'left', 'right'];

function attempt(
  layout: GridLayout,
  width: number,
  quadrantHeight: number,
  texts: GridTexts,
  measure: Measure,
  clearance: Clearance,
  order: Order = 'given',
) {
  const levelWidth = Math.max(measure(texts.low, FONT.axis), measure(texts.high, FONT.axis));
  const left = 24 + levelWidth + 8; // rotated y title, then the level labels
  const top = 6;
  const right = 6;
  const plotW = width - left - right;
  const qw = plotW / 2;
  const plot: Box = { x: left, y: top, w: plotW, h: quadrantHeight * 2 };
  const height = top + plot.h + 44; // level labels, then the x title

  const titleMax = qw - 2 * PAD;
  // Smaller titles on a grid too narrow for one of their words ("Zainteresowani" on a phone).
  const words = Object.values(texts.quadrant).flatMap((t) => t.split(/\s+/));
  const titleSize = words.every((w) => measure(w, FONT.title, true) <= titleMax) ? FONT.title : FONT.smallTitle;
  const titleWidth = (s: string) => measure(s, titleSize, true);
  const titleLines = (full: string): string[] =>
    titleWidth(full) <= titleMax
      ? [full]
      : (wrapLines(full, 2, titleMax, titleWidth, true) ?? [fitText(full, titleMax, titleWidth)]);
  const titles = new Map(ORDER.map((q) => [q, titleLines(texts.quadrant[q])]));
  // A second title line pushes every quadrant's dots and names down alike.
  const band = TITLE_BAND + (Math.max(...[...titles.values()].map((l) => l.length)) - 1) * TITLE_LINE;
  const quadrants: DrawnQuadrant[] = ORDER.map((q) => {
    const box: Box = {
      x: left + (isRight(q) ? qw : 0),
      y: top + (isTop(q) ? 0 : quadrantHeight),
      w: qw,
      h: quadrantHeight,
    };
    return {
      quadrant: q,
      box,
      title: { lines: titles.get(q)!, full: texts.quadrant[q], size: titleSize, x: box.x + PAD, y: box.y + 18 },
    };
  });
  const boxOf = new Map(quadrants.map((d) => [d.quadrant, d.box]));

  // Dots: the layout's 0–1 position inside the quadrant mapped to the area below the title band.
  const dots = layout.placed.map((p) => {
    const box = boxOf.get(p.quadrant)!;
    const area: Box = {
      x: box.x + PAD + DOT,
      y: box.y + band + DOT,
      w: box.w - 2 * PAD - 2 * DOT,
      h: box.h - band - PAD - 2 * DOT,
    };
    const fx = Math.min(1, Math.max(0, (p.x - (isRight(p.quadrant) ? 0.5 : 0)) / 0.5));
    const fy = Math.min(1, Math.max(0, (p.y - (isTop(p.quadrant) ? 0.5 : 0)) / 0.5));
    // Identical points (same scores) step diagonally so every dot stays visible.
    const x = Math.min(area.x + area.w, area.x + fx * area.w + p.stack * 6);
    const y = Math.max(area.y, area.y + (1 - fy) * area.h - p.stack * 6);
    return { p, x, y };
  });

  const nameWidth = (s: string) => measure(s, FONT.name);
  const names: DrawnName[] = [];
  let failed = false;
  /** Names placed with a leader line over another name, dot or leader line (none when strict). */
  let unclear = 0;
  const queue =
    order === 'given'
      ? dots
      : order === 'reverse'
        ? [...dots].reverse()
        : [...dots].sort((a, b) =>
            order === 'longest'
              ? measure(b.p.name, FONT.name) - measure(a.p.name, FONT.name)
              : order === 'left'
                ? a.x - b.x
                : b.x - a.x,
          );
  for (const { p, x, y } of queue) {
    const box = boxOf.get(p.quadrant)!;
    const room: Box = { x: box.x + 3, y: box.y + band - 4, w: box.w - 6, h: box.h - band + 3 };
    const full = nameWidth(p.name);
    /** The narrowest the whole name gets on 2 and on 3 lines (Infinity: too few words). */
    const narrowest = [
      0,
      full,
      ...[2, 3].map((n) => {
        const lines = wrapLines(p.name, n, Infinity, nameWidth, false);
        return lines ? Math.max(...lines.map(nameWidth)) : Infinity;
      }),
    ];
    const others = dots.filter((d) => d.p.id !== p.id);
    const otherDots = others.map(dotBox);
    /**
     * 0: the box is not free (outside its room, over a name or a dot); 1: free; 2: free and clear
     * (its leader line off other names, dots and leader lines, the box off other leader lines).
     */
    const freedom = (b: Box, leader: Segment | undefined): 0 | 1 | 2 => {
      if (!inside(b, room)) return 0;
      for (const n of names) if (overlaps(n.box, b, 2)) return 0;
      for (const d of otherDots) if (overlaps(d, b, 1)) return 0;
      for (const n of names) {
        if (n.leader && segmentHitsBox(n.leader, b, 1)) return 1;
        if (leader && (segmentHitsBox(leader, n.box, 1) || (n.leader && segmentsCross(leader, n.leader)))) return 1;
      }
      if (leader) for (const d of others) if (leaderHitsDot(leader, d, 1)) return 1;
      return 2;
    };
    // Below or above the dot ('middle'), a name is centred on it but kept inside the room: it then
    // still spans the dot's x, so a leader line goes straight up or down.
    const boxAt = (anchor: Anchor, ax: number, cy: number, textW: number, h: number): Box => ({
      x:
        anchor === 'start'
          ? ax
          : anchor === 'end'
            ? ax - textW
            : Math.min(Math.max(ax - textW / 2, room.x), room.x + room.w - textW),
      y: cy - h / 2,
      w: textW,
      h,
    });
    const leaderTo = (anchor: Anchor, ax: number, cy: number, b: Box, below: boolean): Segment =>
      anchor === 'middle'
        ? { x1: x, y1: y, x2: x, y2: below ? b.y : b.y + b.h }
        : { x1: x, y1: y, x2: anchor === 'start' ? ax - 2 : ax + 2, y2: cy };
    /** The name at `offset` (px, + is down) from the dot, on `count` lines, and how free its place is. */
    const tryAt = (
      offset: number,
      anchor: Anchor,
      count: Lines,
      allowShort: boolean,
      withLeader: boolean,
      least: 1 | 2,
    ): { d: DrawnName; level: 1 | 2 } | undefined => {
      const h = count * LINE;
      const cy = y + offset;
      const ax = anchor === 'start' ? x + GAP : anchor === 'end' ? x - GAP : x;
      const available = anchor === 'start' ? room.x + room.w - ax : anchor === 'end' ? ax - room.x : room.w;
      const leaderFor = (b: Box) => (withLeader ? leaderTo(anchor, ax, cy, b, offset > 0) : undefined);
      const freeAt = (textW: number) => {
        const b = boxAt(anchor, ax, cy, textW, h);
        return freedom(b, leaderFor(b));
      };
      // Boxes at one anchor nest as they widen, so a place is checked at the narrowest text it could
      // hold before any text is fitted (the check is cheap; fitting text is not).
      let widest: number;
      if (!allowShort) {
        widest = count === 1 ? full : narrowest[count]!;
        if (widest > available || freeAt(widest) < least) return undefined;
      } else {
        const leastW = count === 1 ? Math.min(full, MIN_NAME) : MIN_NAME;
        if (leastW > available || freeAt(leastW) < least) return undefined;
        // The widest free text here: up to the next name or dot, not just to the quadrant's edge.
        let lo = leastW;
        let hi = count === 1 ? Math.min(full, available) : available;
        if (freeAt(hi) >= least) lo = hi;
        while (hi - lo > 2) {
          const mid = (lo + hi) / 2;
          if (freeAt(mid) >= least) lo = mid;
          else hi = mid;
        }
        widest = lo;
      }
      let lines: string[];
      if (count === 1) lines = [widest < full ? fitText(p.name, widest, nameWidth) : p.name];
      else {
        const wrapped = wrapLines(p.name, count, widest, nameWidth, allowShort);
        if (!wrapped) return undefined;
        lines = wrapped;
      }
      const b = boxAt(anchor, ax, cy, Math.max(...lines.map(nameWidth)), h);
      const leader = leaderFor(b);
      const level = freedom(b, leader);
      if (level < least || level === 0) return undefined;
      const d: DrawnName = {
        id: p.id,
        name: p.name,
        lines,
        text: lines.join(' '),
        exact: p.exact.x && p.exact.y,
        quadrant: p.quadrant,
        dot: { x, y },
        at: { x: anchor === 'middle' ? b.x + b.w / 2 : ax, y: b.y + LINE / 2 + 4.5, anchor },
        box: b,
        ...(leader ? { leader } : {}),
      };
      return { d, level };
    };
    const preferred: ('start' | 'end')[] = x - box.x > box.x + box.w - x ? ['end', 'start'] : ['start', 'end'];
    const steps = Math.ceil(box.h / LINE);
    // Every place to try, nearest first: beside the dot, then centred just below or above it, then
    // a line further at a time (with a leader line); each line more a name takes counts as a line
    // and a half further away.
    type Place = { k: number; count: Lines; offset: number; anchor: Anchor; rank: number };
    const places: Place[] = [];
    // A crowded grid keeps every name on one line (two would need twice the room).
    const counts: readonly Lines[] = clearance === 'ignore' ? [1] : [1, 2, 3];
    for (let k = 0; k <= steps; k++) {
      for (const count of counts) {
        const rank = k + (count - 1) * MORE_LINES;
        const near = (count * LINE) / 2 + DOT + 1;
        for (const offset of k === 0 ? [0] : [k * LINE, -k * LINE])
          for (const anchor of preferred) places.push({ k, count, offset, anchor, rank });
        places.push(
          { k, count, offset: near + k * LINE, anchor: 'middle', rank },
          { k, count, offset: -near - k * LINE, anchor: 'middle', rank },
        );
      }
    }
    places.sort((a, b) => a.rank - b.rank);
    const least = clearance === 'always' ? 2 : 1;
    const wanted = clearance === 'ignore' ? 1 : 2;
    const tryPlace = (pl: Place, allowShort: boolean) =>
      tryAt(pl.offset, pl.anchor, pl.count, allowShort, pl.k > 0, least);
    let drawn: DrawnName | undefined;
    let crossing: DrawnName | undefined;
    // A whole name: the nearest place.
    for (const pl of places) {
      const t = tryPlace(pl, false);
      if (t && t.level >= wanted) {
        drawn = t.d;
        break;
      }
      crossing ??= t?.d;
    }
    // A shortened one: the place showing most of it, the nearer on a tie (looking a few lines
    // beyond the first place found: a line further costs half a character).
    const shortened = (level: 1 | 2) => {
      let best: { d: DrawnName; score: number; k: number } | undefined;
      for (const pl of places) {
        if (best && pl.k > best.k + 6) break;
        const t = tryAt(pl.offset, pl.anchor, pl.count, true, pl.k > 0, level);
        if (!t) continue;
        const score = shown(t.d.lines) - pl.k * 0.5 - (pl.count - 1) * 0.25;
        if (!best || score > best.score) best = { d: t.d, score, k: pl.k };
      }
      return best?.d;
    };
    if (!drawn) drawn = shortened(wanted);
    if (!drawn && clearance === 'prefer') {
      drawn = crossing ?? shortened(1);
      if (drawn) unclear++;
    }
    if (!drawn) {
      failed = true;
      break;
    }
    names.push(drawn);
  }

  const axisY = top + plot.h;
  const axes: GridDrawing['axes'] = {
    xLow: { x: left + qw / 2, y: axisY + 17 },
    xHigh: { x: left + qw * 1.5, y: axisY + 17 },
    xTitle: { x: left + qw, y: axisY + 37 },
    yLow: { x: left - 6, y: top + quadrantHeight * 1.5 + 4 },
    yHigh: { x: left - 6, y: top + quadrantHeight / 2 + 4 },
    yTitle: { x: 14, y: top + quadrantHeight },
  };
  // Drawn in the layout's order, whatever order they were placed in.
  const rank = new Map(dots.map((d, i) => [d.p.id, i]));
  names.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return { failed, unclear, drawing: { width, height, plot, quadrants, names, axes } satisfies GridDrawing };
}

/**
 * The drawing at the given width. Quadrants start at a pleasant height and grow a few lines at a
 * time until every name has a free place.
 */
export function drawGrid(layout: GridLayout, width: number, texts: GridTexts, measureText: Measure): GridDrawing {
  // The same strings are measured many times while places are tried.
  const known = new Map<string, Map<string, number>>();
  const measure: Measure = (text, size, bold) => {
    const font = bold ? -size : size;
    let sized = known.get(String(font));
    if (!sized) known.set(String(font), (sized = new Map()));
    let w = sized.get(text);
    if (w === undefined) sized.set(text, (w = measureText(text, size, bold)));
    return w;
  };
  const start = Math.max(170, Math.round((width / 2) * 0.55));
  const step = 3 * LINE;
  // At the pleasant height, leader lines clear of other names and dots where a place allows.
  const crowded = layout.placed.length > CLEAR_MOST;
  const loose: Clearance = crowded ? 'ignore' : 'prefer';
  const first = attempt(layout, width, start, texts, measure, loose);
  if (!first.failed && first.unclear === 0) return first.drawing;
  // Else, unless the grid is crowded, a little taller at a time (and placing the names in the
  // other order) with every leader line clear.
  if (!crowded) {
    for (let i = 0; i < CLEAR_STEPS; i++) {
      for (const order of ORDERS) {
        const { failed, drawing } = attempt(layout, width, start + i * step, texts, measure, 'always', order);
        if (!failed) return drawing;
      }
    }
  }
  if (!first.failed) return first.drawing;
  // Some name found no place: taller by a growing step until every name has one, then back down
  // (by halves, to three lines) to the lowest height found that still fits.
  let fits: GridDrawing | undefined;
  let low = start;
  let high = start + step;
  for (let i = 0, grow = step; i < 12; i++, grow = Math.ceil((grow * 1.5) / LINE) * LINE) {
    const { failed, drawing } = attempt(layout, width, high, texts, measure, loose);
    if (!failed) {
      fits = drawing;
      break;
    }
    low = high;
    high += grow;
  }
  // Unreachable in practice: every extra line adds room for another name.
  if (!fits) return attempt(layout, width, high, texts, measure, loose).drawing;
  while (high - low > step) {
    const mid = low + Math.ceil((high - low) / 2 / LINE) * LINE;
    const { failed, drawing } = attempt(layout, width, mid, texts, measure, loose);
    if (failed) low = mid;
    else {
      high = mid;
      fits = drawing;
    }
  }
  return fits;
}

/** A measure for tests and for a browser without canvas: generous average glyph widths. */
export const roughMeasure: Measure = (text, size, bold) => Array.from(text).length * size * (bold ? 0.64 : 0.6);

/** Text widths as the browser draws them in `family` (a canvas), or the rough rule without one. */
export function canvasMeasure(family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return roughMeasure;
  return (text, size, bold) => {
    ctx.font = `${bold ? 700 : 400} ${size}px ${family}`;
    return ctx.measureText(text).width;
  };
}
