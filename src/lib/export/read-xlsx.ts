/**
 * A fast reader for the plain .xlsx files the app writes, and what Excel or LibreOffice save of
 * them: the cells' values and formulas, the sheets' names and ranges, nothing else. It gives the
 * cells as SheetJS does (`{ t, v, f }` keyed by A1 address, `!ref`, the same text unescaping), so
 * the import reads both alike; what it does not handle (a shared formula's copies, dates stored as
 * text, CDATA, prefixed tags) makes it answer undefined, and the caller lets SheetJS read the file.
 *
 * Why: SheetJS's general reader takes about 50 µs a row on an NPS survey (tags parsed by regular
 * expressions, a garbage collection each few thousand cells), over a second at 30,000 respondents;
 * a scan with indexOf over the decoded XML takes a tenth of that.
 */
import { CFB, type CellObject, type WorkBook, type WorkSheet } from 'xlsx';
import { addressAt } from './sheet-cell';

/** SheetJS's numbers for error values (`t: 'e'`), so a cell reads alike whichever reader read it. */
const ERROR_CODES: Record<string, number> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
  '#GETTING_DATA': 0x2b,
  '#WTF?': 0xff,
};

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const CODE = /_x([\da-fA-F]{4})_/gi;

/** XML text to a string, as SheetJS's unescapexml: entities, then OOXML's `_xHHHH_` escapes. */
function unescape(text: string, lineEnds = false): string {
  let s = text;
  if (s.includes('&'))
    s = s.replace(
      ENTITY,
      (m, code: string | undefined) =>
        NAMED[m] ?? (String.fromCharCode(parseInt(code ?? '', m.includes('x') ? 16 : 10)) || m),
    );
  if (s.includes('_')) s = s.replace(CODE, (_, c: string) => String.fromCharCode(parseInt(c, 16)));
  return lineEnds && s.includes('\r\n') ? s.replace(/\r\n/g, '\n') : s;
}

/** Not a file this reader takes: SheetJS reads it instead. */
class NotPlain extends Error {}

/** An attribute of one tag's text (`name="value"` or `name='value'`), escaped as written. */
function attr(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    const i = tag.indexOf(name, at);
    if (i < 0) return undefined;
    at = i + name.length;
    const before = tag.charCodeAt(i - 1);
    // A whole attribute name: after a space (tab, newline), before "=".
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let j = at;
    while (tag.charCodeAt(j) === 32) j++;
    if (tag[j] !== '=') continue;
    j++;
    while (tag.charCodeAt(j) === 32) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, j + 1);
    return end < 0 ? undefined : tag.slice(j + 1, end);
  }
}

/** The text of a string item (`<si>` or `<is>`): its `<t>`, or its runs' `<t>`s joined, phonetic runs left out. */
function stringItem(x: string): string {
  const s = x.trim();
  if (s === '') return '';
  if (/^<t[\s>/]/.test(s)) {
    const open = s.indexOf('>');
    if (s[open - 1] === '/') return '';
    const end = s.indexOf('</t>', open);
    return unescape(s.slice(open + 1, end < 0 ? undefined : end), true);
  }
  const runs = s.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of runs.matchAll(/<t\b[^<>]*>([^<]*)<\/t>/g)) out += m[1];
  return unescape(out, true);
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const i = xml.indexOf('<si', at);
    if (i < 0) break;
    const open = xml.indexOf('>', i);
    if (xml[open - 1] === '/') {
      out.push('');
      at = open + 1;
      continue;
    }
    const end = xml.indexOf('</si>', open);
    if (end < 0) throw new NotPlain();
    out.push(stringItem(xml.slice(open + 1, end)));
    at = end + 5;
  }
  return out;
}

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The text inside a cell's child element (`<v>…</v>`, `<v xml:space="preserve">…</v>`); '' when it is empty. */
function inner(body: string, name: string): string | undefined {
  const open = `<${name}`;
  let i = body.indexOf(open);
  while (i >= 0) {
    const after = body.charCodeAt(i + open.length);
    if (after === 62 /* > */ || after === 32 || after === 47 /* / */) break;
    i = body.indexOf(open, i + 1);
  }
  if (i < 0) return undefined;
  const close = body.indexOf('>', i);
  if (body[close - 1] === '/') return '';
  const end = body.indexOf(`</${name}>`, close);
  return end < 0 ? undefined : body.slice(close + 1, end);
}

