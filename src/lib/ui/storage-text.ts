/**
 * Which storage message fits a problem, and the state shown in place of a page the storage cannot
 * serve. The words are the `storage` area of the catalogues (i18n/en-storage.ts …), loaded with
 * this module by StatusBanner on demand (rarely needed, so not part of the first screen). Imports
 * only what the first screen already has (translate), so no shared code is split off.
 */
import type { StorageError } from '../storage/errors';
import type { Lang } from '../worksheets/types';
import type { MessageKey } from '../i18n/en';
import { translate } from '../i18n/translate';

/** What StatusBanner knows (status.svelte.ts). */
export interface StorageState {
  readOnly: 'newer-version' | 'version-change' | 'unavailable' | undefined;
  error: StorageError | undefined;
  openFailed: boolean;
}

/** The message for the state of storage, and whether reloading is the way out. */
function message(s: StorageState, inWorkbook: boolean): [MessageKey, boolean] | undefined {
  if (s.readOnly === 'newer-version') return ['storageNewer', true];
  if (s.readOnly === 'version-change') return ['storageVersionChange', true];
  if (s.readOnly === 'unavailable') return ['storageUnavailable', true];
  const kind = s.error?.kind;
  if (!kind) return undefined;
  if (s.openFailed) return ['storageOpenFailed', true];
  if (kind === 'quota') return [inWorkbook ? 'storageFull' : 'storageFullList', false];
  if (kind === 'closed') return ['storageClosed', true];
  if (kind === 'code') return ['storageCode', false];
  return [inWorkbook ? 'storageSaveFailed' : 'storageFailed', false];
}

/**
 * The banner's message in the language ({message}: the error's short reason), and the label of a
 * Reload button when reloading is the way out.
 */
export function problemText(
  s: StorageState,
  inWorkbook: boolean,
  lang: Lang,
): { text: string; reload?: string } | undefined {
  const found = message(s, inWorkbook);
  if (!found) return undefined;
  return {
    text: translate(lang, found[0], { message: s.error?.message ?? '' }),
    reload: found[1] ? translate(lang, 'storageReload') : undefined,
  };
}

/** In place of the list or a workbook when the database did not open: a title and a sentence. */
export function blockedText(s: StorageState, lang: Lang): { title: string; text: string } {
  const [title, text]: [MessageKey, MessageKey] =
    s.readOnly === 'unavailable'
      ? ['storageNoStorageTitle', 'storageNoStorage']
      : ['storageBlockedTitle', s.readOnly === 'newer-version' ? 'storageBlockedNewer' : 'storageBlockedOther'];
  return { title: translate(lang, title), text: translate(lang, text) };
}
