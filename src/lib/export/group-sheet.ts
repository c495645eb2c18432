/**
 * The comparison of a group as an .xlsx: one row per participant, the group's statistics as
 * formulas over those rows (so a trainer who corrects a value in Excel sees them follow), the
 * answers counted by category, and the NPS pooled over every respondent beside the mean of the
 * participants' NPS. Cached values are the app's own figures (workshop/compare.ts).
 */
import type { Lang, XCell, XSheet } from '../worksheets/types';
import { a1, colName, lit } from '../worksheets/formula';
import { EXCEL_FORMAT } from '../worksheets/excel';
import { pick } from '../worksheets/helpers';
import type { Comparison } from '../workshop/compare';
import { writeXlsx, type XBook } from './xlsx-writer';
import { exportFileName } from './file-name';

/** The sheet names and labels, in the page's language (from the workshop catalogue). */
export interface GroupTexts {
  comparison: string;
  categories: string;
  nps: string;
  group: string;
  participant: string;
  count: string;
  mean: string;
  median: string;
  min: string;
  max: string;
  noData: string;
  responses: string;
  promoters: string;
  detractors: string;
  pooled: string;
  margin: string;
  meanOf: string;
}

const FIRST = 4; // first participant row: title, blank, header above

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export function groupBook(groupName: string, c: Comparison, t: GroupTexts, lang: Lang, now: Date): XBook {
  const n = c.participants.length;
  const last = FIRST + n - 1;
  const range = (col: number) => `${colName(col)}${FIRST}:${colName(col)}${last}`;

  // Participants × key results.
  const rows: XCell[][] = [
    [{ v: `${t.group}: ${groupName}`, style: 'title' }],
    [],
    [
      { v: t.participant, style: 'head' },
      ...c.columns.map((col): XCell => ({
        v: `${pick(col.sheetTitle, lang)} — ${pick(col.label, lang)}`,
        style: 'head',
      })),
    ],
  ];
  for (const p of c.participants) {
    rows.push([
      p.label,
      ...c.columns.map((col): XCell => {
        const cell = p.cells.get(col.key);
        if (cell?.value === undefined) return null;
        return cell.kind === 'num' ? { v: cell.value, z: EXCEL_FORMAT[col.format] } : cell.value;
      }),
    ]);
  }
  if (n) {
    rows.push([]);
    const stat = (label: string, f: (r: string) => string, v: (i: number) => number | undefined, format = true) =>
      rows.push([
        { v: label, bold: true },
        ...c.stats.map((s, i): XCell => {
          if (!s.numbers) return null;
          const r = range(i + 1);
          const value = v(i);
          return {
            f: f(r),
            v: value ?? '',
            ...(format ? { z: EXCEL_FORMAT[s.column.format] } : {}),
          };
        }),
      ]);
    const guarded = (fn: string) => (r: string) => `IF(COUNT(${r})>0,${fn}(${r}),"")`;
    stat(
      t.count,
      (r) => `COUNT(${r})`,
      (i) => c.stats[i]!.numbers?.count,
      false,
    );
    stat(t.mean, guarded('AVERAGE'), (i) => c.stats[i]!.numbers?.mean);
    stat(t.median, guarded('MEDIAN'), (i) => c.stats[i]!.numbers?.median);
    stat(t.min, guarded('MIN'), (i) => c.stats[i]!.numbers?.min);
    stat(t.max, guarded('MAX'), (i) => c.stats[i]!.numbers?.max);
  }
  const comparison: XSheet = { rows, header: 3, widths: [28, ...c.columns.map(() => 18)] };

  // Text results counted by answer.
  const catRows: XCell[][] = [[{ v: `${t.group}: ${groupName}`, style: 'title' }], []];
  c.stats.forEach((s, i) => {
    if (!s.categories) return;
    const col = c.columns[i]!;
    catRows.push([{ v: `${pick(col.sheetTitle, lang)} — ${pick(col.label, lang)}`, style: 'section' }]);
    const r = `${quoted(t.comparison)}!${range(i + 1)}`;
    for (const k of s.categories.counts)
      catRows.push([k.value, n ? { f: `SUMPRODUCT(--(${r}=${lit(k.value)}))`, v: k.count } : k.count]);
    catRows.push([t.noData, n ? { f: `COUNTBLANK(${r})`, v: s.categories.missing } : 0]);
    catRows.push([]);
  });
  const categories: XSheet = { rows: catRows, widths: [60, 12] };

  // NPS: each participant's respondents, and all of them pooled.
  const npsRows: XCell[][] = [
    [{ v: `${t.group}: ${groupName}`, style: 'title' }],
    [],
    [t.participant, t.responses, t.promoters, t.detractors, t.nps].map((v): XCell => ({ v, style: 'head' })),
  ];
  c.participants.forEach((p, i) => {
    const r = FIRST + i;
    const k = p.nps;
    npsRows.push([
      p.label,
      k ? k.responses : null,
      k ? k.promoters : null,
      k ? k.detractors : null,
      {
        f: `IF(N(B${r})>0,(C${r}-D${r})/B${r}*100,"")`,
        v: k ? ((k.promoters - k.detractors) * 100) / k.responses : '',
        z: EXCEL_FORMAT.signedInt,
      },
    ]);
  });
  if (n) {
    const at = last + 2;
    const [B, C, D] = [`B${at}`, `C${at}`, `D${at}`];
    const pooled = c.pooled;
    npsRows.push([]);
    npsRows.push([
      { v: t.pooled, bold: true },
      { f: `SUM(B${FIRST}:B${last})`, v: pooled?.responses ?? 0 },
      { f: `SUM(C${FIRST}:C${last})`, v: c.participants.reduce((s, p) => s + (p.nps?.promoters ?? 0), 0) },
      { f: `SUM(D${FIRST}:D${last})`, v: c.participants.reduce((s, p) => s + (p.nps?.detractors ?? 0), 0) },
      { f: `IF(${B}>0,(${C}-${D})/${B}*100,"")`, v: pooled?.nps ?? '', z: EXCEL_FORMAT.signedInt },
    ]);
    npsRows.push([
      t.margin,
      null,
      null,
      null,
      {
        f: `IF(${B}>0,1.96*SQRT(MAX(0,${C}/${B}+${D}/${B}-(${C}/${B}-${D}/${B})^2)/${B})*100,"")`,
        v: pooled?.marginOfError ?? '',
        z: EXCEL_FORMAT.dec1,
      },
    ]);
    const e = `E${FIRST}:E${last}`;
    npsRows.push([
      t.meanOf,
      null,
      null,
      null,
      { f: `IF(COUNT(${e})>0,AVERAGE(${e}),"")`, v: c.meanNps.mean ?? '', z: EXCEL_FORMAT.dec1 },
    ]);
  }
  const nps: XSheet = { rows: npsRows, header: 3, widths: [28, 12, 12, 12, 12] };

  return {
    title: groupName,
    created: now,
    lang,
    sheets: [
      { name: t.comparison, sheet: comparison },
      { name: t.categories, sheet: categories },
      { name: t.nps, sheet: nps },
    ],
  };
}

export function exportGroup(groupName: string, c: Comparison, t: GroupTexts, lang: Lang, now: Date) {
  const bytes = writeXlsx(groupBook(groupName, c, t, lang, now));
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    fileName: exportFileName(groupName, now),
    bytes,
  };
}

export { a1 };
