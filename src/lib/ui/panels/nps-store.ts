/** Writing the NPS score list (shared by the NPS panels): one change, one save. */
import type { WorksheetId } from '../../worksheets/types';
import type { WorkbookSession } from '../../state/session.svelte';
import { SCORES_FIELD, ScoreList, scoreList } from '../../worksheets/nps-survey';

export function storeScores(session: WorkbookSession, sheet: WorksheetId, texts: readonly string[]): void {
  // A ScoreList (not proxied by $state), never changed in place: every edit stores a new list.
  const list = texts instanceof ScoreList ? texts : scoreList(texts);
  session.setField(sheet, SCORES_FIELD, list as string[]);
}
