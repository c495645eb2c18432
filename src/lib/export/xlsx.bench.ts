/**
 * Excel export and import of a workbook holding 10,000 NPS respondents (every other worksheet
 * filled with its example), against SheetJS alone writing and reading the same cells: the
 * library's floor. Run: `npm run bench:xlsx` (not part of `npm test`). Target: each < 1 s.
 */
import { bench, describe } from 'vitest';
import { read, write } from 'xlsx';
import { buildWorkbook, exportWorkbook } from './write-workbook';
import { readWorkbookFile } from './read-workbook';
import { exampleRecord } from './import-fixtures';
import { loadAllDefinitions } from '../worksheets/index';

const defs = await loadAllDefinitions();
const record = exampleRecord(defs, 'en', 'Bench');
let x = 12345;
record.sheets['nps-survey']!.fields['scores'] = Array.from({ length: 10_000 }, () => {
  x = (x * 1103515245 + 12345) % 2147483648;
  return String(Math.floor((x / 2147483648) * 11));
});
const NOW = new Date('2026-11-23T10:00:00Z');
const built = buildWorkbook(record, defs, 'en', NOW);
const bytes = exportWorkbook(record, defs, 'en', NOW).bytes;
const check = readWorkbookFile(bytes, defs);
if (!check.ok || (check.workbook.sheets['nps-survey']?.fields['scores'] as string[]).length !== 10_000) throw new Error('round trip failed');
console.log(`file: ${(bytes.length / 1024).toFixed(0)} KB`);

describe('export, 10,000 respondents', () => {
  bench('app export (sheets, formulas, input map, zip)', () => {
    exportWorkbook(record, defs, 'en', NOW);
  });
  bench('SheetJS write alone, same cells', () => {
    write(built, { type: 'array', bookType: 'xlsx', compression: true });
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
