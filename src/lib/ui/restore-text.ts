/**
 * "2 workbooks and 1 workshop group": what a restore writes, for its button and its message.
 * The parts the file does not hold are left out; the list is joined by the language's own rule.
 */
import { localeOf } from '../i18n/format';
import { lang } from '../state/lang.svelte';

export function restoredItems(workbooks: number, groups: number): string {
  const parts = [
    ...(workbooks || !groups ? [lang.t('countWorkbooks', { n: workbooks })] : []),
    ...(groups ? [lang.t('countGroups', { n: groups })] : []),
  ];
  return new Intl.ListFormat(localeOf(lang.current), { type: 'conjunction' }).format(parts);
}
