import { beforeEach, describe, expect, it } from 'vitest';
import { Journal, discardJournal } from './journal';

/** A Map-backed localStorage, as the browser's (synchronous, string values). */
class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('Journal', () => {
  it('replays edits not yet saved, latest value per cell, in order', () => {
    const j = new Journal('wb1', 'tabA');
    j.record({ t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r1', c: 'score', v: '1' });
    j.record({ t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r1', c: 'score', v: '10' });
    j.record({ t: 'name', v: 'Acme' });
    const again = new Journal('wb1', 'tabB');
    expect(again.pending()).toEqual([
      { t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r1', c: 'score', v: '10' },
      { t: 'name', v: 'Acme' },
    ]);
  });

  it('forgets what a save stored and keeps later edits', () => {
    const j = new Journal('wb1', 'tabA');
    j.record({ t: 'field', s: 'crm-strategy', f: 'vision', v: 'a' });
    const saved = j.lastSeq;
    j.record({ t: 'field', s: 'crm-strategy', f: 'goal', v: 'b' });
    j.committed(saved);
    expect(new Journal('wb1', 'x').pending()).toEqual([{ t: 'field', s: 'crm-strategy', f: 'goal', v: 'b' }]);
    j.committed(j.lastSeq);
    expect(new Journal('wb1', 'x').pending()).toEqual([]);
  });

  it('a whole-sheet snapshot supersedes that sheet’s earlier edits only', () => {
    const j = new Journal('wb1', 'tabA');
    j.record({ t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r1', c: 'score', v: '3' });
    j.record({ t: 'field', s: 'crisis-plan', f: 'review', v: '2027-01-01' });
    j.record({ t: 'sheet', s: 'nps-survey', v: { fields: {}, tables: { respondents: [] } } });
    expect(new Journal('wb1', 'x').pending().map((op) => op.t)).toEqual(['field', 'sheet']);
  });

  it('keeps workbooks apart and can be discarded', () => {
    new Journal('wb1', 'a').record({ t: 'name', v: 'one' });
    new Journal('wb2', 'a').record({ t: 'name', v: 'two' });
    discardJournal('wb1');
    expect(new Journal('wb1', 'x').pending()).toEqual([]);
    expect(new Journal('wb2', 'x').pending()).toEqual([{ t: 'name', v: 'two' }]);
  });

  it('says when localStorage refuses, instead of throwing', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      ...new MemoryStorage(),
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const j = new Journal('wb1', 'a');
    expect(() => j.record({ t: 'name', v: 'x' })).not.toThrow();
    expect(j.failed).toBe(true);
  });
});
