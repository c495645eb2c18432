import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, type CellObject } from 'xlsx';
import { writeXlsx, xlsxParts, type XBook } from './xlsx-writer';
import { exportWorkbook } from './write-workbook';
import { exampleRecord } from './import-fixtures';
import type { WorkbookRecord } from '../storage/record';
import { loadAllDefinitions } from '../worksheets/index';

const book = (rows: XBook['sheets'][number]['sheet']['rows'], header?: number): XBook => ({
  title: 'T',
  created: new Date('2026-01-02T03:04:05Z'),
  sheets: [
    { name: "Client's", sheet: { rows, ...(header ? { header } : {}) } },
    { name: 'hidden', sheet: { rows: [['x']] }, hidden: true },
  ],
});

/** The example with its NPS survey as one round: that round's header is frozen and printed on every page. */
function oneRound(record: WorkbookRecord): WorkbookRecord {
  const nps = record.sheets['nps-survey']!;
  nps.tables['rounds'] = nps.tables['rounds']!.slice(0, 1);
  return record;
}

describe('the styled .xlsx writer', () => {
  it('text comes back byte for byte: XML entities, OOXML escapes, control characters, spaces, emoji', () => {
    const texts = [
      'PROMO_x0041_2026',
      'a & b < c > "d"',
      ' lead and trail ',
      'tab\there\nline',
      'bell\u0007',
      '😀 Łódź',
      '=1+1',
    ];
    const back = read(writeXlsx(book([texts.map((v) => ({ v }))])), { type: 'array' });
    const ws = back.Sheets["Client's"]!;
    expect(texts.map((_, c) => (ws[String.fromCharCode(65 + c) + '1'] as CellObject).v)).toEqual(texts);
    // Inert: text that looks like a formula stays text.
    expect((ws['G1'] as CellObject).f).toBeUndefined();
  });

  it('numbers, booleans, formulas with cached values (or none), number formats', () => {
    const back = read(
      writeXlsx(
        book([[{ v: 0.1 + 0.2, z: '0.00' }, { f: 'A1*2', v: 0.6 }, { f: 'IF(A1>1,"big","")', v: '' }, { v: true }]]),
      ),
      { type: 'array', cellFormula: true, cellNF: true },
    );
    const ws = back.Sheets["Client's"]!;
    expect(ws['A1']).toMatchObject({ t: 'n', v: 0.1 + 0.2, z: '0.00' });
    expect(ws['B1']).toMatchObject({ f: 'A1*2', v: 0.6 });
    expect(ws['C1']).toMatchObject({ f: 'IF(A1>1,"big","")', v: '' });
    expect(ws['D1']).toMatchObject({ t: 'b', v: true });
    const parts = xlsxParts(book([[{ f: 'A1*2', v: 0.6 }]]), { noCache: true });
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('<c r="A1" s="1"><f>A1*2</f></c>');
  });

  it('styles: title, section, header row, input cells; frozen and printed header; A4 fit to width; hidden sheet', () => {
    const parts = xlsxParts(
      book(
        [
          [{ v: 'Title', bold: true }],
          [{ v: 'Section', bold: true }],
          [
            { v: 'Name', bold: true },
            { v: 'Score', bold: true },
          ],
          ['Anna', { v: 7, input: { field: 'x' } }],
        ],
        3,
      ),
    );
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const styles = parts.get('xl/styles.xml')!;
    const xf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1]);
    const xfs = [...styles.matchAll(/<xf numFmtId="\d+" fontId="(\d)" fillId="(\d)" borderId="(\d)"/g)]
      .slice(1)
      .map((m) => m.slice(1).join(''));
    // font, fill, border: title 14pt bold, section 12pt bold, header bold on grey with a rule, input on yellow in a box.
    expect(xfs[xf('A1')]).toBe('200');
    expect(xfs[xf('A2')]).toBe('300');
    expect(xfs[xf('A3')]).toBe('132');
    expect(xfs[xf('B4')]).toBe('021');
    expect(sheet).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<pageSetup paperSize="9"');
    expect(sheet).toContain('fitToWidth="1" fitToHeight="0"');
    const workbook = parts.get('xl/workbook.xml')!;
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Client''s'!$3:$3</definedName>`,
    );
    expect(workbook).toContain('<sheet name="hidden" sheetId="2" state="hidden" r:id="rId2"/>');
  });

  // A second, strict reader: openpyxl (Debian's python3-openpyxl) loads the export with warnings as errors.
  it.skipIf(!existsSync('/usr/lib/python3/dist-packages/openpyxl'))(
    'openpyxl loads the exported example without a warning, styles and print setup as written',
    async () => {
      const defs = await loadAllDefinitions();
      const dir = mkdtempSync(join(tmpdir(), 'openpyxl-'));
      const file = join(dir, 'example.xlsx');
      writeFileSync(
        file,
        exportWorkbook(oneRound(exampleRecord(defs, 'pl', 'Bałtyckie "Rowery" & <Co>')), defs, 'pl', new Date()).bytes,
      );
      const script = [
        'import sys, warnings, openpyxl',
        "warnings.simplefilter('error')",
        'wb = openpyxl.load_workbook(sys.argv[1])',
        "ws = wb['nps-survey']",
        "print(wb.sheetnames[0], wb['_inputs'].sheet_state, ws.freeze_panes, ws.print_title_rows, ws.page_setup.paperSize, ws['A1'].font.b, ws['A1'].font.sz, ws['B24'].fill.fgColor.rgb)",
      ].join('\n');
      const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).trim();
      expect(out).toBe('Podsumowanie hidden A24 $23:$23 9 True 14.0 FFFFF6D5');
    },
  );
});
