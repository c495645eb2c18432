/**
 * The fast reader gives what SheetJS gives (the cells' type, value and formula, the sheets' names
 * and ranges) on the app's own exports, on what LibreOffice saves of them, and on hand-written
 * files with the parts of the format that vary between spreadsheets; and it hands to SheetJS what
 * it does not read itself.
 */
import { describe, expect, it } from 'vitest';
import { read, utils, write, type WorkBook } from 'xlsx';
import { readPlainXlsx } from './read-xlsx';
import { inflateZip } from './zip-limit';
import { libreOfficeSave } from './libreoffice-save';
import { forEachCell } from './sheet-cell';
import { makeZip } from './zip-fixtures';
import { exportWorkbook } from './write-workbook';
import { exampleRecord } from './import-fixtures';
import { loadAllDefinitions } from '../worksheets/index';
import { LOCALES } from '../i18n/locales';

const ROWS = 50_101;
const sheetjs = (bytes: Uint8Array) =>
  read(bytes, { type: 'array', cellFormula: true, cellText: false, cellHTML: false, sheetRows: ROWS });

/** What the import uses of a book: names, ranges, and each cell's t, v and f. */
function essence(book: WorkBook) {
  return {
    names: book.SheetNames,
    sheets: book.SheetNames.map((name) => {
      const ws = book.Sheets[name] ?? {};
      const cells: Record<string, unknown> = {};
      forEachCell(ws, (c, r, col) => {
        const { t, v, f } = c as { t?: string; v?: unknown; f?: string };
        cells[utils.encode_cell({ r, c: col })] = {
          t,
          ...(v !== undefined ? { v } : {}),
          ...(f !== undefined ? { f } : {}),
        };
      });
      return { ref: ws['!ref'], fullref: ws['!fullref'], cells };
    }),
  };
}

function expectSame(bytes: Uint8Array) {
  const fast = readPlainXlsx(bytes, ROWS);
  expect(fast, 'read by the fast reader').toBeDefined();
  expect(essence(fast!)).toEqual(essence(sheetjs(bytes)));
}

const enc = new TextEncoder();
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-written .xlsx: sheets as XML bodies of <sheetData>, shared strings as <si> bodies. */
function handMade(sheets: { name: string; data: string; head?: string }[], strings?: string[]): Uint8Array {
  const parts = [
    {
      name: '[Content_Types].xml',
      data: enc.encode(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: enc.encode(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: enc.encode(
        `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: enc.encode(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${strings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: enc.encode(
        `<?xml version="1.0"?><worksheet ${NS}>${s.head ?? ''}<sheetData>${s.data}</sheetData></worksheet>`,
      ),
    })),
    ...(strings
      ? [
          {
            name: 'xl/sharedStrings.xml',
            data: enc.encode(
              `<?xml version="1.0"?><sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
            ),
          },
        ]
      : []),
  ];
  return makeZip(parts);
}

