/**
 * Module V — VIP contact plan (seed 001): a monthly visit by the account manager with the VIP
 * communication record, a visit by a department manager at least every half year, and the closed
 * loop (results reported back and thanks). Overdue rules: scoring/visits.ts, on the crisis plan's
 * calendar dates (review-date.ts). The A customers of the ABC analysis can be added ('vip-copy').
 */
import type {
  ComputedColumn,
  InputDef,
  Lang,
  ResultItem,
  Row,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
  XCell,
} from './types';
import { emptySheet, pick, row, rowName, tableRows, text, tx } from './helpers';
import { EXCEL_FORMAT, NO, SheetBuilder, YES, cellAt, headCell, inputCell, label, ref, rowsEndRow } from './excel';
import { BLANK, colName, countIf, lit } from './formula';
import { dateOfDayNumber, dayNumber, excelSerial, isoOf, parseIsoDate, todayIso } from '../scoring/review-date';
import {
  DEPARTMENT_MONTHS,
  MANAGER_MONTHS,
  loopClosed,
  onScheduleShare,
  visitStatus,
  type Visit,
  type VisitStatus,
} from '../scoring/visits';
import { abcView, customerName, exampleCustomers } from './abc-pareto';
import { appendRows } from './customer-tiers';
import { formatNumber } from '../i18n/format';
import { TITLES } from './titles';

const yn = (id: string, l: Text): InputDef => ({
  id,
  kind: 'yesno',
  label: l,
  options: [
    { value: 'yes', label: YES },
    { value: 'no', label: NO },
  ],
});

const nameInput: InputDef = { id: 'name', kind: 'text', label: tx('VIP customer', 'Klient VIP', 'VIP 客户') };
const managerInput: InputDef = {
  id: 'manager',
  kind: 'text',
  label: tx('Account manager', 'Opiekun klienta', '客户经理'),
};
export const managerVisit: InputDef = {
  id: 'managerVisit',
  kind: 'date',
  label: tx('Last account-manager visit', 'Ostatnia wizyta opiekuna', '客户经理上次拜访'),
  hint: tx('Every month', 'Co miesiąc', '每月一次'),
};
export const departmentVisit: InputDef = {
  id: 'departmentVisit',
  kind: 'date',
  label: tx('Last department-manager visit', 'Ostatnia wizyta kierownika działu', '职能部门经理上次拜访'),
  hint: tx('At least every half year', 'Co najmniej co pół roku', '至少每半年一次'),
};
const recordInput = yn('record', tx('Record kept?', 'Notatka z rozmowy?', '是否填写沟通记录表？'));
const reportedInput = yn(
  'reported',
  tx('Results reported back?', 'Wyniki przekazane klientowi?', '是否将结果反馈给客户？'),
);
const fastTrackInput = yn('fastTrack', tx('Fast track in place?', 'Szybka ścieżka obsługi?', '是否有快速响应通道？'));
const serviceInput: InputDef = {
  id: 'service',
  kind: 'text',
  label: tx('Differentiated service', 'Zróżnicowana obsługa', '差异化服务'),
  optional: true,
};

export const STATUS_TEXT: Record<Exclude<VisitStatus, 'missing'>, Text> = {
  ok: tx('On schedule', 'W terminie', '按计划'),
  overdue: tx('Overdue', 'Po terminie', '已逾期'),
  future: tx('Date in the future', 'Data w przyszłości', '日期在未来'),
  invalid: tx('Not a date', 'To nie data', '不是有效日期'),
};

const visitOf = (r: Row, input: InputDef, months: number, today: string): Visit =>
  visitStatus(text(r.cells[input.id]), months, today);

