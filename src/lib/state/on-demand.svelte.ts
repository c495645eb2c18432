/**
 * Code a card loads when it is used (a light shell is shown at once, the heavy part on the first
 * click or file): `run` loads it once and hands it to the action; while it loads `loading` is true
 * (the card says "Loading…"); a failed load is kept in `error` and `retry` loads it anew and runs
 * the same action again (the browser does not keep a failed import), so a card is never stuck.
 * (A class of its own rather than the Lazy component: what loads here is an action's code, not a
 * part of the page.)
 */
export class OnDemand<T> {
  loading = $state(false);
  error = $state.raw<unknown>(undefined);
  /** The code once loaded (raw: a module is not made reactive). */
  code = $state.raw<T | undefined>(undefined);
  #code: Promise<T> | undefined;
  #again: (() => Promise<void>) | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  async run(action: (code: T) => unknown): Promise<void> {
    this.error = undefined;
    this.#again = () => this.run(action);
    if (!this.#code) {
      this.loading = true;
      this.#code = this.load();
    }
    let code: T;
    try {
      code = await this.#code;
    } catch (err) {
      this.#code = undefined;
      this.error = err;
      return;
    } finally {
      this.loading = false;
    }
    this.#again = undefined;
    this.code = code;
    await action(code);
  }

  /**
   * Starts loading without a "Loading…" (the user is about to need it: a file dialog is opening);
   * a failure here is met again, and shown, by the `run` that follows.
   */
  prefetch(then?: (code: T) => void): void {
    this.#code ??= this.load();
    this.#code.then(then, () => (this.#code = undefined));
  }

  retry(): Promise<void> {
    return this.#again?.() ?? Promise.resolve();
  }
}
