/**
 * A small OOXML (.xlsx) writer for the plain XSheets the definitions build, with cell styles
 * (SheetJS Community Edition writes none): bold titles and headers, input cells filled and
 * bordered so a client sees what to type, number formats, fitted column widths, a frozen and
 * printed-on-every-page header row, A4 fit to width. Zipped by SheetJS's own zip code (CFB), so
 * the export adds no dependency. See the README for why (measured against SheetJS's writer).
 */
import { CFB } from 'xlsx';
import type { Lang, XCell, XSheet } from '../worksheets/types';
import { cellString } from './cell-text';
import { a1, colName } from '../worksheets/formula';

export interface BookSheet {
  name: string;
  sheet: XSheet;
  hidden?: boolean;
}

export interface XBook {
  title: string;
  created: Date;
  /** The language of the note ending a text cut at a cell's limit (cell-text.ts); English by default. */
  lang?: Lang;
  sheets: BookSheet[];
}

export interface WriteOptions {
  /** Leave formula results out (the recalculation test has LibreOffice compute them). */
  noCache?: boolean;
}

type CellObject = Exclude<XCell, null | string | number | boolean>;

// ——— Text ———

/**
 * XML text: the five entities, and characters XML 1.0 cannot hold written as OOXML escapes. A cell's
 * text has been through cell-text.ts first (its own `_xHHHH_` escaped, fitted to a cell's limit).
 */
// eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these: they are escaped
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// What xml() changes, tested first (no /g, so test() keeps no state): most texts need nothing.
const NEEDS_ESCAPE = new RegExp(`[&<>"]|${NOT_XML.source}`);
function xml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}
/** Formulas hold our own text only, but quoted literals may contain anything: entities only. */
const FORMULA_ENTITY = /[&<>]/;
const xmlF = (s: string): string =>
  FORMULA_ENTITY.test(s) ? s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')) : s;

// ——— Styles ———

const FILL = { none: 0, gray125: 1, input: 2, head: 3 } as const;
const FONT = { normal: 0, bold: 1, title: 2, section: 3 } as const;
const BORDER = { none: 0, box: 1, under: 2 } as const;

interface Look {
  font: number;
  fill: number;
  border: number;
  numFmt: number;
  wrap: boolean;
}

class Styles {
  private readonly formats = new Map<string, number>();
  private readonly looks = new Map<number, number>();
  private readonly list: Look[] = [{ font: 0, fill: 0, border: 0, numFmt: 0, wrap: false }];

  id(look: Look): number {
    // A number for a key (fonts, fills and borders are a handful, formats fewer than 1,000): no
    // string built per cell.
    const key = (((look.font * 8 + look.fill) * 4 + look.border) * 4096 + look.numFmt) * 2 + (look.wrap ? 1 : 0);
    // Never 0 (the default, not top-aligned).
    let id = this.looks.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(look);
      this.looks.set(key, id);
    }
    return id;
  }
  numFmt(z: string | undefined): number {
    if (!z) return 0;
    let id = this.formats.get(z);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(z, id);
    }
    return id;
  }
  xml(): string {
    const fmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xml(code)}"/>`).join('');
    const font = (extra: string, size = 11) =>
      `<font>${extra}<sz val="${size}"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    const fill = (rgb: string) =>
      `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    const side = (name: string, on: boolean) =>
      on ? `<${name} style="thin"><color rgb="FF9FA8B5"/></${name}>` : `<${name}/>`;
    const border = (l: boolean, r: boolean, t: boolean, b: boolean) =>
      `<border>${side('left', l)}${side('right', r)}${side('top', t)}${side('bottom', b)}<diagonal/></border>`;
    const xfs = this.list
      .map((x) => {
        const attrs = `numFmtId="${x.numFmt}" fontId="${x.font}" fillId="${x.fill}" borderId="${x.border}" xfId="0"`;
        const applied = `${x.numFmt ? ' applyNumberFormat="1"' : ''}${x.font ? ' applyFont="1"' : ''}${x.fill ? ' applyFill="1"' : ''}${x.border ? ' applyBorder="1"' : ''}`;
        // Style 0 stays the spreadsheet's default: a non-default one makes LibreOffice, after a row is
        // inserted, save every row to the sheet's end. Every written cell is top-aligned, so a row
        // grown by wrapped text still reads as one line of a table.
        if (x === this.list[0]) return `<xf ${attrs}/>`;
        return `<xf ${attrs}${applied} applyAlignment="1"><alignment vertical="top"${x.wrap ? ' wrapText="1"' : ''}/></xf>`;
      })
      .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${fmts}</numFmts>` : '') +
      `<fonts count="4">${font('')}${font('<b/>')}${font('<b/>', 14)}${font('<b/>', 12)}</fonts>` +
      `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fill('FFFFF6D5')}${fill('FFE3E8EF')}</fills>` +
      `<borders count="3">${border(false, false, false, false)}${border(true, true, true, true)}${border(false, false, false, true)}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/**
 * A cell's role, stated by the definition or read from the layout every sheet follows: the first
 * row is the title, a bold cell alone in its row a section heading, a row of bold labels a table's
 * column headers.
 */
