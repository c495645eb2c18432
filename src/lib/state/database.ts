/**
 * Opening the database once for the page. A newer schema, a browser that stores nothing, or an
 * upgrade by another tab is put in `status` (shown by the banner), never thrown at a component.
 */
import { repo } from './repo';
import { status } from './status.svelte';

let opening: Promise<void> | undefined;

export function openDatabase(): Promise<void> {
  opening ??= (() => {
    // Another tab upgraded the schema: close, so it is not blocked, and ask for a reload.
    repo.db.on('versionchange', () => {
      repo.close();
      status.readOnly = 'version-change';
      return false;
    });
    return repo.open().catch((err: unknown) => status.fail(err, true));
  })();
  return opening;
}
