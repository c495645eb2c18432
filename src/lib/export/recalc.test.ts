/**
 * The exported files checked by a real spreadsheet engine. Every formula cell's cached value is
 * left out of the file, LibreOffice (headless, set to recalculate on load) opens and saves it, and
 * each value it computed must equal the value the app computes for the same inputs. The example
 * workbook in both languages; a client's edits typed into the cells of an export (scores the app
 * refuses, out-of-range values for every kind of rated input, ticks changed); the formula kit's
 * validity rules over a grid of values. The file LibreOffice saves must also import back to the
 * same inputs (the input map survives a real spreadsheet's save).
 */
import { describe, expect, it } from 'vitest';
import { read, type CellObject, type WorkBook } from 'xlsx';
import { buildWorkbook } from './write-workbook';
import { MAP_SHEET } from './input-map';
import { writeXlsx, type XBook } from './xlsx-writer';
import { newWorkbook, type WorkbookRecord } from '../storage/record';
import { loadAllDefinitions } from '../worksheets/index';
import type {
  InputDef,
  InputPath,
  Lang,
  ResultsBlock,
  SheetData,
  TableBlock,
  WorksheetDef,
  XCell,
} from '../worksheets/types';
import { genericExcel } from '../worksheets/generic-sheet';
import { productColumn, ratingInput, weightedColumns } from '../worksheets/weighted-table';
import { a1, countValid, isValid, maxValid, sumValid } from '../worksheets/formula';
import { cellNumber, emptySheet, row, tableRows, tx } from '../worksheets/helpers';
import { validNumber, type Range } from '../scoring/parse';
import { readWorkbookFile } from './read-workbook';
import { libreOfficeSave } from './libreoffice-save';
import { newRecordFrom } from './import-plan';
import { exampleRecord, inputsOf } from './import-fixtures';

/** The book written without any formula result, opened and saved by LibreOffice. */
function recalculate(book: XBook): { book: WorkBook; bytes: Uint8Array } {
  const bytes = libreOfficeSave(writeXlsx(book, { noCache: true }), { recalculate: true });
  return { book: read(bytes, { type: 'array', cellFormula: true }), bytes };
}

type Obj = Exclude<XCell, null | string | number | boolean>;
interface Expected {
  sheet: string;
  ref: string;
  f: string;
  v: unknown;
  result?: string;
}

/** Computed cells: every formula except the input map's references (they locate cells, compute nothing). */
const formulaCells = (book: XBook): Expected[] =>
  book.sheets
    .filter((s) => s.name !== MAP_SHEET)
    .flatMap(({ name, sheet }) =>
      sheet.rows.flatMap((row, r) =>
        row.flatMap((x, c) =>
          x && typeof x === 'object' && x.f !== undefined
            ? [{ sheet: name, ref: a1(c, r + 1), f: x.f, v: x.v ?? '', ...(x.result ? { result: x.result } : {}) }]
            : [],
        ),
      ),
    );

const same = (want: unknown, got: unknown): boolean =>
  typeof want === 'number' && typeof got === 'number'
    ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want))
    : String(want ?? '') === String(got ?? '');

/** Cells whose recalculated value differs from what is wanted. */
function mismatchesOf(want: Expected[], recalculated: WorkBook): string[] {
  return want.flatMap((e) => {
    const got = (recalculated.Sheets[e.sheet]?.[e.ref] as CellObject | undefined)?.v ?? '';
    return same(e.v, got)
      ? []
      : [`${e.sheet}!${e.ref} =${e.f}: app ${JSON.stringify(e.v)}, LibreOffice ${JSON.stringify(got)}`];
  });
}

const defs = await loadAllDefinitions();
const byId = new Map(defs.map((d) => [d.id, d]));