/**
 * One cell's content (between `<c …>` and `</c>`) to SheetJS's cell. An empty cell is undefined,
 * or null when it has a type: SheetJS then counts its column in the sheet's range, not the cell.
 */
function cellOf(type: string | undefined, body: string, strings: readonly string[]): CellObject | null | undefined {
  let f: string | undefined;
  const fi = body.indexOf('<f');
  if (fi >= 0) {
    const close = body.indexOf('>', fi);
    const tag = body.slice(fi, close + 1);
    // A copy of a shared formula holds no text: SheetJS works it out from the first (not done here).
    if (tag.endsWith('/>')) {
      if (attr(tag, 't') === 'shared') throw new NotPlain();
    } else {
      const end = body.indexOf('</f>', close);
      const text = body.slice(close + 1, end);
      if (text === '' && attr(tag, 't') === 'shared') throw new NotPlain();
      if (text !== '') f = unescape(text, true).replace(/_xlfn\./g, '');
    }
  }
  const text = inner(body, 'v');
  const v = text === undefined || text === '' ? undefined : unescape(text);
  // A formula without a result and without a type: SheetJS drops it too (its 0 counts as empty).
  if (type === undefined && v === undefined) return undefined;
  const withF = (c: CellObject): CellObject => (f ? ((c.f = f), c) : c);
  switch (type ?? 'n') {
    case 'n':
      return v === undefined || v === '' ? null : withF({ t: 'n', v: parseFloat(v) });
    case 's': {
      if (v === undefined) return null;
      const s = strings[parseInt(v, 10)];
      if (s === undefined) throw new NotPlain();
      return withF({ t: 's', v: s });
    }
    case 'str':
      return withF({ t: 's', v: v === undefined ? '' : unescape(v, true) });
    case 'inlineStr': {
      const item = inner(body, 'is');
      return withF({ t: 's', v: item === undefined ? '' : stringItem(item) });
    }
    case 'b':
      return withF({ t: 'b', v: v === '1' || v === 'true' });
    case 'e': {
      const code = v === undefined ? undefined : ERROR_CODES[v];
      return withF(code === undefined ? { t: 'e' } : { t: 'e', v: code });
    }
    default:
      // 'd' (a date as ISO text) and anything else: SheetJS knows better.
      throw new NotPlain();
  }
}

/**
 * One worksheet's cells. Rows past `maxRows` are not read: the sheet's size then stays in
 * `!fullref` (as SheetJS's `sheetRows`), for the caller to refuse the file.
 */
function sheetOf(xml: string, strings: readonly string[], maxRows: number): WorkSheet {
  if (xml.includes('<![CDATA[')) throw new NotPlain();
  const start = xml.indexOf('<sheetData');
  if (start < 0) throw new NotPlain();
  // Dense: rows of cells, as SheetJS's `dense: true` (no hashed A1 key per cell).
  const data: CellObject[][] = [];
  const ws: WorkSheet = { '!data': data };
  const dim = /<dimension\s+ref\s*=\s*["']([A-Z]+\d+(?::[A-Z]+\d+)?)["']/.exec(xml.slice(0, start));
  let minR = Infinity;
  let maxR = -1;
  let minC = Infinity;
  let maxC = -1;
  let row = 0;
  let col = -1;
  let cut = false;
  const headEnd = xml.indexOf('>', start);
  const end = xml[headEnd - 1] === '/' ? headEnd : xml.indexOf('</sheetData>', headEnd);
  if (end < 0) throw new NotPlain();
  let at = headEnd + 1;
  while (at < end) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= end) break;
    const next = xml.charCodeAt(lt + 1);
    const close = xml.indexOf('>', lt);
    if (close < 0) throw new NotPlain();
    const tag = xml.slice(lt, close + 1);
    at = close + 1;
    if (next === 114 /* r */ && (tag.startsWith('<row ') || tag.startsWith('<row>') || tag.startsWith('<row/'))) {
      const r = attr(tag, 'r');
      row = r === undefined ? row + 1 : parseInt(r, 10);
      col = -1;
      if (row > maxRows) {
        cut = true;
        break;
      }
      if (row - 1 < minR) minR = row - 1;
      if (row - 1 > maxR) maxR = row - 1;
      continue;
    }
    if (next !== 99 /* c */ || !(tag[2] === ' ' || tag[2] === '>' || tag[2] === '/')) continue;
    const r = attr(tag, 'r');
    const place = r === undefined ? { r: row - 1, c: col + 1 } : addressAt(r);
    const c = place.c;
    if (c < 0) throw new NotPlain();
    col = c;
    let body = '';
    if (!tag.endsWith('/>')) {
      const cEnd = xml.indexOf('</c>', at);
      if (cEnd < 0) throw new NotPlain();
      body = xml.slice(at, cEnd);
      at = cEnd + 4;
    }
    const t = attr(tag, 't');
    const cell = cellOf(t, body, strings);
    if (cell === undefined) continue;
    if (c < minC) minC = c;
    if (c > maxC) maxC = c;
    if (cell === null) continue;
    (data[place.r] ??= [])[c] = cell;
  }
  const guess = maxR >= 0 && maxC >= 0 ? `${columnName(minC)}${minR + 1}:${columnName(maxC)}${maxR + 1}` : undefined;
  const ref = dim?.[1] ?? guess;
  if (cut) {
    // As SheetJS: the full size from the sheet's dimension, else at least one row past the limit.
    const lastDim = dim ? Number(/\d+$/.exec(dim[1]!)![0]) : 0;
    ws['!fullref'] = `A1:${columnName(Math.max(maxC, 0))}${Math.max(lastDim, maxRows + 1)}`;
    if (guess) ws['!ref'] = guess;
  } else if (ref) ws['!ref'] = ref;
  return ws;
}

