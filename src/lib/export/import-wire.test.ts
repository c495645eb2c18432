/**
 * What the reading worker sends crosses the thread boundary (a structured clone: no functions, no
 * classes) and comes back as the same imported workbook: every input in its order, with its cell,
 * name, value and the page's own definition of it.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from './write-workbook';
import { readWorkbookFile, type ReadResult } from './read-workbook';
import { fromWire, toWire } from './import-wire';
import { exampleRecord } from './import-fixtures';
import { loadAllDefinitions } from '../worksheets/index';
import { row } from '../worksheets/helpers';

const defs = await loadAllDefinitions();

/** An input as the preview uses it. */
const shown = (result: ReadResult | undefined) =>
  result?.ok
    ? result.workbook.inputs.map((x) => ({
        sheet: x.sheet,
        cell: x.cell,
        label: x.label,
        input: x.input.id,
        where: x.where,
        value: x.value,
      }))
    : [];

describe('the worker’s answer', () => {
  it('the example with 300 respondents: every input back in its order, named, with the page’s definitions', () => {
    const record = exampleRecord(defs, 'pl', 'Wire');
    const base = record.sheets['nps-survey']!;
    const respondents = Array.from({ length: 300 }, (_, i) => row({ score: String(i % 11), reason: `r${i}` }));
    record.sheets['nps-survey'] = { ...base, tables: { ...base.tables, respondents } };
    const read = readWorkbookFile(exportWorkbook(record, defs, 'pl', new Date()).bytes, defs);
    expect(read.ok).toBe(true);
    const crossed = structuredClone(toWire(read));
    const back = fromWire(crossed, defs);
    expect(shown(back)).toEqual(shown(read));
    expect(shown(back).length).toBeGreaterThan(900);
    // Fields and tables both: the codec keeps plain inputs between table cells in place.
    expect(shown(back).some((x) => 'field' in x.where)).toBe(true);
    expect(shown(back).find((x) => x.value === 'r299')?.label.en).toBe('Respondent 300 — Reason');
    // The definition is the page's own object, not a copy.
    const score = back?.ok ? back.workbook.inputs.find((x) => 'col' in x.where && x.where.col === 'score') : undefined;
    const nps = defs.find((d) => d.id === 'nps-survey')!;
    const column = nps.blocks.flatMap((b) => (b.kind === 'table' ? b.columns : [])).find((c) => c.id === 'score');
    expect(score?.input).toBe(column);
    if (!read.ok || !back?.ok) throw new Error('not read');
    const { inputs: a, ...restRead } = read.workbook;
    const { inputs: b, ...restBack } = back.workbook;
    expect(b).toHaveLength(a.length);
    expect(restBack).toEqual(restRead);
  });

  it('a refusal crosses as it is', () => {
    const refused = readWorkbookFile(new Uint8Array([1, 2, 3]), defs);
    expect(fromWire(structuredClone(toWire(refused)), defs)).toEqual(refused);
  });

  it('a cell of a worksheet or column the page does not know: not read', () => {
    const record = exampleRecord(defs, 'en', 'Wire');
    const read = readWorkbookFile(exportWorkbook(record, defs, 'en', new Date()).bytes, defs);
    const wire = toWire(read);
    if (!wire.ok) throw new Error('not read');
    wire.workbook.cells.keys[0] = 'nps-survey\u0000respondents\u0000no-such-column';
    expect(fromWire(wire, defs)).toBeUndefined();
  });
});
