/**
 * The service worker (offline use) and new versions. It is registered after the first screen is
 * shown, so its code is not part of the first screen's JavaScript. A new version is installed in
 * the background and waits ('prompt'): the page says so quietly, and only the user's "Reload to
 * update" switches to it, after every pending edit is stored. IndexedDB is never touched by it.
 */
import { flushAll } from './flush-all';

const CHECK_EVERY_MS = 60 * 60 * 1000;

class AppUpdate {
  /** A new version is installed and waits for "Reload to update". */
  available = $state(false);
  /** Every file is kept: the app now works offline. */
  offlineReady = $state(false);
  updating = $state(false);
  #apply: ((reload?: boolean) => Promise<void>) | undefined;
  #started = false;

  /** Registers the service worker once (no-op where service workers are unavailable). */
  async start(): Promise<void> {
    if (this.#started || !('serviceWorker' in navigator)) return;
    this.#started = true;
    try {
      const { registerSW } = await import('virtual:pwa-register');
      this.#apply = registerSW({
        immediate: true,
        onNeedRefresh: () => (this.available = true),
        onOfflineReady: () => (this.offlineReady = true),
        onRegisteredSW: (_url, registration) => {
          if (registration) watchForUpdates(registration);
        },
      });
    } catch {
      // No offline copy this visit (e.g. the register code itself could not load); try next visit.
      this.#started = false;
    }
  }

  /** Stores every pending edit, then lets the waiting version take over (the page reloads). */
  async apply(): Promise<void> {
    if (!this.#apply || this.updating) return;
    this.updating = true;
    try {
      await flushAll();
      // The waiting version takes over, then the page reloads into it. Workbox reloads only when
      // the page was controlled when it registered, which a first visit is not: reload here.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      await this.#apply(true);
      // Should the new version never take over (it was replaced meanwhile), reload all the same.
      setTimeout(() => location.reload(), 5000);
    } catch {
      this.updating = false;
    }
  }

  dismissOfflineReady() {
    this.offlineReady = false;
  }
}

/**
 * Looks for a new version when the page comes back into view (at most once an hour), and at once
 * when a file of this version could not be preloaded (Vite's `vite:preloadError`: a deploy removed
 * it), so the notice can offer the new one. The failed import itself is shown with Try again.
 */
function watchForUpdates(registration: ServiceWorkerRegistration) {
  let last = Date.now();
  window.addEventListener('vite:preloadError', () => {
    if (navigator.onLine) registration.update().catch(() => {});
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine || Date.now() - last < CHECK_EVERY_MS) return;
    last = Date.now();
    registration.update().catch(() => {
      /* offline or the server is away: the next visit checks again */
    });
  });
}

export const appUpdate = new AppUpdate();