describe('LibreOffice recomputes the exported workbook to the app’s values', () => {
  for (const lang of ['en', 'pl'] as const) {
    it(`example workbook (${lang})`, () => {
      const record = exampleRecord(defs, lang, 'Recalc');
      const book = buildWorkbook(record, defs, lang, new Date());
      const expected = formulaCells(book);
      const { book: recalculated, bytes } = recalculate(book);
      expect(expected.length).toBeGreaterThan(50);
      expect(mismatchesOf(expected, recalculated)).toEqual([]);
      // The input map survives the engine's save: same references, so the file can be imported back.
      const refs = (b: WorkBook) =>
        Object.entries(b.Sheets[MAP_SHEET] ?? {})
          .filter(([k, c]) => !k.startsWith('!') && (c as CellObject).f)
          .map(([k, c]) => `${k}=${(c as CellObject).f}`);
      const ours = read(writeXlsx(book), { type: 'array', cellFormula: true });
      expect(refs(recalculated).sort()).toEqual(refs(ours).sort());
      expect(refs(ours).length).toBeGreaterThan(100);
      // And the file LibreOffice saved imports back to the same inputs.
      const back = readWorkbookFile(bytes, defs);
      expect(back.ok && back.workbook.problems).toEqual([]);
      if (back.ok) expect(inputsOf(newRecordFrom(back.workbook, defs, 'x', 0), defs)).toEqual(inputsOf(record, defs));
    }, 180_000);
  }
});

describe('NPS rounds, segments and the change between rounds, recomputed by LibreOffice', () => {
  /** The example with its NPS sheet replaced: rounds of these scores and segments, comparing `compare`. */
  function survey(roundsOf: [score: string, segment?: string][][], compare?: [number, number]): WorkbookRecord {
    const record = exampleRecord(defs, 'en', 'NPS edges');
    const data = emptySheet();
    data.tables['rounds'] = roundsOf.map((_, i) => row({ label: `R${i + 1}`, date: '' }, `round-${i + 1}`));
    roundsOf.forEach((answers, i) => {
      data.tables[i === 0 ? 'respondents' : `respondents@round-${i + 1}`] = answers.map(([score, segment]) =>
        row({ score, ...(segment === undefined ? {} : { segment }) }),
      );
    });
    if (compare) {
      data.fields['compareFrom'] = `round-${compare[0]}`;
      data.fields['compareTo'] = `round-${compare[1]}`;
    }
    // The first round is the one edited: its segments are the ones laid out.
    data.fields['round'] = 'round-1';
    record.sheets['nps-survey'] = data;
    return record;
  }
  const check = (record: WorkbookRecord) => {
    const book = buildWorkbook(record, defs, 'en', new Date());
    const expected = formulaCells(book).filter((c) => c.sheet === 'nps-survey');
    const { book: recalculated } = recalculate(book);
    expect(expected.length).toBeGreaterThan(30);
    expect(mismatchesOf(expected, recalculated)).toEqual([]);
  };

  it('segments spelt in two cases, with COUNTIF operators and wildcards in their names, none at all; an empty round; 35 in one segment', () => {
    const segs = ['B2B', 'b2b', '>5', '*VIP?', '~x', '', '=1', 'Sklep ł'];
    const first: [string, string?][] = [
      ...Array.from({ length: 40 }, (_, i): [string, string?] => [String(i % 11), segs[i % segs.length]]),
      ...Array.from({ length: 35 }, (_, i): [string, string?] => [String((i * 7) % 11), 'Large']),
      ['11', 'B2B'],
      ['7.5', '>5'],
      ['x', ''],
    ];
    check(survey([first, [], [['9'], ['0', 'B2B'], ['10']]], [2, 3]));
  }, 180_000);

  it('a clear change, a change within its uncertainty, the same round twice', () => {
    const many = (scores: number[], n: number) =>
      Array.from({ length: n }, (_, i): [string] => [String(scores[i % scores.length])]);
    check(survey([many([0, 6, 8, 9], 100), many([9, 10, 10, 8, 6], 100), many([9, 6], 20)], [1, 2]));
    check(survey([many([7, 9], 20), many([9, 6], 20), many([8], 5)], [2, 1]));
    check(survey([many([7, 9], 20), many([9, 6], 20)], [2, 2]));
  }, 240_000);
});

// ——— A client's edits ———

/** What a client types into one input cell of an export, and what the app stores for it. */
interface Edit {
  sheet: string;
  path: InputPath;
  /** As Excel holds it: a number typed is a number. */
  typed: string | number;
  /** What the app stores for it, when not the typed text ('yes' for a typed "Yes"). */
  stored?: string;
}

const samePath = (a: InputPath | undefined, b: InputPath): boolean =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

