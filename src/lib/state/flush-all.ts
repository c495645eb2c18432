/**
 * Everything holding edits not yet stored registers here, so a reload the app itself starts
 * ("Reload to update", Reload after a failed load) saves them first.
 */
type Flush = () => Promise<unknown>;

const flushers = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Stores every pending edit; a failure is already shown by its owner, and must not block the rest. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}

/** Reload the page once every pending edit is stored. */
export async function reloadSafely(): Promise<void> {
  await flushAll();
  location.reload();
}
