/**
 * A workshop group as stored: a name and read-only copies of participants' workbooks. Kept in
 * its own table (storage/db.ts v3) and in backups; repaired on read like a workbook.
 */
import { repairWorkbook, type WorkbookRecord } from '../storage/record';

export type ParticipantSource = 'xlsx' | 'json' | 'link';

export interface Participant {
  /** Identity of the original workbook (its id): the same workbook sent twice has the same key. */
  key: string;
  /** The read-only copy (its own id inside the group). */
  record: WorkbookRecord;
  source: ParticipantSource;
  fileName: string;
  /** When the copy was last changed (or exported): the newer of two copies wins. */
  stamp: number;
  addedAt: number;
}

export interface GroupRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** 0 while in use; the time of deletion while it can be undone. */
  deletedAt: number;
  anonymise: boolean;
  participants: Participant[];
}

export const newGroupId = (): string => `gr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function newGroup(name: string, now = Date.now()): GroupRecord {
  return { id: newGroupId(), name, createdAt: now, updatedAt: now, deletedAt: 0, anonymise: false, participants: [] };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);
const SOURCES: readonly ParticipantSource[] = ['xlsx', 'json', 'link'];

function repairParticipant(raw: unknown): Participant | undefined {
  if (!isObject(raw)) return undefined;
  const record = repairWorkbook(raw['record']);
  if (!record) return undefined;
  const source = SOURCES.find((s) => s === raw['source']) ?? 'json';
  return {
    key: typeof raw['key'] === 'string' && raw['key'] ? raw['key'] : record.id,
    record,
    source,
    fileName: typeof raw['fileName'] === 'string' ? raw['fileName'] : '',
    stamp: num(raw['stamp'], record.updatedAt),
    addedAt: num(raw['addedAt'], record.updatedAt),
  };
}

/** A group as read from storage or a backup; undefined when it is not a group at all. */
export function repairGroup(raw: unknown): GroupRecord | undefined {
  if (!isObject(raw) || typeof raw['id'] !== 'string' || !raw['id']) return undefined;
  const created = num(raw['createdAt'], Date.now());
  const seen = new Set<string>();
  const participants = (Array.isArray(raw['participants']) ? raw['participants'] : []).flatMap((p) => {
    const r = repairParticipant(p);
    if (!r || seen.has(r.key)) return [];
    seen.add(r.key);
    return [r];
  });
  return {
    id: raw['id'],
    name: typeof raw['name'] === 'string' ? raw['name'] : '',
    createdAt: created,
    updatedAt: num(raw['updatedAt'], created),
    deletedAt: num(raw['deletedAt'], 0),
    anonymise: raw['anonymise'] === true,
    participants,
  };
}