function cellOf(book: XBook, sheet: string, path: InputPath): Obj | undefined {
  for (const row of book.sheets.find((s) => s.name === sheet)?.sheet.rows ?? []) {
    for (const x of row) if (x && typeof x === 'object' && samePath(x.input, path)) return x;
  }
  return undefined;
}

function store(record: WorkbookRecord, e: Edit, lang: Lang): void {
  const data = record.sheets[e.sheet as 'crm-audit']!;
  const value = e.stored ?? (typeof e.typed === 'number' ? String(e.typed) : e.typed);
  void lang;
  const p = e.path;
  if ('field' in p) data.fields[p.field] = value;
  else if ('table' in p) data.tables[p.table]!.find((r) => r.id === p.row)!.cells[p.col] = value;
}

/**
 * The export of `record` with `edits` typed into its cells, recalculated by LibreOffice, against
 * the app's values for the same inputs: every result by its id, and every other formula cell by
 * its address where the app lays the sheet out the same way (a ranked table may reorder).
 */
function checkEdits(record: WorkbookRecord, lang: Lang, edits: Edit[]): { compared: number; mismatches: string[] } {
  const now = new Date();
  const book = buildWorkbook(record, defs, lang, now);
  const edited = structuredClone(record);
  let applied = 0;
  for (const e of edits) {
    const cell = cellOf(book, e.sheet, e.path);
    if (!cell) continue;
    cell.v = e.typed;
    delete cell.z;
    store(edited, e, lang);
    applied++;
  }
  expect(applied).toBeGreaterThan(0);
  const app = buildWorkbook(edited, defs, lang, now);
  const want = formulaCells(app);
  const layout = (b: XBook, name: string) =>
    JSON.stringify(
      b.sheets
        .find((s) => s.name === name)
        ?.sheet.rows.map((r) =>
          r.map((x) => (x && typeof x === 'object' ? (x.input ?? x.f ?? null) : x === null ? null : 'v')),
        ),
    );
  const sameLayout = new Set(app.sheets.filter((s) => layout(app, s.name) === layout(book, s.name)).map((s) => s.name));
  const at = new Map(
    formulaCells(book)
      .filter((c) => c.result)
      .map((c) => [`${c.sheet}#${c.result}`, c.ref]),
  );
  const compared = want.flatMap((e) =>
    sameLayout.has(e.sheet)
      ? [e]
      : e.result && at.has(`${e.sheet}#${e.result}`)
        ? [{ ...e, ref: at.get(`${e.sheet}#${e.result}`)! }]
        : [],
  );
  const { book: recalculated } = recalculate(book);
  return { compared: compared.length, mismatches: mismatchesOf(compared, recalculated) };
}

/** Values the app refuses for a rule, as a client would type them in Excel. */
function badValues(rule: Range): (string | number)[] {
  return [rule.max + 1, rule.min - 1, rule.integer ? rule.min + 0.5 : rule.max + 0.6, 'abc'];
}

/** Every rated input of every worksheet (number rules, numbered scales) on alternate rows, refused values cycling. */
function outOfRangeEdits(record: WorkbookRecord, phase: number): Edit[] {
  const edits: Edit[] = [];
  let k = phase;
  const numeric = (input: InputDef): Range | undefined => {
    if (input.rule) return input.rule;
    const values = input.options?.map((o) => Number(o.value));
    if (!values?.length || values.some((v) => !Number.isInteger(v))) return undefined;
    return { integer: true, min: Math.min(...values), max: Math.max(...values) };
  };
  for (const def of defs) {
    const data = record.sheets[def.id]!;
    for (const block of def.blocks) {
      if (block.kind === 'fields') {
        for (const f of block.fields) {
          const rule = numeric(f);
          if (rule && k++ % 2 === 0)
            edits.push({ sheet: def.id, path: { field: f.id }, typed: badValues(rule)[(k >> 1) % 4]! });
        }
      }
      if (block.kind === 'table') {
        tableRows(block, data).forEach((r) => {
          for (const c of block.columns) {
            if (c.kind === 'computed') continue;
            const rule = numeric(c);
            if (rule && k++ % 2 === 0)
              edits.push({
                sheet: def.id,
                path: { table: block.id, row: r.id, col: c.id },
                typed: badValues(rule)[(k >> 1) % 4]!,
              });
          }
        });
      }
    }
  }
  return edits;
}

