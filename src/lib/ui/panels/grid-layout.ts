/**
 * Drawing geometry of the interest / influence grid (the 'stakeholder-grid' panel): where each
 * quadrant, dot and name goes, in pixels. Pure (text width comes from an injected measure), so
 * the guarantees are tested: every name stays inside its quadrant, no two names overlap, no name
 * covers a dot, and a name too long for its space is shortened with an ellipsis.
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

export const FONT = { name: 13, title: 13, axis: 12 } as const;
/** Height of one name line; names move by whole lines to avoid each other. */
export const LINE = 18;
const DOT = 5;
const GAP = 7; // dot → name
const PAD = 8; // inside a quadrant
const TITLE_BAND = 26;
/** A name is never squeezed below this width (it moves instead). */
const MIN_NAME = 56;

export interface DrawnName {
  id: string;
  /** The full name (the SVG <title>). */
  name: string;
  /** What is drawn: the name, or its start and "…". */
  text: string;
  quadrant: Quadrant;
  dot: { x: number; y: number };
  /** Text anchor point (baseline) and the box the text occupies. */
  at: { x: number; y: number; anchor: 'start' | 'end' | 'middle' };
  box: Box;
  /** Drawn when the name had to move away from its dot. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface DrawnQuadrant {
  quadrant: Quadrant;
  box: Box;
  title: { text: string; full: string; x: number; y: number };
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

const inside = (a: Box, outer: Box) => a.x >= outer.x - 1e-6 && a.y >= outer.y - 1e-6 && a.x + a.w <= outer.x + outer.w + 1e-6 && a.y + a.h <= outer.y + outer.h + 1e-6;

const isRight = (q: Quadrant) => q === 'key' || q === 'informed';
const isTop = (q: Quadrant) => q === 'key' || q === 'satisfied';

/** Quadrant reading order of the drawing: top-left, top-right, bottom-left, bottom-right. */
const ORDER: Quadrant[] = ['satisfied', 'key', 'monitor', 'informed'];

function attempt(layout: GridLayout, width: number, quadrantHeight: number, texts: GridTexts, measure: Measure) {
  const levelWidth = Math.max(measure(texts.low, FONT.axis), measure(texts.high, FONT.axis));
  const left = 24 + levelWidth + 8; // rotated y title, then the level labels
  const top = 6;
  const right = 6;
  const plotW = width - left - right;
  const qw = plotW / 2;
  const plot: Box = { x: left, y: top, w: plotW, h: quadrantHeight * 2 };
  const height = top + plot.h + 44; // level labels, then the x title

  const quadrants: DrawnQuadrant[] = ORDER.map((q) => {
    const box: Box = { x: left + (isRight(q) ? qw : 0), y: top + (isTop(q) ? 0 : quadrantHeight), w: qw, h: quadrantHeight };
    const full = texts.quadrant[q];
    const text = fitText(full, qw - 2 * PAD, (s) => measure(s, FONT.title, true));
    return { quadrant: q, box, title: { text, full, x: box.x + PAD, y: box.y + 18 } };
  });
  const boxOf = new Map(quadrants.map((d) => [d.quadrant, d.box]));

  // Dots: the layout's 0–1 position inside the quadrant mapped to the area below the title band.
  const dots = layout.placed.map((p) => {
    const box = boxOf.get(p.quadrant)!;
    const area: Box = { x: box.x + PAD + DOT, y: box.y + TITLE_BAND + DOT, w: box.w - 2 * PAD - 2 * DOT, h: box.h - TITLE_BAND - PAD - 2 * DOT };
    const fx = Math.min(1, Math.max(0, (p.x - (isRight(p.quadrant) ? 0.5 : 0)) / 0.5));
    const fy = Math.min(1, Math.max(0, (p.y - (isTop(p.quadrant) ? 0.5 : 0)) / 0.5));
    // Identical points (same scores) step diagonally so every dot stays visible.
    const x = Math.min(area.x + area.w, area.x + fx * area.w + p.stack * 6);
    const y = Math.max(area.y, area.y + (1 - fy) * area.h - p.stack * 6);
    return { p, x, y };
  });

  const names: DrawnName[] = [];
  let failed = false;
  for (const { p, x, y } of dots) {
    const box = boxOf.get(p.quadrant)!;
    const room: Box = { x: box.x + 3, y: box.y + TITLE_BAND - 4, w: box.w - 6, h: box.h - TITLE_BAND + 3 };
    const full = measure(p.name, FONT.name);
    const others = dots.filter((d) => d.p.id !== p.id);
    const free = (b: Box) =>
      inside(b, room) && !names.some((n) => overlaps(n.box, b, 2)) && !others.some((d) => overlaps({ x: d.x - DOT, y: d.y - DOT, w: 2 * DOT, h: 2 * DOT }, b, 1));
    type Anchor = 'start' | 'end' | 'middle';
    const tryAt = (offset: number, anchor: Anchor, allowShort: boolean, leader: boolean): DrawnName | undefined => {
      const cy = y + offset;
      const available =
        anchor === 'start' ? room.x + room.w - (x + GAP) : anchor === 'end' ? x - GAP - room.x : 2 * Math.min(x - room.x, room.x + room.w - x);
      const w = Math.min(full, available);
      if (w < full && (!allowShort || w < Math.min(full, MIN_NAME))) return undefined;
      const left = anchor === 'start' ? x + GAP : anchor === 'end' ? x - GAP - w : x - w / 2;
      const b: Box = { x: left, y: cy - LINE / 2, w, h: LINE };
      if (!free(b)) return undefined;
      const text = w < full ? fitText(p.name, w, (s) => measure(s, FONT.name)) : p.name;
      const textW = measure(text, FONT.name);
      const ax = anchor === 'start' ? x + GAP : anchor === 'end' ? x - GAP : x;
      const boxX = anchor === 'start' ? ax : anchor === 'end' ? ax - textW : ax - textW / 2;
      const drawn: DrawnName = { id: p.id, name: p.name, text, quadrant: p.quadrant, dot: { x, y }, at: { x: ax, y: cy + 4.5, anchor }, box: { x: boxX, y: b.y, w: textW, h: LINE } };
      if (leader) {
        const edge = anchor === 'middle' ? { x, y: offset > 0 ? b.y : b.y + LINE } : { x: anchor === 'start' ? ax - 2 : ax + 2, y: cy };
        drawn.leader = { x1: x, y1: y, x2: edge.x, y2: edge.y };
      }
      return drawn;
    };
    // Beside the dot, then centred just below or above it, then a line further at a time (with a
    // leader line); whole names before shortened ones.
    const near = LINE / 2 + DOT + 1;
    const preferred: ('start' | 'end')[] = x - box.x > box.x + box.w - x ? ['end', 'start'] : ['start', 'end'];
    const steps = Math.ceil(box.h / LINE);
    let drawn: DrawnName | undefined;
    for (const allowShort of [false, true]) {
      for (let k = 0; k <= steps && !drawn; k++) {
        const side = k === 0 ? [0] : [k * LINE, -k * LINE];
        const tries = [
          ...side.flatMap((offset) => preferred.map((anchor) => () => tryAt(offset, anchor, allowShort, k > 0))),
          ...[near + k * LINE, -near - k * LINE].map((offset) => () => tryAt(offset, 'middle', allowShort, k > 0)),
        ];
        const found = tries.flatMap((t) => t() ?? []);
        // A whole name: the first place found; a shortened one: the place showing most of it.
        drawn = allowShort ? found.reduce<DrawnName | undefined>((best, d) => (!best || d.text.length > best.text.length ? d : best), undefined) : found[0];
      }
      if (drawn) break;
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
  return { failed, drawing: { width, height, plot, quadrants, names, axes } satisfies GridDrawing };
}

/**
 * The drawing at the given width. Quadrants start at a pleasant height and grow a few lines at a
 * time until every name has a free place.
 */
export function drawGrid(layout: GridLayout, width: number, texts: GridTexts, measure: Measure): GridDrawing {
  let quadrantHeight = Math.max(170, Math.round((width / 2) * 0.55));
  for (let i = 0; i < 60; i++) {
    const { failed, drawing } = attempt(layout, width, quadrantHeight, texts, measure);
    if (!failed) return drawing;
    quadrantHeight += 3 * LINE;
  }
  // Unreachable in practice: every extra line adds room for another name.
  return attempt(layout, width, quadrantHeight, texts, measure).drawing;
}

/** A measure for tests and for a browser without canvas: generous average glyph widths. */
export const roughMeasure: Measure = (text, size, bold) => Array.from(text).length * size * (bold ? 0.64 : 0.6);