const statusColumn = (id: string, input: InputDef, months: number, l: Text): ComputedColumn => ({
  id,
  kind: 'computed',
  label: l,
  compute: (r) => {
    const v = visitOf(r, input, months, todayIso());
    if (v.status === 'missing') return { kind: 'text', value: undefined };
    const s = STATUS_TEXT[v.status];
    if (v.status !== 'overdue') return { kind: 'text', value: s };
    return {
      kind: 'text',
      value: tx(`${s.en} by ${v.overdueDays} days`, `${s.pl} o ${v.overdueDays} dni`, `${s.zh} ${v.overdueDays} 天`),
    };
  },
});

const managerStatus = statusColumn(
  'managerStatus',
  managerVisit,
  MANAGER_MONTHS,
  tx('Monthly visit', 'Wizyta miesięczna', '每月拜访'),
);
const departmentStatus = statusColumn(
  'departmentStatus',
  departmentVisit,
  DEPARTMENT_MONTHS,
  tx('Half-yearly visit', 'Wizyta półroczna', '半年拜访'),
);
const yesNo = (v: unknown) => (v === 'yes' || v === 'no' ? v : undefined);
const loopOf = (r: Row) => loopClosed(yesNo(r.cells['record']), yesNo(r.cells['reported']));
const loopColumn: ComputedColumn = {
  id: 'loop',
  kind: 'computed',
  label: tx('Loop closed', 'Pętla zamknięta', '形成闭环'),
  compute: (r) => {
    const c = loopOf(r);
    return { kind: 'text', value: c === undefined ? undefined : c ? YES : NO };
  },
};

export const vips: TableBlock = {
  kind: 'table',
  id: 'vips',
  title: tx('VIP customers', 'Klienci VIP', 'VIP 客户'),
  intro: tx(
    'A visit is overdue once a calendar month (the account manager) or six calendar months (a department manager) have passed since it, counted to today, as the crisis plan’s review date.',
    'Wizyta jest po terminie, gdy od niej minął miesiąc kalendarzowy (opiekun) lub sześć miesięcy kalendarzowych (kierownik działu), licząc do dziś, jak data przeglądu w planie kryzysowym.',
    '自上次拜访起满一个日历月（客户经理）或六个日历月（职能部门经理）即为逾期，计算至今天，与危机计划的复查日期规则相同。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [
    nameInput,
    managerInput,
    managerVisit,
    managerStatus,
    departmentVisit,
    departmentStatus,
    recordInput,
    reportedInput,
    loopColumn,
    fastTrackInput,
    serviceInput,
  ],
  editable: {
    rowNoun: tx('VIP', 'VIP', 'VIP'),
    addLabel: tx('Add a VIP customer', 'Dodaj klienta VIP', '添加 VIP 客户'),
    minRows: 1,
  },
};

const blank = (r: Row) => vips.columns.every((c) => c.kind === 'computed' || text(r.cells[c.id]).trim() === '');

export function vipName(rows: readonly Row[], index: number, lang: Lang): string {
  return text(rows[index]?.cells['name']).trim() || rowName(vips, index, lang);
}

export interface VipLine {
  index: number;
  manager: Visit;
  department: Visit;
  /** The longer of the two delays, 0 when neither is overdue; undefined when neither is dated. */
  overdueDays: number | undefined;
}

export function vipLines(data: SheetData, today: string = todayIso()): { rows: Row[]; lines: VipLine[] } {
  const rows = tableRows(vips, data);
  const lines = rows.flatMap((r, index): VipLine[] => {
    if (blank(r)) return [];
    const manager = visitOf(r, managerVisit, MANAGER_MONTHS, today);
    const department = visitOf(r, departmentVisit, DEPARTMENT_MONTHS, today);
    const days = [manager.overdueDays, department.overdueDays].filter((d): d is number => d !== undefined);
    return [{ index, manager, department, overdueDays: days.length ? Math.max(...days) : undefined }];
  });
  return { rows, lines };
}

/** The first most overdue VIP (ties: the first typed). */
function mostOverdue(lines: readonly VipLine[]): VipLine | undefined {
  let best: VipLine | undefined;
  for (const l of lines) if ((l.overdueDays ?? 0) > (best?.overdueDays ?? 0)) best = l;
  return best;
}