describe('a client’s edits in Excel recompute as the app computes them', () => {
  it('scores the app refuses (11, 7.5, a word) and a new rating: the sheets and the summary follow', () => {
    const record = exampleRecord(defs, 'en', 'Edited');
    const respondents = record.sheets['nps-survey']!.tables['respondents']!;
    const scores = [11, 'abc', 7.5].map((typed, index): Edit => ({
      sheet: 'nps-survey',
      path: { table: 'respondents', row: respondents[index]!.id, col: 'score' },
      typed,
    }));
    const rating: Edit = { sheet: 'crm-audit', path: { table: 'questions', row: 'q1', col: 'rating' }, typed: 1 };
    // The last risk raised to the top: "Top risks" follows the scores, on its sheet and the summary.
    const lastRisk = record.sheets['crisis-plan']!.tables['risks']!.at(-1)!;
    const risk: Edit = {
      sheet: 'crisis-plan',
      path: { table: 'risks', row: lastRisk.id, col: 'probability' },
      typed: 5,
    };
    const { compared, mismatches } = checkEdits(record, 'en', [...scores, rating, risk]);
    expect(compared).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  }, 180_000);

  for (const lang of ['en', 'pl'] as const) {
    it(`out-of-range values typed for every kind of rated input (${lang}): left out as in the app`, () => {
      const record = exampleRecord(defs, lang, 'Out of range');
      // Alternate cells in one pass, the others in the second: every rated cell is refused once.
      const passes = [0, 1].map((phase) => outOfRangeEdits(record, phase));
      expect(new Set(passes.flat().map((e) => e.sheet))).toEqual(
        new Set([
          'stakeholder-grid',
          'content-forms',
          'website-vs-blog',
          'nps-survey',
          'crm-audit',
          'cloud-fit',
          'voicebot-cases',
          'crisis-plan',
          'crm-strategy',
          'abc-pareto',
          'opportunity-grades',
          'customer-tiers',
          'loyalty-metrics',
          'service-standards',
        ]),
      );
      for (const edits of passes) {
        const { compared, mismatches } = checkEdits(record, lang, edits);
        expect(compared).toBeGreaterThan(50);
        expect(mismatches).toEqual([]);
      }
    }, 240_000);
  }

  for (const lang of ['en', 'pl'] as const) {
    it(`ticks changed in the steps sheets (${lang}): the Done column and every progress follow`, () => {
      const record = exampleRecord(defs, lang, 'Ticks');
      const yes = lang === 'pl' ? 'Tak' : 'Yes';
      const edits: Edit[] = [];
      for (const id of ['crm-strategy', 'implementation-plan', 'development-steps'] as const) {
        const def = byId.get(id)!;
        let k = 0;
        for (const block of def.blocks) {
          if (block.kind !== 'fields') continue;
          for (const f of block.fields) {
            if (f.kind !== 'check' || k++ % 2) continue;
            // Untick what is ticked, tick what is not.
            const ticked = record.sheets[id]!.fields[f.id] === 'yes';
            edits.push({ sheet: id, path: { field: f.id }, typed: ticked ? '' : yes });
          }
        }
      }
      expect(edits.length).toBeGreaterThan(10);
      // The app stores a tick as 'yes'.
      const { compared, mismatches } = checkEdits(
        record,
        lang,
        edits.map((e) => ({ ...e })),
      );
      expect(compared).toBeGreaterThan(50);
      expect(mismatches).toEqual([]);
    }, 180_000);
  }

  it('answers typed into a workbook exported untouched: the summary’s completion of each sheet follows', () => {
    const record = newWorkbook('Fresh', 'en');
    for (const def of defs) record.sheets[def.id] = def.initial('en');
    const edits: Edit[] = [];
    for (const def of defs) {
      const fields = def.blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : [])).filter((f) => !f.optional);
      // Two answers per sheet: a text, or a valid number where the input asks for one.
      for (const f of fields.slice(0, 2)) {
        if (f.kind === 'yesno' || f.kind === 'check')
          edits.push({ sheet: def.id, path: { field: f.id }, typed: 'Yes', stored: 'yes' });
        else edits.push({ sheet: def.id, path: { field: f.id }, typed: f.rule ? f.rule.min : 'An answer' });
      }
    }
    expect(edits.length).toBeGreaterThan(10);
    const book = buildWorkbook(record, defs, 'en', new Date());
    const summary = book.sheets[0]!.sheet.rows.map((r) => r[2]).filter((c) => c && typeof c === 'object' && c.f);
    expect(summary.length).toBeGreaterThanOrEqual(11);
    const { compared, mismatches } = checkEdits(record, 'en', edits);
    expect(compared).toBeGreaterThan(20);
    expect(mismatches).toEqual([]);
  }, 180_000);

  it('the stakeholder grid (a completion rule of its own): names, levels and ratings changed in Excel, the summary follows', () => {
    const record = exampleRecord(defs, 'en', 'Grid');
    const grid = record.sheets['stakeholder-grid']!;
    const [c1, c2] = grid.tables['customers']!;
    const [s1, s2, s3] = grid.tables['strategies']!;
    const at = (table: string, row: { id: string } | undefined, col: string): InputPath => ({
      table,
      row: row!.id,
      col,
    });
    const edits: Edit[] = [
      { sheet: 'stakeholder-grid', path: at('customers', c1, 'name'), typed: '' },
      // A score out of range decides nothing (the choice is cleared too): the level is unknown.
      { sheet: 'stakeholder-grid', path: at('customers', c2, 'interest'), typed: '' },
      { sheet: 'stakeholder-grid', path: at('customers', c2, 'interestScore'), typed: 11 },
      { sheet: 'stakeholder-grid', path: at('strategies', s1, 'importance'), typed: 6 },
      { sheet: 'stakeholder-grid', path: at('strategies', s2, 'importance'), typed: '' },
      { sheet: 'stakeholder-grid', path: at('strategies', s3, 'importance'), typed: 2 },
    ];
    const book = buildWorkbook(record, defs, 'en', new Date());
    const completion = book.sheets[0]!.sheet.rows.find((r) => r[1] === 'stakeholder-grid')?.[2];
    expect(completion).toMatchObject({ f: expect.stringContaining("'stakeholder-grid'!") });
    const { compared, mismatches } = checkEdits(record, 'en', edits);
    expect(compared).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  }, 180_000);

  it('edge values: a tie through the 0.001 slack of the weights, weights refused at 0.998, an audit at 1.001, an empty table', () => {
    const record = exampleRecord(defs, 'en', 'Edges');
    const rows = (sheet: string, table: string) => record.sheets[sheet as 'crm-audit']!.tables[table]!;
    const set = (sheet: string, table: string, pairs: [string, string][]) =>
      rows(sheet, table).forEach((r, i) =>
        Object.assign(r.cells, { rating: pairs[i]?.[0] ?? '', weight: pairs[i]?.[1] ?? '' }),
      );
    set('voicebot-cases', 'case1-challenges', [
      ['3', '0.3'],
      ['3', '0.3'],
      ['3', '0.4'],
    ]);
    set('voicebot-cases', 'case1-benefits', [
      ['3', '0.333'],
      ['3', '0.333'],
      ['3', '0.333'],
    ]);
    set('voicebot-cases', 'case2-benefits', [
      ['4', '0.333'],
      ['4', '0.333'],
      ['4', '0.332'],
    ]);
    record.sheets['voicebot-cases']!.tables['case2-challenges'] = [];
    set('crm-audit', 'questions', [
      ['5', '0.2'],
      ['5', '0.2'],
      ['5', '0.2'],
      ['5', '0.2'],
      ['5', '0.201'],
    ]);
    const book = buildWorkbook(record, defs, 'en', new Date());
    const expected = formulaCells(book);
    expect(mismatchesOf(expected, recalculate(book).book)).toEqual([]);
    // And what the app cached is what it shows: a tie, and an audit average of 5.
    const values = expected.map((e) => e.v);
    expect(values).toContain('A tie: benefits and challenges weigh the same');
    expect(values).not.toContain(5.005);
  }, 180_000);
});

