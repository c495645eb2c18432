import { beforeAll, describe, expect, it } from 'vitest';
import { StorageError, type StorageErrorKind } from '../storage/errors';
import { blockedText, problemText, type StorageState } from './storage-text';
import { loadDictionary } from '../i18n/translate';
beforeAll(async () => {
  for (const l of ['en', 'pl', 'zh'] as const) for (const a of ['core', 'storage'] as const) await loadDictionary(l, a);
});

const state = (over: Partial<StorageState> = {}): StorageState => ({
  readOnly: undefined,
  error: undefined,
  openFailed: false,
  ...over,
});
const err = (kind: StorageErrorKind, message = 'Disk I/O broke') => new StorageError(kind, message);

describe('problemText: one plain message per storage problem', () => {
  const cases: { what: string; s: StorageState; inWorkbook?: boolean; en: RegExp; pl: RegExp; reload: boolean }[] = [
    { what: 'nothing wrong', s: state(), en: /^$/, pl: /^$/, reload: false },
    {
      what: 'newer database',
      s: state({ readOnly: 'newer-version', error: err('newer-version') }),
      en: /newer version/,
      pl: /nowsza wersja/,
      reload: true,
    },
    {
      what: 'upgraded in another tab',
      s: state({ readOnly: 'version-change' }),
      en: /updated in another tab/,
      pl: /w innej karcie/,
      reload: true,
    },
    {
      what: 'no storage at all',
      s: state({ readOnly: 'unavailable', error: err('unavailable', 'IndexedDB API missing'), openFailed: true }),
      en: /does not let this site store data/,
      pl: /nie pozwala tej stronie/,
      reload: true,
    },
    {
      what: 'open failed otherwise, with its reason',
      s: state({ error: err('other'), openFailed: true }),
      en: /could not open the stored workbooks \(Disk I\/O broke\)/,
      pl: /\(Disk I\/O broke\)/,
      reload: true,
    },
    {
      what: 'full, in a workbook',
      s: state({ error: err('quota') }),
      inWorkbook: true,
      en: /no room left.*Export to Excel.*Try again/,
      pl: /zabrakło miejsca.*Eksportuj do Excela/,
      reload: false,
    },
    {
      what: 'full, on the list',
      s: state({ error: err('quota') }),
      en: /no room left.*trash/,
      pl: /zabrakło miejsca.*kosza/,
      reload: false,
    },
    {
      what: 'connection closed',
      s: state({ error: err('closed') }),
      en: /connection to the browser’s storage was closed/,
      pl: /zostało zamknięte/,
      reload: true,
    },
    {
      what: 'the storage code could not be loaded',
      s: state({ error: err('code', 'Failed to fetch dynamically imported module:') }),
      en: /could not be loaded: you may be offline.*Nothing was changed/,
      pl: /Nie udało się wczytać części aplikacji.*Nic nie zostało zmienione/,
      reload: false,
    },
    {
      what: 'other error in a workbook',
      s: state({ error: err('other') }),
      inWorkbook: true,
      en: /^Could not save \(Disk I\/O broke\)\. What you typed is still on this page/,
      pl: /^Nie udało się zapisać \(Disk I\/O broke\)/,
      reload: false,
    },
    {
      what: 'other error on the list',
      s: state({ error: err('other') }),
      en: /storage reported an error \(Disk I\/O broke\)/,
      pl: /zgłosiła błąd/,
      reload: false,
    },
  ];
  it.each(cases)('$what', ({ s, inWorkbook = false, en, pl, reload }) => {
    const inEnglish = problemText(s, inWorkbook, 'en');
    const inPolish = problemText(s, inWorkbook, 'pl');
    expect(inEnglish?.text ?? '').toMatch(en);
    expect(inPolish?.text ?? '').toMatch(pl);
    expect(inEnglish?.reload).toBe(reload ? 'Reload' : undefined);
    expect(inPolish?.reload).toBe(reload ? 'Odśwież' : undefined);
    // Chinese has a message wherever English has one, with the reason filled in.
    const inChinese = problemText(s, inWorkbook, 'zh');
    expect(Boolean(inChinese?.text)).toBe(Boolean(inEnglish?.text));
    expect(inChinese?.reload).toBe(reload ? '重新加载' : undefined);
    if (s.error?.message && /\(Disk/.test(inEnglish?.text ?? '')) expect(inChinese?.text).toContain('Disk I/O broke');
    for (const t of [inEnglish?.text ?? '', inPolish?.text ?? '', inChinese?.text ?? ''])
      expect(t).not.toMatch(/\{message\}|https?:|\.\.|Error:/);
  });
});

describe('blockedText: the state in place of the list or a workbook', () => {
  it.each([
    {
      s: state({ readOnly: 'unavailable', openFailed: true }),
      en: 'Nothing can be saved in this window',
      pl: 'W tym oknie nic nie może zostać zapisane',
    },
    {
      s: state({ readOnly: 'newer-version', openFailed: true }),
      en: 'Workbooks cannot be shown',
      pl: 'Nie można pokazać zeszytów',
    },
    {
      s: state({ error: err('other'), openFailed: true }),
      en: 'Workbooks cannot be shown',
      pl: 'Nie można pokazać zeszytów',
    },
  ])('$en', ({ s, en, pl }) => {
    expect(blockedText(s, 'en').title).toBe(en);
    expect(blockedText(s, 'pl').title).toBe(pl);
    expect(blockedText(s, 'en').text).not.toBe('');
  });
});
