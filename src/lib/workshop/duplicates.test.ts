import { describe, expect, it } from 'vitest';
import { addParticipants } from './duplicates';
import type { Participant } from './group';
import { newWorkbook } from '../storage/record';

const p = (key: string, stamp: number, fileName: string, name = key): Participant => ({
  key,
  record: { ...newWorkbook(name, 'en', stamp), id: `copy-${fileName}` },
  source: 'xlsx',
  fileName,
  stamp,
  addedAt: 0,
});

describe('addParticipants', () => {
  it('adds new workbooks in order', () => {
    const r = addParticipants([p('a', 1, 'a.xlsx')], [p('b', 1, 'b.xlsx'), p('c', 1, 'c.json')]);
    expect(r.participants.map((x) => x.key)).toEqual(['a', 'b', 'c']);
    expect(r.outcomes.map((o) => o.kind)).toEqual(['added', 'added']);
  });
  it('a newer copy replaces the older in place, and says so', () => {
    const r = addParticipants([p('a', 1, 'a.xlsx'), p('b', 1, 'b.xlsx')], [p('a', 5, 'a-v2.json')]);
    expect(r.participants.map((x) => x.fileName)).toEqual(['a-v2.json', 'b.xlsx']);
    // The copy keeps its id in the group (an open view of it stays valid).
    expect(r.participants[0]!.record.id).toBe('copy-a.xlsx');
    expect(r.outcomes).toEqual([{ kind: 'replaced', name: 'a', fileName: 'a-v2.json', previousFile: 'a.xlsx' }]);
  });
  it('an older copy is not used, and says so', () => {
    const r = addParticipants([p('a', 5, 'new.xlsx')], [p('a', 1, 'old.xlsx')]);
    expect(r.participants.map((x) => x.fileName)).toEqual(['new.xlsx']);
    expect(r.outcomes[0]).toMatchObject({ kind: 'older-skipped', keptFile: 'new.xlsx' });
  });
  it('the same workbook twice in one choice counts once; a tie takes the later', () => {
    const r = addParticipants([], [p('a', 3, 'x.xlsx'), p('a', 3, 'y.xlsx'), p('a', 2, 'z.xlsx')]);
    expect(r.participants).toHaveLength(1);
    expect(r.participants[0]!.fileName).toBe('y.xlsx');
    expect(r.outcomes.map((o) => o.kind)).toEqual(['added', 'replaced', 'older-skipped']);
  });
  it('same name, different workbooks: both kept', () => {
    const r = addParticipants([p('a', 1, 'a.xlsx', 'Example')], [p('b', 1, 'b.xlsx', 'Example')]);
    expect(r.participants).toHaveLength(2);
  });
});