const L = {
  manager: tx('Monthly visits on schedule', 'Wizyty miesięczne w terminie', '按时完成的每月拜访'),
  department: tx('Half-yearly visits on schedule', 'Wizyty półroczne w terminie', '按时完成的半年拜访'),
  loop: tx('VIPs with a closed loop', 'Klienci VIP z zamkniętą pętlą', '形成闭环的 VIP 客户'),
  most: tx('Most overdue', 'Najbardziej po terminie', '逾期最久'),
  mostDays: tx('Most overdue — days', 'Najbardziej po terminie — dni', '逾期最久 — 天数'),
};

function items(data: SheetData): ResultItem[] {
  const { rows, lines } = vipLines(data);
  const dated = tx('Enter a past visit date', 'Wpisz datę odbytej wizyty', '请填写已进行拜访的日期');
  const loops = lines.map((l) => loopOf(rows[l.index]!)).filter((x): x is boolean => x !== undefined);
  const most = mostOverdue(lines);
  const share = (x: number | undefined) => x;
  const anyDated = lines.some((l) => l.overdueDays !== undefined);
  return [
    {
      id: 'manager-on-schedule',
      label: L.manager,
      shown: { kind: 'num', value: share(onScheduleShare(lines.map((l) => l.manager))), format: 'pct0' },
      missing: dated,
    },
    {
      id: 'department-on-schedule',
      label: L.department,
      shown: { kind: 'num', value: onScheduleShare(lines.map((l) => l.department)), format: 'pct0' },
      missing: dated,
    },
    {
      id: 'loop-closed',
      label: L.loop,
      shown: {
        kind: 'num',
        value: loops.length ? loops.filter(Boolean).length / loops.length : undefined,
        format: 'pct0',
      },
      missing: tx(
        'Answer “Record kept?” and “Results reported back?”',
        'Odpowiedz na pytania o notatkę i przekazanie wyników',
        '请回答“是否填写沟通记录表”和“是否将结果反馈给客户”',
      ),
    },
    {
      id: 'most-overdue',
      label: L.most,
      shown: {
        kind: 'text',
        value: most
          ? tx(vipName(rows, most.index, 'en'), vipName(rows, most.index, 'pl'), vipName(rows, most.index, 'en'))
          : anyDated
            ? tx('None: every visit on schedule', 'Żadna: wszystkie wizyty w terminie', '无：所有拜访均按计划')
            : undefined,
      },
      missing: dated,
      tone: most ? 'bad' : anyDated ? 'good' : undefined,
      detail: most
        ? tx(
            `${most.overdueDays} days overdue`,
            `${formatNumber(most.overdueDays, 'int', 'pl')} dni po terminie`,
            `逾期 ${most.overdueDays} 天`,
          )
        : undefined,
    },
  ];
}

// ——— From the ABC analysis ———

/** The plan after adding the A customers of the ABC analysis (with its limits) not already in it by name. */
export function addAbcA(
  rows: readonly Row[],
  abc: SheetData | undefined,
  lang: Lang,
): { rows: Row[]; added: number } | undefined {
  const view = abc ? abcView(abc) : undefined;
  const a = view?.result?.ranked.filter((r) => r.cls === 'A') ?? [];
  if (!view || a.length === 0) return undefined;
  const key = (name: string) => name.trim().toLocaleLowerCase();
  const have = new Set(rows.map((r) => key(text(r.cells['name']))).filter(Boolean));
  const added: Row[] = [];
  for (const r of a) {
    const name = customerName(view.rows, r.index, lang);
    if (have.has(key(name))) continue;
    have.add(key(name));
    added.push(row({ name }));
  }
  return { rows: appendRows(rows, added), added: added.length };
}

// ——— Excel ———

function dateCell(input: InputDef, r: Row | undefined, lang: Lang): XCell {
  if (!r) return null;
  const raw = r.cells[input.id];
  const d = parseIsoDate(text(raw));
  const at = cellAt(vips.id, r.id, input.id);
  return d && d.y >= 1901 ? { v: excelSerial(d), z: 'yyyy-mm-dd', input: at } : inputCell(input, raw, lang, at);
}