function roleOf(x: CellObject, row: readonly XCell[], r: number): CellObject['style'] {
  if (x.style) return x.style;
  if (x.head) return 'head';
  if (!x.bold) return undefined;
  const cells = row.filter((c) => c !== null);
  if (r === 0 && cells.length === 1) return 'title';
  if (cells.length === 1) return 'section';
  return cells.every((c) => typeof c === 'object' && c.bold && c.f === undefined) ? 'head' : undefined;
}

function lookOf(x: CellObject, role: CellObject['style'], styles: Styles, wrap: boolean): Look {
  const head = role === 'head';
  const font =
    role === 'title' ? FONT.title : role === 'section' ? FONT.section : x.bold || head ? FONT.bold : FONT.normal;
  const fill = x.input ? FILL.input : head ? FILL.head : FILL.none;
  const border = x.input ? BORDER.box : head ? BORDER.under : BORDER.none;
  return { font, fill, border, numFmt: styles.numFmt(x.z), wrap };
}

// ——— Shared strings ———

class Strings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;
  id(s: string): number {
    this.count++;
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.index.set(s, id);
    }
    return id;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

// ——— Sheets ———

const asObject = (x: XCell): CellObject | undefined => (x === null ? undefined : typeof x === 'object' ? x : { v: x });

/** A row that is one cell alone (a title, an intro, a note) spills over its neighbours: it sets no width. */
const spills = (row: readonly XCell[]): boolean => row.filter((x) => x !== null).length === 1 && row[0] !== null;

function textOf(x: CellObject): string {
  if (typeof x.v === 'number') return x.z?.includes('%') ? '100.0%' : String(Number(x.v.toFixed(2)));
  return x.v === undefined ? '' : String(x.v);
}

/** Each column as wide as its content, from 8 up to the definition's width or 40, whichever is more (longer text wraps). */
function fittedWidths(sheet: XSheet): number[] {
  const cols = Math.max(0, ...sheet.rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, () => 8);
  for (const row of sheet.rows) {
    if (spills(row)) continue;
    row.forEach((x, c) => {
      const o = asObject(x);
      if (!o) return;
      const text = textOf(o);
      const longest = text.includes('\n') ? Math.max(...text.split('\n').map((l) => l.length)) : text.length;
      widths[c] = Math.max(widths[c]!, Math.min(longest + 2, Math.max(sheet.widths?.[c] ?? 0, 40)));
    });
  }
  return widths;
}

/** Lines a wrapped text takes in a column of `width` characters (words kept whole, as a spreadsheet wraps). */
function linesOf(text: string, width: number): number {
  // Proportional text fits about 1.15 characters per width unit (a unit is one digit).
  const room = Math.max(4, Math.floor(width * 1.15) - 1);
  return text.split('\n').reduce((n, para) => {
    let lines = 1;
    let used = 0;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (used > 0 && used + 1 + w > room) {
        lines += Math.ceil(Math.max(w, 1) / room);
        used = w % room;
      } else used += (used > 0 ? 1 : 0) + w;
    }
    return n + lines;
  }, 0);
}

