/**
 * An answer as words, for reading rather than editing (the report): a choice by its label, yes/no
 * in the language, a date in the language's form; typed text and numbers exactly as typed.
 * An unanswered input is '' (the report leaves it out rather than printing an empty box).
 */
import type { CellValue, InputDef, Lang } from './types';
import { pick, tx } from './helpers';
import { localeOf } from '../i18n/format';
import { NO, YES } from './excel';

const DONE = tx('Done', 'Zrobione', '已完成');

function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso; // kept as typed, as the worksheet keeps it
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

export function answerText(input: InputDef, value: CellValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  const label = (v: string) => {
    const option = input.options?.find((o) => o.value === v);
    return option ? pick(option.label, lang) : v;
  };
  if (Array.isArray(value)) return value.map(label).join(', ');
  const v = value.trim() === '' ? '' : value;
  if (v === '') return '';
  switch (input.kind) {
    case 'yesno':
      return v === 'yes' ? pick(YES, lang) : v === 'no' ? pick(NO, lang) : v;
    case 'check':
      return v === 'yes' ? pick(DONE, lang) : '';
    case 'choice':
    case 'scale':
    case 'multi':
      return label(v);
    case 'date':
      return dateText(v, lang);
    default:
      return value;
  }
}
