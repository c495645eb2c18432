import { pick } from '../../worksheets/helpers';
/** The inline message for a typed value that is not valid: names the allowed range. */
import type { CellValue, InputDef, Lang } from '../../worksheets/types';
import { parseInRange, readingsOf } from '../../scoring/parse';
import { translate } from '../../i18n/translate';
import { formatNumber, formatTypable, quote } from '../../i18n/format';

export function validationMessage(input: InputDef, value: CellValue | undefined, lang: Lang): string | undefined {
  if (!input.rule || typeof value !== 'string') return undefined;
  const parsed = parseInRange(value, input.rule);
  if (parsed.status !== 'invalid') return undefined;
  const { rule } = input;
  const num = (n: number) => (Number.isInteger(n) ? String(n) : formatNumber(n, 'dec1', lang));
  const params = { noun: pick(rule.noun, lang), min: num(rule.min), max: num(rule.max) };
  const readings = parsed.reason === 'ambiguous' ? readingsOf(value) : undefined;
  if (readings) {
    const [fraction, thousands] = readings.map((n) => formatTypable(n, lang));
    return translate(lang, 'ambiguousNumber', {
      ...params,
      typed: quote(value.trim(), lang),
      fraction: fraction!,
      thousands: thousands!,
    });
  }
  if (input.kind === 'money' || rule.max >= 1e9) return translate(lang, 'mustBeAmount', params);
  return translate(lang, rule.integer ? 'mustBeWhole' : 'mustBeNumber', params);
}
