/**
 * What the NPS panels hold on the page only, kept per workbook while the page lives, so moving to
 * another worksheet and back keeps it: text pasted but not yet added, and the Undo of a removed
 * respondent. Not answers, so not stored: a reload starts them afresh.
 */
export interface RemovedRespondent {
  index: number;
  text: string;
  name: string;
}

export const pasteDrafts = new Map<string, string>();
export const removedRespondents = new Map<string, RemovedRespondent | undefined>();
