/**
 * Where journals live in localStorage, and dropping a workbook's journals: on its own, so the
 * workbook list (delete for good, restore) does not load the journal itself.
 */
export const PREFIX = 'crm-workbook:journal:';

export function journalKeys(workbookId: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(`${PREFIX}${workbookId}:`)) keys.push(k);
    }
  } catch {
    /* no localStorage: nothing to replay */
  }
  return keys;
}

export function safeRemove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* ignore: stale entries are harmless and replay idempotently */
  }
}

export function discardJournal(workbookId: string): void {
  for (const k of journalKeys(workbookId)) safeRemove(k);
}