function cellXml(ref: string, x: CellObject, s: number, strings: Strings, opts: WriteOptions, lang: Lang): string {
  const style = s ? ` s="${s}"` : '';
  if (x.f !== undefined) {
    const f = `<f>${xmlF(x.f)}</f>`;
    if (opts.noCache || x.v === undefined) return `<c r="${ref}"${style}>${f}</c>`;
    if (typeof x.v === 'number')
      return Number.isFinite(x.v) ? `<c r="${ref}"${style}>${f}<v>${x.v}</v></c>` : `<c r="${ref}"${style}>${f}</c>`;
    if (typeof x.v === 'boolean') return `<c r="${ref}"${style} t="b">${f}<v>${x.v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style} t="str">${f}<v>${xml(cellString(x.v, lang))}</v></c>`;
  }
  if (x.v === undefined || x.v === '') return s ? `<c r="${ref}"${style}/>` : '';
  if (typeof x.v === 'number') return Number.isFinite(x.v) ? `<c r="${ref}"${style}><v>${x.v}</v></c>` : '';
  if (typeof x.v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${x.v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="s"><v>${strings.id(cellString(x.v, lang))}</v></c>`;
}

function sheetXml(
  sheet: XSheet,
  first: boolean,
  styles: Styles,
  strings: Strings,
  opts: WriteOptions,
  lang: Lang,
): string {
  const widths = fittedWidths(sheet);
  const rows: string[] = [];
  let maxCol = 0;
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    const spill = spills(row);
    let lines = 1;
    row.forEach((x, c) => {
      const o = asObject(x);
      if (!o) return;
      // Text longer than its column wraps (and the row grows to show it), unless it spills over empty neighbours.
      const text = typeof o.v === 'string' ? o.v : '';
      const width = widths[c] ?? 8;
      const wrap = !spill && text !== '' && (text.length + 2 > width || text.includes('\n'));
      if (wrap) lines = Math.max(lines, linesOf(text, width));
      const xmlCell = cellXml(
        a1(c, r + 1),
        o,
        styles.id(lookOf(o, roleOf(o, row, r), styles, wrap)),
        strings,
        opts,
        lang,
      );
      if (xmlCell) {
        cells.push(xmlCell);
        maxCol = Math.max(maxCol, c);
      }
    });
    const height =
      r === 0 ? ' ht="21" customHeight="1"' : lines > 1 ? ` ht="${Math.min(409, lines * 15)}" customHeight="1"` : '';
    if (cells.length) rows.push(`<row r="${r + 1}"${height}>${cells.join('')}</row>`);
  });
  const last = Math.max(1, sheet.rows.length);
  const header = sheet.header;
  const pane = header
    ? `<pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${header + 1}" sqref="A${header + 1}"/>`
    : '';
  const wide = widths.reduce((a, w) => a + w, 0) > 110;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${colName(maxCol)}${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    // No sheetFormatPr: a default row height of our own makes LibreOffice, after a row is inserted,
    // save a row at the sheet's very end (1,048,576), and the file reads as a million rows.
    (widths.length
      ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + 0.7}" customWidth="1"/>`).join('')}</cols>`
      : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.6" right="0.6" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${wide ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    '</worksheet>'
  );
}

// ——— Package ———

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function workbookXml(book: XBook): string {
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${xml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const titles = book.sheets
    .map((s, i) =>
      s.sheet.header
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xml(quoteSheet(s.name))}!$${s.sheet.header}:$${s.sheet.header}</definedName>`
        : '',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : '') +
    // Excel and LibreOffice compute every formula again on opening (TODAY() included).
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

const CT = 'application/vnd.openxmlformats-officedocument';

function contentTypes(n: number): string {
  const sheets = Array.from(
    { length: n },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    '</Types>'
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function rels(items: [string, string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

function coreXml(book: XBook): string {
  const when = book.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(book.title)}</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    '</cp:coreProperties>'
  );
}

const APP_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>CRM Workbook</Application></Properties>';

/** The package's parts, path → XML text (exported for the package checks in the tests). */
export function xlsxParts(book: XBook, opts: WriteOptions = {}): Map<string, string> {
  const styles = new Styles();
  const strings = new Strings();
  const parts = new Map<string, string>();
  const n = book.sheets.length;
  parts.set('[Content_Types].xml', contentTypes(n));
  parts.set(
    '_rels/.rels',
    rels([
      [`${REL}/officeDocument`, 'xl/workbook.xml'],
      ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      [`${REL}/extended-properties`, 'docProps/app.xml'],
    ]),
  );
  parts.set('docProps/core.xml', coreXml(book));
  parts.set('docProps/app.xml', APP_XML);
  parts.set('xl/workbook.xml', workbookXml(book));
  parts.set(
    'xl/_rels/workbook.xml.rels',
    rels([
      ...book.sheets.map((_, i): [string, string] => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
      [`${REL}/styles`, 'styles.xml'],
      [`${REL}/sharedStrings`, 'sharedStrings.xml'],
    ]),
  );
  book.sheets.forEach((s, i) =>
    parts.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.sheet, i === 0, styles, strings, opts, book.lang ?? 'en')),
  );
  parts.set('xl/styles.xml', styles.xml());
  parts.set('xl/sharedStrings.xml', strings.xml());
  return parts;
}

const encoder = new TextEncoder();

/** The .xlsx file's bytes. */
export function writeXlsx(book: XBook, opts: WriteOptions = {}): Uint8Array {
  const zip = CFB.utils.cfb_new();
  for (const [path, text] of xlsxParts(book, opts)) CFB.utils.cfb_add(zip, path, encoder.encode(text));
  const out: unknown = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayLike<number>);
}