/**
 * Columns: A no., B VIP, C manager, D monthly visit, E its status, F department visit, G its status,
 * H record, I reported, J loop, K fast track, L service, M days since the monthly visit, N days
 * since the half-yearly visit, O days overdue (the longer delay).
 */
function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([8, 28, 18, 14, 16, 14, 16, 10, 10, 10, 10, 28, 10, 10, 10]);
  const t = (x: Text) => pick(x, lang);
  const today = todayIso();
  const { rows, lines } = vipLines(data, today);
  const lineOf = new Map(lines.map((l) => [l.index, l]));
  b.add([{ v: t(vipCadence.title), style: 'title' }]);
  b.add([t(vipCadence.intro)]);
  b.blank();
  b.heading(t(vips.title!));
  b.add([
    label(vips.rowHeader, lang),
    ...vips.columns.map((c) => (c.kind === 'computed' ? label(c.label, lang) : headCell(t(c.label), vips.id, c.id))),
    label(tx('Days since the monthly visit', 'Dni od wizyty miesięcznej', '距每月拜访天数'), lang),
    label(tx('Days since the half-yearly visit', 'Dni od wizyty półrocznej', '距半年拜访天数'), lang),
    label(tx('Days overdue', 'Dni po terminie', '逾期天数'), lang),
  ]);
  b.markHeader();
  const S = (s: Exclude<VisitStatus, 'missing'>) => lit(t(STATUS_TEXT[s]));
  const Y = lit(t(YES));
  const N = lit(t(NO));
  const list = rows.length ? rows : [undefined];
  const first = b.next;
  const last = first + list.length - 1;
  // The same rule as scoring/visits.ts, against the day the file is opened (EDATE clamps like addMonths).
  const status = (d: string, months: number) =>
    `IF(ISNUMBER(${d}),IF(${d}>TODAY(),${S('future')},IF(EDATE(${d},${months})<TODAY(),${S('overdue')},${S('ok')})),IF(${d}="",${BLANK},${S('invalid')}))`;
  const late = (d: string, months: number) =>
    `IF(ISNUMBER(${d}),IF(${d}>TODAY(),"",MAX(0,TODAY()-EDATE(${d},${months}))),"")`;
  list.forEach((r, i) => {
    const n = b.next;
    const at = (x: InputDef) => (r ? inputCell(x, r.cells[x.id], lang, cellAt(vips.id, r.id, x.id)) : null);
    const line = lineOf.get(i);
    const [d1, d2] = [ref(3, n), ref(5, n)];
    const shown = (v: Visit | undefined) => (v && v.status !== 'missing' ? t(STATUS_TEXT[v.status]) : '');
    const loop = r ? loopOf(r) : undefined;
    const m = line?.manager;
    const dp = line?.department;
    b.add([
      r ? rowName(vips, i, lang) : null,
      at(nameInput),
      at(managerInput),
      dateCell(managerVisit, r, lang),
      { f: status(d1, MANAGER_MONTHS), v: shown(m) },
      dateCell(departmentVisit, r, lang),
      { f: status(d2, DEPARTMENT_MONTHS), v: shown(dp) },
      at(recordInput),
      at(reportedInput),
      {
        f: `IF(OR(${ref(7, n)}=${N},${ref(8, n)}=${N}),${N},IF(AND(${ref(7, n)}=${Y},${ref(8, n)}=${Y}),${Y},${BLANK}))`,
        v: loop === undefined ? '' : t(loop ? YES : NO),
      },
      at(fastTrackInput),
      at(serviceInput),
      { f: `IF(ISNUMBER(${d1}),IF(${d1}>TODAY(),"",TODAY()-${d1}),"")`, v: m?.days ?? '', z: EXCEL_FORMAT.int },
      { f: `IF(ISNUMBER(${d2}),IF(${d2}>TODAY(),"",TODAY()-${d2}),"")`, v: dp?.days ?? '', z: EXCEL_FORMAT.int },
      {
        f: `IF(AND(${late(d1, MANAGER_MONTHS)}="",${late(d2, DEPARTMENT_MONTHS)}=""),"",MAX(${late(d1, MANAGER_MONTHS)},${late(d2, DEPARTMENT_MONTHS)}))`,
        v: line?.overdueDays ?? '',
        z: EXCEL_FORMAT.int,
      },
    ]);
  });
  b.add(rowsEndRow(vips.id));
  const res = items(data);
  const value = (id: string) => {
    const s = res.find((x) => x.id === id)?.shown;
    return s?.kind === 'num' ? (s.value ?? '') : s?.value === undefined ? '' : pick(s.value, lang);
  };
  const range = (col: number) => `$${colName(col)}$${first}:$${colName(col)}$${last}`;
  const shareOf = (col: number, yes: string, no: string) =>
    `IF(${countIf(range(col), yes)}+${countIf(range(col), no)}=0,${BLANK},${countIf(range(col), yes)}/(${countIf(range(col), yes)}+${countIf(range(col), no)}))`;
  b.heading(t(tx('Results', 'Wyniki', '结果')));
  b.add([
    label(L.manager, lang),
    {
      f: shareOf(4, S('ok'), S('overdue')),
      v: value('manager-on-schedule'),
      z: EXCEL_FORMAT.pct0,
      result: 'manager-on-schedule',
    },
  ]);
  b.add([
    label(L.department, lang),
    {
      f: shareOf(6, S('ok'), S('overdue')),
      v: value('department-on-schedule'),
      z: EXCEL_FORMAT.pct0,
      result: 'department-on-schedule',
    },
  ]);
  b.add([
    label(L.loop, lang),
    { f: shareOf(9, Y, N), v: value('loop-closed'), z: EXCEL_FORMAT.pct0, result: 'loop-closed' },
  ]);
  const most = mostOverdue(lines);
  const daysRow = b.add([
    label(L.mostDays, lang),
    {
      f: `IF(COUNT(${range(14)})=0,"",MAX(${range(14)}))`,
      v: lines.some((l) => l.overdueDays !== undefined) ? (most?.overdueDays ?? 0) : '',
      z: EXCEL_FORMAT.int,
    },
  ]);
  const D = `$B$${daysRow}`;
  const hit = `MATCH(${D},${range(14)},0)`;
  b.add([
    label(L.most, lang),
    {
      f: `IF(${D}="",${BLANK},IF(${D}=0,${lit(t(tx('None: every visit on schedule', 'Żadna: wszystkie wizyty w terminie', '无：所有拜访均按计划')))},IF(TRIM(INDEX(${range(1)},${hit}))="",INDEX(${range(0)},${hit}),INDEX(${range(1)},${hit}))))`,
      v: value('most-overdue'),
      result: 'most-overdue',
    },
  ]);
  return b.build();
}

