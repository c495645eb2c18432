/**
 * Text pasted into a long table's paste box but not yet added, kept per workbook and table while
 * the page lives (another worksheet and back keeps it). Not an answer, so not stored.
 */
export const pasteDrafts = new Map<string, string>();
