/**
 * Excel export and import of a workbook holding 10,000 NPS respondents (every other worksheet
 * filled with its example). Export: the app's (sheets, formulas, input map, styled writer)
 * against the writer alone on the same built sheets, and against SheetJS writing the same cells
 * without styles (what the export used before). Import: the app's against SheetJS reading alone.
 * Run: `npm run bench:xlsx` (not part of `npm test`). Fails when the export takes 1 s or more,
 * or more than 1.25× the writer alone.
 */
import { bench, describe } from 'vitest';
import { read, utils, write, type CellObject, type WorkBook } from 'xlsx';
import { gzipSync } from 'node:zlib';
import { buildWorkbook, exportWorkbook } from './write-workbook';
import { writeXlsx, type XBook } from './xlsx-writer';
import { readWorkbookFile } from './read-workbook';
import { exampleRecord } from './import-fixtures';
import { loadAllDefinitions } from '../worksheets/index';
import { row } from '../worksheets/helpers';

const defs = await loadAllDefinitions();
const record = exampleRecord(defs, 'en', 'Bench');
let x = 12345;
// One round of 10,000 respondents (rows with ids, data v2).
record.sheets['nps-survey'] = {
  fields: {},
  tables: {
    respondents: Array.from({ length: 10_000 }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return row({ score: String(Math.floor((x / 2147483648) * 11)) });
    }),
  },
};
const NOW = new Date('2026-11-23T10:00:00Z');
const built = buildWorkbook(record, defs, 'en', NOW);
const bytes = exportWorkbook(record, defs, 'en', NOW).bytes;
const check = readWorkbookFile(bytes, defs);
if (!check.ok || check.workbook.sheets['nps-survey']?.tables['respondents']?.length !== 10_000)
  throw new Error('round trip failed');

/** The same cells as a SheetJS workbook (values, formulas, number formats; no styles). */
function sheetjsBook(book: XBook): WorkBook {
  const wb = utils.book_new();
  for (const { name, sheet } of book.sheets) {
    const ws: Record<string, unknown> = {};
    let maxCol = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null) return;
        const o = typeof c === 'object' ? c : { v: c };
        if (o.v === undefined && o.f === undefined) return;
        const cell: CellObject = typeof o.v === 'number' ? { t: 'n', v: o.v } : { t: 's', v: String(o.v ?? '') };
        if (o.f) cell.f = o.f;
        if (o.z) cell.z = o.z;
        ws[utils.encode_cell({ r, c: col })] = cell;
        maxCol = Math.max(maxCol, col);
      }),
    );
    ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: maxCol } });
    utils.book_append_sheet(wb, ws, name);
  }
  return wb;
}
const plain = sheetjsBook(built);
const plainBytes = write(plain, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;

function median(run: () => void, times = 9): number {
  run();
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const s = performance.now();
    run();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[times >> 1]!;
}
const app = median(() => exportWorkbook(record, defs, 'en', NOW));
const writer = median(() => writeXlsx(built));
const building = median(() => buildWorkbook(record, defs, 'en', NOW));
const fresh = median(() => writeXlsx(buildWorkbook(record, defs, 'en', NOW))) - building;
console.log(`building alone ${building.toFixed(0)} ms; writing a freshly built book ${fresh.toFixed(0)} ms`);
const sheetjs = median(() => write(plain, { type: 'array', bookType: 'xlsx', compression: true }));
const writerSource = await import('node:fs').then((fs) =>
  fs.readFileSync(new URL('./xlsx-writer.ts', import.meta.url)),
);
console.log(
  [
    `file: ${(bytes.length / 1024).toFixed(0)} KB styled (SheetJS, same cells, no styles: ${(plainBytes.byteLength / 1024).toFixed(0)} KB)`,
    `export (median of 9): app ${app.toFixed(0)} ms, styled writer alone ${writer.toFixed(0)} ms (×${(app / writer).toFixed(2)}), SheetJS write alone ${sheetjs.toFixed(0)} ms`,
    `writer source: ${(gzipSync(writerSource).length / 1024).toFixed(1)} KB gzip (before minifying)`,
  ].join('\n'),
);
if (app >= 1000) throw new Error(`export takes ${app.toFixed(0)} ms (limit 1,000 ms)`);
if (app > 1.25 * writer) throw new Error(`export takes ${(app / writer).toFixed(2)}× the writer alone (limit 1.25×)`);

describe('export, 10,000 respondents', () => {
  bench('app export (sheets, formulas, input map, styled writer, zip)', () => {
    exportWorkbook(record, defs, 'en', NOW);
  });
  bench('styled writer alone, same sheets', () => {
    writeXlsx(built);
  });
  bench('SheetJS write alone, same cells without styles', () => {
    write(plain, { type: 'array', bookType: 'xlsx', compression: true });
  });
});

describe('import, 10,000 respondents', () => {
  bench('app import (read, map, validate)', () => {
    readWorkbookFile(bytes, defs);
  });
  bench('SheetJS read alone', () => {
    read(bytes, { type: 'array', cellFormula: true, cellText: false, cellHTML: false });
  });
});
