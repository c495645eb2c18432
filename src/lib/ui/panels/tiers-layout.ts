/**
 * Geometry of the value × loyalty 3×3 grid ('tiers-grid' panel): cells, titles and the names in
 * each cell, each name fitted to its cell with the stakeholder grid's text code (grid-layout.ts:
 * fitText shortens with "…"); a crowded cell ends with "+N more". Pure: text width is injected.
 */
import { fitText, type Box, type Measure } from './grid-layout';

export interface TierCellIn {
  names: string[];
}
export interface DrawnCell {
  box: Box;
  lines: string[];
  count: number;
}
export interface TiersDrawing {
  width: number;
  height: number;
  plot: Box;
  cells: DrawnCell[][];
  rowLabels: { text: string; x: number; y: number }[];
  colLabels: { text: string; x: number; y: number }[];
}

export const TIER_FONT = 13;
const LINE = 17;
const PAD = 8;

export function drawTiers(
  cells: TierCellIn[][],
  width: number,
  labels: { rows: string[]; cols: string[]; more: (n: number) => string },
  measure: Measure,
  linesPerCell = 5,
): TiersDrawing {
  const left = Math.min(120, Math.max(80, width * 0.18));
  const top = 28;
  const plotW = width - left - 4;
  const cw = plotW / 3;
  const ch = PAD * 2 + LINE * (linesPerCell + 1);
  const plot = { x: left, y: top, w: plotW, h: ch * 3 };
  const w = (s: string) => measure(s, TIER_FONT);
  const drawn = cells.map((line, r) =>
    line.map((c, k): DrawnCell => {
      const box = { x: left + k * cw, y: top + r * ch, w: cw, h: ch };
      const max = cw - PAD * 2;
      const room = linesPerCell;
      const names = c.names.length > room ? c.names.slice(0, room - 1) : c.names;
      const lines = names.map((n) => fitText(n, max, w));
      if (c.names.length > room) lines.push(fitText(labels.more(c.names.length - names.length), max, w));
      return { box, lines, count: c.names.length };
    }),
  );
  return {
    width,
    height: top + ch * 3 + 4,
    plot,
    cells: drawn,
    rowLabels: labels.rows.map((text, r) => ({
      text: fitText(text, left - 10, w),
      x: left - 8,
      y: top + r * ch + ch / 2,
    })),
    colLabels: labels.cols.map((text, k) => ({
      text: fitText(text, cw - 8, w),
      x: left + k * cw + cw / 2,
      y: top - 10,
    })),
  };
}
