import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPlain, formatTypable, quote } from './format';
import { fromNavigator } from './locales';
import { loadDictionary, pluralForm, translate } from './translate';

describe('Chinese plurals: one form for every count (Intl.PluralRules zh-CN says "other")', () => {
  beforeAll(async () => {
    for (const area of ['core', 'workbook', 'backup', 'import'] as const) await loadDictionary('zh', area);
  });
  it.each([0, 1, 2, 5, 22, 1000])('%i', (n) => {
    expect(pluralForm('zh', n, { one: 'one', few: 'few', other: 'other' })).toBe('other');
    expect(translate('zh', 'countWorkbooks', { n })).toBe(`${n} 个工作簿`);
  });
  it('a catalogue text is filled, formatted numbers kept as given', () => {
    expect(translate('zh', 'restoreWhat', { what: translate('zh', 'countGroups', { n: 3 }) })).toBe(
      '恢复3 个工作坊小组',
    );
    expect(translate('zh', 'importAnswers', { n: '1,200' }, 1200)).toBe('1,200 个回答');
    expect(translate('zh', 'appName')).toBe('CRM 工作簿');
  });
});

describe('zh-CN numbers, money and quotes', () => {
  it.each([
    [0.456, 'pct1', '45.6%'],
    [12800.5, 'dec2', '12,800.50'],
    [-0.1, 'dec2', '\u22120.10'],
    [20, 'signedInt', '+20'],
    [4.333, 'dec2', '4.33'],
    [0.25, 'pct0', '25%'],
  ] as const)('%f as %s → %s', (v, f, shown) => expect(formatNumber(v, f, 'zh')).toBe(shown));
  it('money in yuan, plain and typable numbers', () => {
    expect(formatMoney(37500, 'CNY', 'zh')).toBe('¥37,500.00');
    expect(formatPlain(12000.25, 'zh')).toBe('12,000.25');
    expect(formatTypable(1.5, 'zh')).toBe('1.5');
    expect(quote('Baltic Bikes', 'zh')).toBe('“Baltic Bikes”');
    expect(formatNumber(undefined, 'int', 'zh')).toBe('—');
  });
  it('the browser’s Chinese of any region is ours', () => {
    expect(fromNavigator(['zh-TW', 'en'])).toBe('zh');
    expect(fromNavigator(['zh-Hans-CN'])).toBe('zh');
    expect(fromNavigator(['de-DE', 'pl-PL'])).toBe('pl');
    expect(fromNavigator(['de-DE'])).toBe('en');
  });
});

/** Every source file under a folder (tests left out: they compare languages on purpose). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('one way to write text', () => {
  it('no interface or content text branches on a language (catalogues and tx() hold every language)', () => {
    const root = join(__dirname, '..');
    const offenders: string[] = [];
    for (const file of [
      ...sources(join(root, 'ui')),
      ...sources(join(root, 'worksheets')),
      ...sources(join(root, 'export')),
    ]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // "lang === 'pl' ? …", "l === 'en' ? …", a two-language table "{ en: '…', pl: '…' }" without zh
          if (
            /\b(lang|lg|l|language)\s*[!=]==\s*'(en|pl|zh)'/.test(line) ||
            /\{ en: '[^']*', pl: '[^']*' \}/.test(line)
          )
            offenders.push(`${file.slice(root.length + 1)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