/**
 * The parts of a zip by lowercased path ("xl/workbook.xml"), decoded as UTF-8 when asked for:
 * from `inflated` when the caller has them (inflated natively, zip-limit.ts), else by SheetJS's zip code.
 */
function partsOf(bytes: Uint8Array, inflated?: ReadonlyMap<string, Uint8Array>): (path: string) => string | undefined {
  const decoder = new TextDecoder('utf-8');
  if (inflated) {
    const byName = new Map([...inflated].map(([name, data]) => [name.replace(/^\//, '').toLowerCase(), data]));
    return (path) => {
      const data = byName.get(path.replace(/^\//, '').toLowerCase());
      return data && decoder.decode(data);
    };
  }
  const zip = CFB.read(bytes, { type: 'buffer' }) as {
    FullPaths: string[];
    FileIndex: { content?: Uint8Array | number[] }[];
  };
  const byPath = new Map<string, number>();
  zip.FullPaths.forEach((p, i) => byPath.set(p.replace(/^Root Entry\//, '').toLowerCase(), i));
  return (path) => {
    const i = byPath.get(path.replace(/^\//, '').toLowerCase());
    const content = i === undefined ? undefined : zip.FileIndex[i]?.content;
    if (!content) return undefined;
    return decoder.decode(content instanceof Uint8Array ? content : new Uint8Array(content));
  };
}

/** Relationship targets by id, resolved against the part's folder. */
function relationships(xml: string | undefined, folder: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  for (const m of (xml ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
    out.set(id, { target: unescape(path), type: attr(m[0], 'Type') ?? '' });
  }
  return out;
}

/**
 * The workbook's sheets and cells, as SheetJS's `read(…, { cellFormula: true, cellText: false,
 * sheetRows, dense: true })` gives them; undefined when the file is one to leave to SheetJS. Throws when the
 * zip cannot be read at all (the caller refuses it as unreadable).
 */
export function readPlainXlsx(
  bytes: Uint8Array,
  maxRows: number,
  /** The zip's parts already inflated, by name (a part missing from them is read as missing). */
  inflated?: ReadonlyMap<string, Uint8Array>,
): WorkBook | undefined {
  try {
    const part = partsOf(bytes, inflated);
    const book = part('xl/workbook.xml');
    if (book === undefined || !book.includes('<sheets')) return undefined;
    const rels = relationships(part('xl/_rels/workbook.xml.rels'), 'xl/');
    const sst = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
    const strings = sharedStrings(sst ? part(sst.target) : undefined);
    const out: WorkBook = { SheetNames: [], Sheets: {} };
    for (const m of book.matchAll(/<sheet\b[^>]*>/g)) {
      const name = attr(m[0], 'name');
      const id = attr(m[0], 'r:id');
      const rel = id === undefined ? undefined : rels.get(id);
      // A chart sheet, a macro sheet: SheetJS's.
      if (name === undefined || !rel?.type.endsWith('/worksheet')) return undefined;
      const xml = part(rel.target);
      if (xml === undefined) return undefined;
      const sheetName = unescape(name);
      out.SheetNames.push(sheetName);
      out.Sheets[sheetName] = sheetOf(xml, strings, maxRows);
    }
    return out.SheetNames.length ? out : undefined;
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}
