import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enWorkbook } from './en-workbook';
import { enBackup } from './en-backup';
import { enImport } from './en-import';
import { enStorage } from './en-storage';
import { enWorkshop } from './en-workshop';
import { pl } from './pl';
import { plWorkbook } from './pl-workbook';
import { plBackup } from './pl-backup';
import { plImport } from './pl-import';
import { plStorage } from './pl-storage';
import { plWorkshop } from './pl-workshop';
import { zh } from './zh';
import { zhWorkbook } from './zh-workbook';
import { zhBackup } from './zh-backup';
import { zhImport } from './zh-import';
import { zhStorage } from './zh-storage';
import { zhWorkshop } from './zh-workshop';
import { loadDictionary, translate } from './translate';

describe('text areas', () => {
  it('no key is in two areas (a later area would silently replace an earlier text)', () => {
    const seen = new Map<string, string>();
    for (const [area, texts] of Object.entries({
      core: en,
      workbook: enWorkbook,
      backup: enBackup,
      import: enImport,
      storage: enStorage,
      workshop: enWorkshop,
    })) {
      for (const key of Object.keys(texts)) {
        expect(seen.get(key), `${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('Polish and Chinese have exactly the English keys of each area', () => {
    const areas = [
      [en, pl, zh],
      [enWorkbook, plWorkbook, zhWorkbook],
      [enBackup, plBackup, zhBackup],
      [enImport, plImport, zhImport],
      [enStorage, plStorage, zhStorage],
      [enWorkshop, plWorkshop, zhWorkshop],
    ] as const;
    for (const [english, ...others] of areas)
      for (const other of others) expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
  });

  it('an area’s texts are there once loaded, in each language', async () => {
    await loadDictionary('pl');
    await loadDictionary('pl', 'workbook');
    await loadDictionary('pl', 'backup');
    expect(translate('pl', 'summary')).toBe('Podsumowanie');
    expect(translate('pl', 'restoreWhat', { what: translate('pl', 'countWorkbooks', { n: 3 }) })).toBe(
      'Przywróć 3 zeszyty',
    );
    // Polish plurals of the accusative: 1 grupę, 2–4 grupy, 5+ grup, 22 grupy.
    expect([1, 2, 5, 22].map((n) => translate('pl', 'countGroups', { n }))).toEqual([
      '1 grupę warsztatową',
      '2 grupy warsztatowe',
      '5 grup warsztatowych',
      '22 grupy warsztatowe',
    ]);
    expect(translate('pl', 'appName')).toBe('Zeszyt CRM');
  });
});
