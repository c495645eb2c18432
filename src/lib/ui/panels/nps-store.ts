/** Writing the NPS score list (shared by the NPS panels): one change, one save. */
import type { WorksheetId } from '../../worksheets/types';
import type { WorkbookSession } from '../../state/session.svelte';
import { SCORES_FIELD, ScoreList, scoreList, withScore } from '../../worksheets/nps-survey';

/** One score typed: only that entry is journalled, so another tab's scores are merged, not replaced. */
export function storeScore(
  session: WorkbookSession,
  sheet: WorksheetId,
  index: number,
  text: string,
  texts: readonly string[],
): void {
  session.setListItem(sheet, SCORES_FIELD, index, text, withScore(texts, index, text));
}

export function storeScores(session: WorkbookSession, sheet: WorksheetId, texts: readonly string[]): void {
  // A ScoreList (not proxied by $state), never changed in place: every edit stores a new list.
  const list = texts instanceof ScoreList ? texts : scoreList(texts);
  session.setField(sheet, SCORES_FIELD, list as string[]);
}
