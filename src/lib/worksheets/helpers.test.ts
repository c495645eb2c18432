import { describe, expect, it } from 'vitest';
import { multiChoices, newRowId, tx } from './helpers';
import type { Option } from './types';

const options: Option[] = [
  { value: 'yt', label: tx('YouTube', 'YouTube', 'YouTube') },
  { value: 'ig', label: tx('Instagram', 'Instagram', 'Instagram') },
  { value: 'none', label: tx('None of these', 'Żadne z tych', 'None of these'), exclusive: true },
];

describe('multiChoices', () => {
  it.each<[string, string[], string | undefined, string[]]>([
    ['keeps the options’ order, whatever the click order', ['ig', 'yt'], 'yt', ['yt', 'ig']],
    ['nothing chosen', [], undefined, []],
    ['"None" ticked clears the choices', ['yt', 'ig', 'none'], 'none', ['none']],
    ['a choice ticked clears "None"', ['none', 'ig'], 'ig', ['ig']],
    ['something else unticked while both are kept (older data): the choices say more', ['none', 'yt'], 'ig', ['yt']],
    ['read from a file with both: the choices say more', ['none', 'yt'], undefined, ['yt']],
    ['"None" alone stays', ['none'], undefined, ['none']],
    ['values not among the options are dropped', ['tiktok', 'yt'], undefined, ['yt']],
  ])('%s', (_, values, changed, expected) => expect(multiChoices(options, values, changed)).toEqual(expected));
});

describe('newRowId', () => {
  it('40,000 ids made as fast as a paste makes them are all different', () => {
    const ids = Array.from({ length: 40_000 }, () => newRowId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-z]{10}$/.test(id))).toBe(true);
  });
});
