import { describe, expect, it } from 'vitest';
import { loyaltyExchange, pairCount } from './loyalty-exchange';
import { defaultProgress } from './progress';
import { emptySheet, row } from './helpers';
import type { Lang, SheetData } from './types';
import { cellValue, findRow, obj } from './test-support';

const results = (data: SheetData) => loyaltyExchange.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));

function sheet(list: [string, string][]): SheetData {
  const data = emptySheet();
  data.tables['pairs'] = list.map(([action, reaction], i) => row({ action, reaction }, `p${i}`));
  return data;
}

describe('defaults', () => {
  it('are the seed pairs in English', () => {
    const data = loyaltyExchange.initial('en');
    expect(data.tables['pairs']?.map((r) => r.cells)).toEqual([
      { action: 'Spending €20 on my product/service', reaction: '2% discount on purchases' },
      {
        action: 'Recommending my company on social media',
        reaction: 'More frequent contact on social media and promotion of the customer',
      },
    ]);
  });
  it('are the seed pairs in Polish', () => {
    const data = loyaltyExchange.initial('pl');
    expect(data.tables['pairs']?.map((r) => r.cells)).toEqual([
      { action: 'Wydanie 20 € na zakup mojego produktu/usługi', reaction: 'Rabat 2% na zakupy' },
      {
        action: 'Polecenie mojej firmy w mediach społecznościowych',
        reaction: 'Częstszy kontakt w mediach społecznościowych i promocja klienta',
      },
    ]);
  });
  it.each(['en', 'pl'] as Lang[])('initial and example (%s) are complete', (lang) => {
    expect(defaultProgress(loyaltyExchange, loyaltyExchange.initial(lang))).toEqual({ answered: 4, total: 4 });
    expect(defaultProgress(loyaltyExchange, loyaltyExchange.example(lang))).toEqual({ answered: 8, total: 8 });
    expect(pairCount(loyaltyExchange.example(lang)).complete).toBe(4);
  });
});

describe('complete pairs', () => {
  it.each<[[string, string][], number | undefined, number[]]>([
    [[], undefined, []],
    [
      [
        ['', ''],
        ['  ', '\n'],
      ],
      undefined,
      [],
    ],
    [[['a', '']], 0, [0]],
    [
      [
        ['a', 'b'],
        ['', 'c'],
        ['d', ' '],
      ],
      1,
      [1, 2],
    ],
    [
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      2,
      [],
    ],
  ])('%j → %s', (list, complete, partial) => {
    expect(pairCount(sheet(list))).toEqual({ complete, partial });
    const [r] = results(sheet(list));
    expect(r?.shown).toEqual({ kind: 'num', value: complete, format: 'int' });
  });
  it('says which pairs lack a side', () => {
    expect(results(sheet([['a', '']]))[0]?.detail).toMatchObject({
      en: 'Pair 1 needs both sides',
      pl: 'Para 1 wymaga obu stron',
    });
    expect(
      results(
        sheet([
          ['a', 'b'],
          ['', 'c'],
          ['d', ''],
        ]),
      )[0]?.detail,
    ).toMatchObject({
      en: 'Pairs 2 and 3 need both sides',
      pl: 'Pary 2 i 3 wymagają obu stron',
    });
  });
  it('summary is the count', () => {
    expect(loyaltyExchange.summary(loyaltyExchange.initial('en'))[0]?.shown).toEqual({
      kind: 'num',
      value: 2,
      format: 'int',
    });
  });
});

describe('excel', () => {
  it('counts complete pairs with a formula, cached like the app', () => {
    const s = loyaltyExchange.excel(
      sheet([
        ['a', 'b'],
        ['', 'c'],
        ['d', '  '],
      ]),
      'en',
    );
    expect(findRow(s, 'Pair 3')?.map(cellValue)).toEqual(['Pair 3', 'd', null]);
    // Whitespace-only text is an empty cell, still tagged so a reaction typed in Excel reads back.
    expect(findRow(s, 'Pair 3')?.[2]).toEqual({ input: { table: 'pairs', row: 'p2', col: 'reaction' } });
    expect(obj(findRow(s, 'Pair 3')?.[1])?.input).toEqual({ table: 'pairs', row: 'p2', col: 'action' });
    expect(obj(findRow(s, 'Complete pairs')?.[1])).toMatchObject({
      f: expect.any(String), // what it computes: export/recalc.test.ts
      v: 1,
      z: '0',
    });
  });
  it('keeps a valid range and an empty result with no pairs (pl)', () => {
    const s = loyaltyExchange.excel(emptySheet(), 'pl');
    expect(obj(findRow(s, 'Pełne pary')?.[1])).toMatchObject({ f: expect.any(String), v: '' });
  });
});

describe('catalogue wiring of Module I', () => {
  it.each(['stakeholder-grid', 'satisfaction-moments', 'channel-audit', 'loyalty-exchange'] as const)(
    '%s loads its definition',
    async (id) => {
      const { loadDefinition } = await import('./index');
      const def = await loadDefinition(id);
      expect(def?.id).toBe(id);
    },
  );
});
