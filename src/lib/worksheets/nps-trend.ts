/**
 * What the NPS worksheet shows beyond one round's summary: every round's NPS (the trend), the
 * change between two chosen rounds with its interval, and the round being edited by segment and
 * its detractors with their reasons. Pure functions of the sheet; views call them through
 * wholeSheet (once per change, on the session's plain copy).
 */
import type { Lang, Row, SheetData } from './types';
import { text } from './helpers';
import type { NpsSummary } from '../scoring/nps';
import { npsCategory } from '../scoring/nps';
import { npsChange, type NpsChange } from '../scoring/nps-change';
import { analyseRows, readScoreText, respondentRows } from './nps-survey';
import { comparedRounds, currentRound, roundName, roundRows } from './nps-rounds';

export interface RoundResult {
  id: string;
  /** "Q1 2027 — before (2027-03-31)", or "Round 2". */
  name: string;
  /** NPS of the round's valid scores; undefined when it has none. */
  summary: NpsSummary | undefined;
}

/** Every round in order with its NPS and margin. */
export function roundResults(data: SheetData, lang: Lang): RoundResult[] {
  return roundRows(data).map((r) => ({
    id: r.id,
    name: roundName(data, r.id, lang),
    summary: analyseRows(respondentRows(data, r.id)).summary,
  }));
}

export interface RoundComparison {
  from: RoundResult;
  to: RoundResult;
  /** Undefined when either round has no valid score, or the two are the same round. */
  change: NpsChange | undefined;
}

/** The compared rounds and their change; `all` is roundResults of the same sheet. */
export function comparison(data: SheetData, all: readonly RoundResult[]): RoundComparison | undefined {
  const pair = comparedRounds(data);
  if (!pair) return undefined;
  const from = all.find((r) => r.id === pair.from)!;
  const to = all.find((r) => r.id === pair.to)!;
  return { from, to, change: from.id === to.id ? undefined : npsChange(from.summary, to.summary) };
}

export interface Detractor {
  /** Respondent number on the page (1-based, blank rows counted, as the table shows it). */
  n: number;
  row: Row;
  score: number;
  segment: string;
  reason: string;
}

/** The round's detractors (0–6) in respondent order, for follow-up. */
export function roundDetractors(data: SheetData, roundId = currentRound(data)): Detractor[] {
  const out: Detractor[] = [];
  respondentRows(data, roundId).forEach((row, i) => {
    const score = readScoreText(text(row.cells['score']));
    if (score !== undefined && npsCategory(score) === 'detractor')
      out.push({ n: i + 1, row, score, segment: text(row.cells['segment']), reason: text(row.cells['reason']) });
  });
  return out;
}