describe('the formula kit', () => {
  it('leaves out in Excel exactly what parse.ts leaves out, and counts, sums and takes the maximum of the rest', () => {
    const rules: Range[] = [
      { integer: true, min: 1, max: 5 },
      { integer: false, min: 0.1, max: 0.9 },
      { integer: true, min: -2, max: 2 },
      { integer: true, min: 0, max: 10 },
    ];
    const values: (string | number)[] = [
      0,
      1,
      1.5,
      5,
      6,
      -2,
      -1,
      0.1,
      0.9,
      0.95,
      0.09,
      0.1 + 0.2,
      0.10000000000001,
      10,
      11,
      'abc',
      '3',
      '',
      2,
      3,
    ];
    const rows: XCell[][] = [];
    const want: Expected[] = [];
    const column = `A1:A${values.length}`;
    values.forEach((v, i) => {
      const row: XCell[] = [v === '' ? null : { v }];
      rules.forEach((rule, j) => {
        const ok =
          validNumber(typeof v === 'number' ? String(v) : undefined, rule) !== undefined && typeof v === 'number';
        row.push({ f: isValid(`A${i + 1}`, rule), v: ok });
        want.push({ sheet: 'kit', ref: a1(j + 1, i + 1), f: '', v: ok ? 1 : 0 });
      });
      rows.push(row);
    });
    const numbers = (rule: Range) =>
      values.filter((v): v is number => typeof v === 'number' && validNumber(String(v), rule) !== undefined);
    const summary: XCell[] = rules.map((rule) => ({ f: countValid(column, rule), v: numbers(rule).length }));
    const sums: XCell[] = rules
      .filter((r) => r.integer || r.min > 0)
      .map((rule) => ({ f: sumValid(column, rule), v: numbers(rule).reduce((a, b) => a + b, 0) }));
    const maxes: XCell[] = rules
      .filter((r) => r.integer)
      .map((rule) => ({ f: maxValid(column, rule), v: Math.max(0, ...numbers(rule)) }));
    for (const [r, cells] of [summary, sums, maxes].entries()) {
      rows.push(cells);
      cells.forEach((x, c) =>
        want.push({ sheet: 'kit', ref: a1(c, values.length + r + 1), f: (x as Obj).f!, v: (x as Obj).v }),
      );
    }
    const book: XBook = { title: 'kit', created: new Date(), sheets: [{ name: 'kit', sheet: { rows } }] };
    const recalculated = recalculate(book).book;
    // LibreOffice saves booleans as TRUE/FALSE cells: compare as 1/0.
    const got = want.map((e) => {
      const v = (recalculated.Sheets['kit']?.[e.ref] as CellObject | undefined)?.v;
      return { ...e, v: typeof v === 'boolean' ? Number(v) : v };
    });
    const wrong = got.flatMap((g, i) =>
      same(want[i]!.v, g.v) ? [] : [`${g.ref}: LibreOffice ${String(g.v)}, app ${String(want[i]!.v)}`],
    );
    expect(wrong).toEqual([]);
    expect(got.length).toBeGreaterThan(80);
  }, 120_000);
});

