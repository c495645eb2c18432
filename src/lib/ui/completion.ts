import type { WorkbookRecord } from '../storage/record';
import { completionShare } from '../worksheets/progress';

/** Answered / inputs over every worksheet opened so far; undefined when none has inputs. */
export function workbookCompletion(wb: Pick<WorkbookRecord, 'progress'>): number | undefined {
  let answered = 0;
  let total = 0;
  for (const p of Object.values(wb.progress)) {
    if (!p) continue;
    answered += p.answered;
    total += p.total;
  }
  return total ? completionShare(answered, total) : undefined;
}