// ——— Defaults and example ———

function initial(): SheetData {
  const data = emptySheet();
  data.tables[vips.id] = [row(), row(), row()];
  return data;
}

const daysAgo = (n: number) => isoOf(dateOfDayNumber(dayNumber(parseIsoDate(todayIso())!) - n));

/** The A customers of the ABC example, with their visits counted back from today. */
const EXAMPLE: {
  manager: Record<Lang, string>;
  m: number;
  d: number;
  record: string;
  reported: string;
  fast: string;
  service: Record<Lang, string>;
}[] = [
  {
    manager: { en: 'Anna Novak', pl: 'Anna Nowak', zh: 'Anna Novak' },
    m: 12,
    d: 60,
    record: 'yes',
    reported: 'yes',
    fast: 'yes',
    service: {
      en: 'Next-day repair of fleet e-bikes, spare bikes on loan',
      pl: 'Naprawa e-rowerów floty w ciągu doby, rowery zastępcze',
      zh: '车队电动自行车次日修好，并借出备用车',
    },
  },
  {
    manager: { en: 'Peter Wood', pl: 'Piotr Lis', zh: 'Peter Wood' },
    m: 45,
    d: 150,
    record: 'yes',
    reported: 'no',
    fast: 'yes',
    service: {
      en: 'Tender documents prepared with the office',
      pl: 'Dokumenty przetargowe przygotowane z urzędem',
      zh: '与政府部门共同准备招标文件',
    },
  },
  {
    manager: { en: 'Kate Lee', pl: 'Katarzyna Wójcik', zh: 'Kate Lee' },
    m: 20,
    d: 210,
    record: 'yes',
    reported: 'yes',
    fast: 'no',
    service: {
      en: 'Cargo bikes branded in the café’s colours',
      pl: 'Rowery cargo w barwach kawiarni',
      zh: '印有咖啡馆品牌色的载货自行车',
    },
  },
  {
    manager: { en: 'Peter Wood', pl: 'Piotr Lis', zh: 'Peter Wood' },
    m: 28,
    d: 90,
    record: 'no',
    reported: 'no',
    fast: 'no',
    service: {
      en: 'Seasonal service before the summer',
      pl: 'Przegląd sezonowy przed latem',
      zh: '夏季前的季节性保养',
    },
  },
  {
    manager: { en: 'Anna Novak', pl: 'Anna Nowak', zh: 'Anna Novak' },
    m: 5,
    d: 30,
    record: 'yes',
    reported: 'yes',
    fast: 'yes',
    service: {
      en: 'Club discount and race-day mechanic',
      pl: 'Rabat klubowy i mechanik w dniu wyścigu',
      zh: '俱乐部折扣和比赛日随队技师',
    },
  },
];

