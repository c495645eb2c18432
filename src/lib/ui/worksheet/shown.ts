import type { Lang, Shown } from '../../worksheets/types';
import { DASH, formatNumber } from '../../i18n/format';
import { pick } from '../../worksheets/helpers';

/** A computed value as text in the current language; no data → "—". */
export function showText(shown: Shown, lang: Lang): string {
  if (shown.kind === 'num') return formatNumber(shown.value, shown.format, lang);
  return shown.value === undefined ? DASH : pick(shown.value, lang);
}
