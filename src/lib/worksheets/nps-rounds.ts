/**
 * Survey rounds of the NPS worksheet: a consultant measures before and after a change. Each round
 * is a row of the `rounds` table (label and date, user text), added, renamed, reordered and
 * removed (with undo) like any list. Its respondents live in a table of their own: the first
 * round's in `respondents` (so data v1, upgraded, is round 1), each other round's in
 * `respondents@<round id>`. The round being edited is the field `round` (the last when unset
 * or removed). A removed round's respondents stay stored, so Undo brings them back.
 */
import type { InputDef, Lang, Row, SheetData, TableBlock } from './types';
import { pick, rowName, tx } from './helpers';
import { NPS_TEXT } from './nps-texts';

export const FIRST_ROUND = 'round-1';
export const ROUND_FIELD = 'round';
/** The two rounds compared (round ids; the last two when unset or removed). */
export const COMPARE_FROM = 'compareFrom';
export const COMPARE_TO = 'compareTo';
const RESPONDENTS = 'respondents';

const labelInput: InputDef = {
  id: 'label',
  kind: 'text',
  label: tx('Label', 'Nazwa', '名称'),
  hint: tx(
    'e.g. Q1 2027 — before the loyalty programme',
    'np. I kw. 2027 — przed programem lojalnościowym',
    '例如：2027 年第一季度 — 忠诚度计划之前',
  ),
  optional: true,
};
const dateInput: InputDef = { id: 'date', kind: 'date', label: tx('Date', 'Data', '日期'), optional: true };

export const roundNoun = NPS_TEXT.round;

export const rounds: TableBlock = {
  kind: 'table',
  id: 'rounds',
  title: tx('Survey rounds', 'Rundy badania', '调查轮次'),
  intro: tx(
    'Run the survey again after a change and compare. Each round keeps its own respondents; the round chosen below is the one you edit and whose results are shown.',
    'Powtórz badanie po zmianie i porównaj wyniki. Każda runda ma własnych respondentów; wybrana niżej runda jest tą, którą edytujesz i której wyniki widać.',
    '在一项变化之后再次开展调查并进行比较。每一轮都有自己的受访者；下方所选的轮次就是您正在编辑、并显示其结果的轮次。',
  ),
  rowHeader: roundNoun,
  columns: [labelInput, dateInput],
  editable: { rowNoun: roundNoun, addLabel: tx('Add round', 'Dodaj rundę', '添加轮次'), minRows: 1 },
};

/** The stored table of a round's respondents. */
export const roundTable = (roundId: string): string =>
  roundId === FIRST_ROUND ? RESPONDENTS : `${RESPONDENTS}@${roundId}`;

/** The rounds in their order; a sheet stored without any (older data) has the first one. */
export function roundRows(data: SheetData): readonly Row[] {
  const stored = data.tables[rounds.id];
  return stored?.length ? stored : [{ id: FIRST_ROUND, cells: {} }];
}

/**
 * The round being edited: the chosen one while it exists, else the last (the latest survey: a
 * round just added is the one to fill, and a file, which does not carry the choice, opens there).
 */
export function currentRound(data: SheetData): string {
  const list = roundRows(data);
  const chosen = data.fields[ROUND_FIELD];
  return list.find((r) => r.id === chosen)?.id ?? list[list.length - 1]!.id;
}

/** "Q1 2027 — before (2027-03-31)", or "Round 2" when it has no label. */
export function roundName(data: SheetData, roundId: string, lang: Lang): string {
  const list = roundRows(data);
  const i = list.findIndex((r) => r.id === roundId);
  const r = list[i];
  if (!r) return pick(roundNoun, lang);
  const label = typeof r.cells['label'] === 'string' ? r.cells['label'].trim() : '';
  const date = typeof r.cells['date'] === 'string' ? r.cells['date'] : '';
  const name = label || rowName(rounds, i, lang);
  return date ? `${name} (${date})` : name;
}

/** The respondents' stored tables of every round, in round order. */
export const roundTables = (data: SheetData): string[] => roundRows(data).map((r) => roundTable(r.id));

/**
 * The two rounds compared: the chosen ones while they exist, else the one before the last and
 * the last (did the latest change help?). Undefined with fewer than two rounds.
 */
export function comparedRounds(data: SheetData): { from: string; to: string } | undefined {
  const ids = roundRows(data).map((r) => r.id);
  if (ids.length < 2) return undefined;
  const pickId = (field: string, fallback: string) => {
    const v = data.fields[field];
    return typeof v === 'string' && ids.includes(v) ? v : fallback;
  };
  return { from: pickId(COMPARE_FROM, ids[ids.length - 2]!), to: pickId(COMPARE_TO, ids[ids.length - 1]!) };
}
