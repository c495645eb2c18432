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
  #registration: ServiceWorkerRegistration | undefined;
  #started = false;

  /** Registers the service worker once (no-op where service workers are unavailable). */
  async start(): Promise<void> {
    if (this.#started || !('serviceWorker' in navigator)) return;
    this.#started = true;
    try {
      // By hand rather than with workbox-window: a few lines instead of 2.7 KB on the first screen.
      const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
      this.#registration = registration;
      if (registration.waiting && navigator.serviceWorker.controller) this.available = true;
      if (registration.installing) this.#follow(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) this.#follow(registration.installing);
      });
      watchForUpdates(registration);
    } catch {
      // No offline copy this visit (blocked, or the worker's file could not load); try next visit.
      this.#started = false;
    }
  }

  /** An installing version: a first one makes the app work offline; a later one waits for the user. */
  #follow(worker: ServiceWorker) {
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      if (navigator.serviceWorker.controller) this.available = true;
      else this.offlineReady = true;
    });
  }

  /** Stores every pending edit, then lets the waiting version take over (the page reloads). */
  async apply(): Promise<void> {
    const waiting = this.#registration?.waiting;
    if (!waiting || this.updating) return;
    this.updating = true;
    try {
      await flushAll();
      // The waiting version takes over (Workbox's worker skips waiting on this message), then the
      // page reloads into it.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
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
