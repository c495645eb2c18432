/**
 * Adding participants to a group: the same workbook added twice (same key) is counted once. The
 * newer copy replaces the older one (a tie: the one added last, e.g. an edited .xlsx), and the
 * outcome says which happened, so the page can tell the trainer.
 */
import type { Participant } from './group';

export type AddOutcome =
  | { kind: 'added'; name: string; fileName: string }
  /** An older copy of the same workbook was in the group (or earlier in the same choice): replaced. */
  | { kind: 'replaced'; name: string; fileName: string; previousFile: string }
  /** The group already holds a newer copy: this one is not used. */
  | { kind: 'older-skipped'; name: string; fileName: string; keptFile: string };

export function addParticipants(
  existing: readonly Participant[],
  incoming: readonly Participant[],
): { participants: Participant[]; outcomes: AddOutcome[] } {
  const participants = [...existing];
  const outcomes: AddOutcome[] = [];
  for (const p of incoming) {
    const name = p.record.name;
    const at = participants.findIndex((q) => q.key === p.key);
    const old = participants[at];
    if (!old) {
      participants.push(p);
      outcomes.push({ kind: 'added', name, fileName: p.fileName });
    } else if (p.stamp >= old.stamp) {
      // In place: the participant keeps its position (and letter when anonymised).
      participants[at] = { ...p, record: { ...p.record, id: old.record.id } };
      outcomes.push({ kind: 'replaced', name, fileName: p.fileName, previousFile: old.fileName });
    } else {
      outcomes.push({ kind: 'older-skipped', name, fileName: p.fileName, keptFile: old.fileName });
    }
  }
  return { participants, outcomes };
}
