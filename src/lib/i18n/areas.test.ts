import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enWorkbook } from './en-workbook';
import { enBackup } from './en-backup';
import { pl } from './pl';
import { plWorkbook } from './pl-workbook';
import { plBackup } from './pl-backup';
import { loadDictionary, translate } from './translate';

describe('text areas', () => {
  it('no key is in two areas (a later area would silently replace an earlier text)', () => {
    const seen = new Map<string, string>();
    for (const [area, texts] of Object.entries({ core: en, workbook: enWorkbook, backup: enBackup })) {
      for (const key of Object.keys(texts)) {
        expect(seen.get(key), `${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('Polish has exactly the English keys of each area', () => {
    expect(Object.keys(pl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(plWorkbook).sort()).toEqual(Object.keys(enWorkbook).sort());
    expect(Object.keys(plBackup).sort()).toEqual(Object.keys(enBackup).sort());
  });

  it('an area’s texts are there once loaded, in each language', async () => {
    await loadDictionary('pl');
    await loadDictionary('pl', 'workbook');
    await loadDictionary('pl', 'backup');
    expect(translate('pl', 'summary')).toBe('Podsumowanie');
    expect(translate('pl', 'restoredCount', { n: 3 })).toBe('Przywrócono 3 zeszyty.');
    expect(translate('pl', 'appName')).toBe('Zeszyt CRM');
  });
});
