/**
 * The workshop groups of this device, for the home card and the group page: created, renamed,
 * deleted with undo, changed; other tabs are told (the same channel as the workbook list).
 * Every storage failure goes to the status banner, as the workbook list's do.
 */
import { announce, onTabMessage, repo } from '../../state/repo';
import { status } from '../../state/status.svelte';
import { GroupStore } from '../../storage/groups';
import { newGroup, type GroupRecord } from '../../workshop/group';

/** A deleted group stays this long (undo), then goes at the next look at the list. */
const UNDO_MS = 60_000;

class Groups {
  all = $state.raw<GroupRecord[]>([]);
  loaded = $state(false);
  active = $derived(this.all.filter((g) => !g.deletedAt));
  readonly store = new GroupStore(repo);

  constructor() {
    onTabMessage(() => void this.refresh());
  }

  async #do<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work();
      status.succeeded();
      return result;
    } catch (err) {
      status.fail(err);
      return undefined;
    }
  }

  async refresh() {
    await this.#do(async () => {
      const now = Date.now();
      const all = await this.store.list();
      for (const g of all) if (g.deletedAt && now - g.deletedAt > UNDO_MS) await this.store.purge(g.id);
      this.all = all.filter((g) => !g.deletedAt || now - g.deletedAt <= UNDO_MS);
      this.loaded = true;
    });
  }

  async #changed() {
    announce({ type: 'list-changed' });
    await this.refresh();
  }

  async create(name: string): Promise<string | undefined> {
    const g = newGroup(name);
    return this.#do(async () => {
      await this.store.put(g);
      await this.#changed();
      return g.id;
    });
  }

  /**
   * Changes a group in one transaction; false when it failed (the banner says why) or is gone.
   * The list takes the saved group as it is, newest first: reading every group back (each with
   * all its participants' workbooks, repaired one by one) after each change is work this tab
   * does not need; other tabs are told and read the list themselves.
   */
  async change(id: string, next: (g: GroupRecord) => GroupRecord): Promise<GroupRecord | undefined> {
    return this.#do(async () => {
      const saved = await this.store.update(id, (g) => ({
        ...next(g),
        updatedAt: Math.max(Date.now(), g.updatedAt + 1),
      }));
      announce({ type: 'list-changed' });
      if (saved && this.loaded)
        this.all = [saved, ...this.all.filter((g) => g.id !== id)].sort((a, b) => b.updatedAt - a.updatedAt);
      return saved;
    });
  }

  rename = (id: string, name: string) => this.change(id, (g) => ({ ...g, name }));
  remove = (id: string) => this.change(id, (g) => ({ ...g, deletedAt: Date.now() }));
  undoRemove = (id: string) => this.change(id, (g) => ({ ...g, deletedAt: 0 }));

  get(id: string): Promise<GroupRecord | undefined> {
    return this.#do(() => this.store.get(id));
  }
}

export const groups = new Groups();