function example(lang: Lang): SheetData {
  const data = emptySheet();
  const names = exampleCustomers(lang);
  data.tables[vips.id] = EXAMPLE.map((e, i) =>
    row({
      name: names[i]?.name ?? '',
      manager: e.manager[lang],
      managerVisit: daysAgo(e.m),
      departmentVisit: daysAgo(e.d),
      record: e.record,
      reported: e.reported,
      fastTrack: e.fast,
      service: e.service[lang],
    }),
  );
  return data;
}

export const vipCadence = {
  id: 'vip-cadence',
  title: TITLES['vip-cadence'],
  intro: tx(
    'For VIP customers, a dedicated account manager visits once a month, collects their opinions face to face and fills in the VIP communication record; functional department managers visit each VIP at least once every half year. Report the results back to the VIP and thank them for their help: only then is the loop closed.',
    'Klienta VIP raz w miesiącu odwiedza jego opiekun, zbiera opinie twarzą w twarz i wypełnia notatkę z rozmowy z klientem VIP; kierownicy działów odwiedzają każdego klienta VIP co najmniej raz na pół roku. Przekaż klientowi VIP wyniki i podziękuj za współpracę: dopiero wtedy pętla się zamyka.',
    '对于VIP客户，则由专门的客户经理每月一次登门拜访，面对面收集客户的意见填写出〈〈VIP客户沟通记录表〉〉，而且职能部门经理至少每半年拜访一次VIP客户。将结果反馈给VIP客户并对其配合表达谢意，这样，调查工作才能够形成闭环。',
  ),
  blocks: [
    {
      kind: 'custom',
      id: 'copy',
      panel: 'vip-copy',
      target: vips.id,
      title: tx('From the ABC analysis', 'Z analizy ABC', '来自 ABC 分析'),
    },
    vips,
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items },
    {
      kind: 'custom',
      id: 'chart',
      panel: 'vip-chart',
      target: vips.id,
      title: tx('Days since the last visit', 'Dni od ostatniej wizyty', '距上次拜访的天数'),
    },
  ],
  initial,
  example,
  excel,
  summary: items,
} satisfies WorksheetDef;