// ——— A worksheet with no sheet of its own ———

describe('a new worksheet laid out from its blocks (generic-sheet.ts)', () => {
  // Its rules are written once each: the TypeScript in compute/items, the Excel formula beside it.
  const items: TableBlock = {
    kind: 'table',
    id: 'items',
    rowHeader: tx('Item', 'Pozycja', '项目'),
    columns: weightedColumns,
    editable: { rowNoun: tx('Item', 'Pozycja', '项目'), addLabel: tx('Add item', 'Dodaj pozycję', '添加项目') },
  };
  const budgetInput: InputDef = {
    id: 'budget',
    kind: 'number',
    label: tx('Budget', 'Budżet', '预算'),
    rule: { min: 0, max: 1e6, integer: false, noun: tx('Budget', 'Budżet', '预算') },
  };
  const total = (data: SheetData) => {
    const products = tableRows(items, data).map((r) => productColumn.compute(r, data).value);
    const valid = products.filter((p): p is number => typeof p === 'number');
    return valid.length ? valid.reduce((a, b) => a + b, 0) : undefined;
  };
  const rated = (data: SheetData) =>
    tableRows(items, data).filter((r) => cellNumber(r, ratingInput) !== undefined).length;
  const def: WorksheetDef = {
    // A slot of the catalogue (the export follows the catalogue's order): this definition stands in for it.
    id: 'cloud-fit',
    title: tx('A generic sheet', 'Arkusz ogólny', '通用工作表'),
    intro: tx('Made for a test.', 'Do testu.', '用于测试。'),
    blocks: [
      { kind: 'fields', id: 'f', fields: [budgetInput] },
      items,
      {
        kind: 'results',
        id: 'r',
        items: (data) => {
          const sum = total(data);
          const budget =
            typeof data.fields['budget'] === 'string'
              ? validNumber(data.fields['budget'], budgetInput.rule!)
              : undefined;
          const n = rated(data);
          return [
            {
              id: 'sum',
              label: tx('Sum', 'Suma', '合计'),
              shown: { kind: 'num', value: sum, format: 'dec2' },
              excel: (refs) =>
                `IF(COUNT(${refs.range('items', 'product')})=0,"",SUM(${refs.range('items', 'product')}))`,
            },
            {
              id: 'band',
              label: tx('Band', 'Przedział', '区间'),
              shown: { kind: 'text', value: sum === undefined ? undefined : sum >= 3 - 1e-9 ? 'High' : 'Low' },
              excel: (refs) => {
                const s = `SUM(${refs.range('items', 'product')})`;
                return `IF(COUNT(${refs.range('items', 'product')})=0,"",IF(${s}>=3-1E-9,"High","Low"))`;
              },
            },
            {
              id: 'per-item',
              label: tx('Budget per rated item', 'Budżet na ocenioną pozycję', '每个已评分项目的预算'),
              shown: { kind: 'num', value: budget !== undefined && n > 0 ? budget / n : undefined, format: 'dec2' },
              excel: (refs) => {
                const count = countValid(refs.range('items', 'rating'), ratingInput.rule!);
                return `IF(AND(${isValid(refs.field('budget'), budgetInput.rule!)},${count}>0),${refs.field('budget')}/${count},"")`;
              },
            },
            // No formula: the value alone, still tagged for the Summary sheet.
            {
              id: 'rows',
              label: tx('Rows', 'Wiersze', '行数'),
              shown: { kind: 'num', value: tableRows(items, data).length, format: 'int' },
            },
          ];
        },
      },
    ],
    initial: () => emptySheet(),
    example: () => emptySheet(),
    excel: (data, lang) => genericExcel(def, data, lang),
    summary: (data) => (def.blocks[2] as ResultsBlock).items(data),
  };
  // Rows as "rating:weight"; `refused`: the cells the import flags as out of range (kept as typed).
  const cases: { name: string; rows: string[]; budget: string; refused: number }[] = [
    { name: 'exactly 3 through products of 0.2', rows: ['5:0.2', '5:0.2', '5:0.2'], budget: '0', refused: 0 },
    { name: 'float drift 0.1 + 0.2', rows: ['3:0.1', '3:0.2', '4:0.7'], budget: '1200', refused: 0 },
    { name: 'a refused rating and weight', rows: ['6:0.5', '3:1.5', '5:0.5'], budget: '99.5', refused: 2 },
    { name: 'nothing rated', rows: [':', ':'], budget: '', refused: 0 },
    { name: 'no rows', rows: [], budget: '10', refused: 0 },
  ];
  for (const lang of ['en', 'pl'] as const) {
    for (const { name, rows, budget, refused } of cases) {
      it(`${name} (${lang}): LibreOffice equals the app, and the file imports back`, () => {
        const record = newWorkbook('Generic', lang);
        const data = emptySheet();
        data.fields['budget'] = budget;
        data.tables['items'] = rows.map((pair) => {
          const [rating = '', weight = ''] = pair.split(':');
          return row({ rating, weight });
        });
        record.sheets[def.id] = data;
        const book = buildWorkbook(record, [def], lang, new Date());
        const sheet = book.sheets.find((s) => s.name === def.id)!.sheet;
        const expected = formulaCells(book);
        // The product column, the three results with a formula, and the summary's references.
        expect(expected.filter((e) => e.sheet === def.id).length).toBe(rows.length + 3);
        const { book: recalculated, bytes } = recalculate(book);
        expect(mismatchesOf(expected, recalculated)).toEqual([]);
        expect(sheet.rows.flat().some((c) => c && typeof c === 'object' && c.result === 'rows')).toBe(true);
        const back = readWorkbookFile(bytes, [def]);
        expect(back.ok && back.workbook.problems.length).toBe(refused);
        if (back.ok)
          expect(inputsOf(newRecordFrom(back.workbook, [def], 'x', 0), [def])).toEqual(inputsOf(record, [def]));
      }, 180_000);
    }
  }
});
