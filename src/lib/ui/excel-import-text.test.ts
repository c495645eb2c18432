import { beforeAll, describe, expect, it } from 'vitest';
import { choicesChange } from './excel-import-text';
import { loadAllDefinitions } from '../worksheets/index';
import { exampleRecord } from '../export/import-fixtures';
import { exportWorkbook } from '../export/write-workbook';
import { readWorkbookFile } from '../export/read-workbook';
import { changesAgainst } from '../export/import-plan';
import { findInput } from '../worksheets/input-lookup';
import type { InputDef, WorksheetDef } from '../worksheets/types';
import { loadDictionary } from '../i18n/translate';
beforeAll(async () => {
  for (const l of ['en', 'pl', 'zh'] as const) for (const a of ['core', 'import'] as const) await loadDictionary(l, a);
});

let defs: WorksheetDef[];
let platforms: InputDef;
beforeAll(async () => {
  defs = await loadAllDefinitions();
  platforms = findInput(
    defs.find((d) => d.id === 'channel-audit')!,
    { field: 'platforms' },
  )!.input;
});

describe('choicesChange', () => {
  it.each([
    [
      ['youtube', 'instagram', 'twitter'],
      ['youtube', 'facebook-live'],
      'en',
      'Added: Facebook Live. Removed: Instagram, Twitter.',
    ],
    [['magazines'], ['apps', 'magazines'], 'pl', 'Dodano: Niektóre aplikacje.'],
    [['apps'], [], 'en', 'Removed: Some apps.'],
    [undefined, ['youtube'], 'en', 'Added: YouTube.'],
    [['youtube'], ['youtube'], 'pl', 'Te same wybory.'],
    [['gone-option'], [], 'en', 'Removed: gone-option.'],
  ] as const)('%j → %j (%s)', (before, after, lang, text) => {
    expect(choicesChange(platforms, before ? [...before] : undefined, [...after], lang)).toBe(text);
  });

  it('a multi-select changed in the file is one change of choices, not a row count', () => {
    const record = exampleRecord(defs, 'en', 'Multi');
    record.sheets['channel-audit']!.fields['platforms'] = ['youtube', 'instagram', 'twitter'];
    const edited = structuredClone(record);
    edited.sheets['channel-audit']!.fields['platforms'] = ['youtube', 'facebook-live'];
    const r = readWorkbookFile(exportWorkbook(edited, defs, 'en', new Date()).bytes, defs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { changes, rows } = changesAgainst(r.workbook, record, defs);
    expect(rows).toEqual([]);
    const change = changes.filter((c) => c.input.kind === 'multi');
    expect(change.map((c) => choicesChange(c.input, c.before, c.after, 'en'))).toEqual([
      'Added: Facebook Live. Removed: Instagram, Twitter.',
    ]);
  });
});
