/**
 * Opening the database once for the page. A newer schema, a browser that stores nothing, or an
 * upgrade by another tab is put in `status` (shown by the banner), never thrown at a component.
 * `full`: with Dexie at once (a workbook's page reads and writes); else only checked, and Dexie
 * loads when something is written (the list page's first screen, storage/repository.ts).
 */
import { repo } from './repo';
import { status } from './status.svelte';

let opening: Promise<void> | undefined;

// Another tab upgraded the schema: close, so it is not blocked, and ask for a reload.
repo.onVersionChange(() => {
  repo.close();
  status.readOnly = 'version-change';
});

export function openDatabase(full: boolean): Promise<void> {
  opening ??= (full ? repo.open() : repo.check()).catch((err: unknown) => status.fail(err, true));
  return opening;
}