describe('the fast reader reads as SheetJS', () => {
  it.each([
    [
      'shared strings: plain, rich text, phonetic runs, escapes, line ends, spaces kept',
      [
        {
          name: 'Data',
          data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>',
        },
      ],
      [
        '<t>Plain</t>',
        '<r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and not</t></r>',
        '<r><t>漢字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
        '<t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#x4E2D;</t>',
        '<t>line_x000D_&#13;&#10;two _x005F_x0041_ tab_x0009_</t>',
        '<t xml:space="preserve">  spaced  </t>',
      ],
    ],
    [
      'numbers, booleans, errors, inline strings, formula results of each type',
      [
        {
          name: 'Cells & ‘quotes’',
          head: '<dimension ref="A1:F3"/>',
          data: [
            '<row r="1"><c r="A1"><v>3.5</v></c><c r="B1" t="n"><v>-0.1</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#REF!</v></c><c r="F1" t="e"><v>#N/A</v></c></row>',
            '<row r="2"><c r="A2" t="inlineStr"><is><t>inline &amp; text</t></is></c><c r="B2" t="inlineStr"><is><r><t>run</t></r><r><t>s</t></r></is></c><c r="C2" t="inlineStr"><is><t/></is></c></row>',
            '<row r="3"><c r="A3"><f>SUM(A1:B1)</f><v>3.4</v></c><c r="B3" t="str"><f>_xlfn.CONCAT("a","&amp;")</f><v>a&amp;amp;</v></c><c r="C3" t="b"><f>A1&gt;1</f><v>1</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3"><f>A1</f></c><c r="F3" t="str"><f>"x"</f></c></row>',
          ].join(''),
        },
      ],
      undefined,
    ],
    [
      'cells and rows without addresses, empty and styled cells, a blank row, big and small numbers',
      [
        {
          name: 'Loose',
          data: '<row><c><v>1</v></c><c s="1"/><c><v>3</v></c></row><row r="4"/><row r="6" spans="2:3"><c r="B6" s="2"></c><c r="C6"><v>1E+21</v></c><c r="D6"><v>1.5E-7</v></c><c r="E6" t="n"><v></v></c></row>',
        },
        { name: 'Empty', data: '' },
      ],
      undefined,
    ],
  ])('%s', (_, sheets, strings) => expectSame(handMade(sheets, strings)));

  it('leaves to SheetJS what it does not read: copies of a shared formula, dates as text, CDATA', () => {
    const shared = handMade([
      {
        name: 'S',
        data: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>',
      },
    ]);
    expect(readPlainXlsx(shared, ROWS)).toBeUndefined();
    expect(sheetjs(shared).Sheets['S']?.['B2']?.f).toBe('A2*2');
    const date = handMade([{ name: 'D', data: '<row r="1"><c r="A1" t="d"><v>2027-01-31</v></c></row>' }]);
    expect(readPlainXlsx(date, ROWS)).toBeUndefined();
    const cdata = handMade([
      { name: 'C', data: '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<x>]]></t></is></c></row>' },
    ]);
    expect(readPlainXlsx(cdata, ROWS)).toBeUndefined();
  });

  it('gives dense sheets, as SheetJS with `dense: true`', () => {
    const bytes = handMade([{ name: 'D', data: '<row r="2"><c r="B2"><v>7</v></c></row>' }]);
    expect(readPlainXlsx(bytes, ROWS)?.Sheets['D']?.['!data']?.[1]?.[1]).toEqual({ t: 'n', v: 7 });
    expect(read(bytes, { type: 'array', dense: true }).Sheets['D']?.['!data']?.[1]?.[1]).toMatchObject({
      t: 'n',
      v: 7,
    });
  });

  it('stops at the row limit and keeps the sheet’s size, for the import to refuse it', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(
      '',
    );
    const fast = readPlainXlsx(handMade([{ name: 'Big', head: '<dimension ref="A1:A6"/>', data: rows }]), 4);
    expect(fast?.Sheets['Big']?.['!fullref']).toBe('A1:A6');
    expect(fast?.Sheets['Big']?.['!data']?.[4]).toBeUndefined();
    expect(fast?.Sheets['Big']?.['!data']?.[3]?.[0]).toEqual({ t: 'n', v: 3 });
    const noDimension = readPlainXlsx(handMade([{ name: 'Big', data: rows }]), 4);
    expect(noDimension?.Sheets['Big']?.['!fullref']).toBe('A1:A5');
  });

  it.each(LOCALES)('the example workbook exported in %s', async (lang) => {
    const defs = await loadAllDefinitions();
    const bytes = exportWorkbook(exampleRecord(defs, lang, 'Ex'), defs, lang, new Date('2026-12-01T10:00:00Z')).bytes;
    expectSame(bytes);
    // The same from the parts the size check inflated natively.
    const checked = await inflateZip(bytes);
    if (!('parts' in checked)) throw new Error('refused');
    expect(essence(readPlainXlsx(bytes, ROWS, checked.parts)!)).toEqual(essence(sheetjs(bytes)));
  });

  it('the example as SheetJS writes it (values with attributes: <v xml:space="preserve">)', async () => {
    const defs = await loadAllDefinitions();
    const book = sheetjs(exportWorkbook(exampleRecord(defs, 'en', 'Ex'), defs, 'en', new Date()).bytes);
    expectSame(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  });

  it('the example as LibreOffice saves it', async () => {
    const defs = await loadAllDefinitions();
    expectSame(libreOfficeSave(exportWorkbook(exampleRecord(defs, 'pl', 'Ex'), defs, 'pl', new Date()).bytes));
  }, 200_000);
});
