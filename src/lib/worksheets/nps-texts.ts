/**
 * Texts of the NPS worksheet's trend, change and segment views, shared by the page and the Excel
 * sheet (one wording in each language).
 */
import { tx } from './helpers';

export const NPS_TEXT = {
  overTime: tx('NPS over time', 'NPS w czasie', 'NPS 随时间的变化'),
  trendTitle: tx('NPS by round', 'NPS w kolejnych rundach', '各轮 NPS'),
  round: tx('Round', 'Runda', '轮次'),
  responses: tx('Responses', 'Odpowiedzi', '回答数'),
  nps: tx('NPS', 'NPS', 'NPS'),
  margin: tx('± margin (95%)', '± margines (95%)', '± 误差范围（95%）'),
  interval: tx('95% interval', 'Przedział 95%', '95% 区间'),
  promoters: tx('% Promoters', '% Promotorów', '推荐者占比'),
  passives: tx('% Passives', '% Pasywnych', '被动者占比'),
  detractors: tx('% Detractors', '% Krytyków', '贬损者占比'),
  changeTitle: tx('Change between two rounds', 'Zmiana między dwiema rundami', '两轮之间的变化'),
  from: tx('From', 'Od', '从'),
  to: tx('To', 'Do', '到'),
  change: tx('Change (points)', 'Zmiana (pkt)', '变化（百分点）'),
  changeMargin: tx('± 95% interval of the change', '± przedział 95% zmiany', '变化的 ± 95% 区间'),
  verdict: tx('Verdict', 'Ocena', '结论'),
  clear: tx(
    'the change is larger than its uncertainty',
    'zmiana jest większa niż jej niepewność',
    '变化大于其不确定性',
  ),
  within: tx(
    'within the uncertainty: not a clear change',
    'w granicach niepewności: to nie jest wyraźna zmiana',
    '在不确定性范围内：不是明确的变化',
  ),
  /** "up 12.0 points (± 9.8): the change is larger than its uncertainty". */
  sentence: tx(
    '{moved} (± {margin}): {verdict}',
    '{moved} (± {margin}): {verdict}',
    '{moved}（± {margin}）：{verdict}',
  ),
  up: tx('up {n} points', 'wzrost o {n} pkt', '上升 {n} 个百分点'),
  down: tx('down {n} points', 'spadek o {n} pkt', '下降 {n} 个百分点'),
  same: tx('no change', 'bez zmian', '没有变化'),
  sameRound: tx('Choose two different rounds.', 'Wybierz dwie różne rundy.', '请选择两个不同的轮次。'),
  noScoresIn: tx('{round} has no valid score yet.', '{round}: brak prawidłowych wartości.', '{round} 还没有有效评分。'),
  oneRound: tx(
    'Add a second round to see the change between rounds.',
    'Dodaj drugą rundę, aby zobaczyć zmianę między rundami.',
    '添加第二轮即可查看两轮之间的变化。',
  ),
  indicativeChange: tx(
    'indicative: a round has fewer than 30 responses',
    'orientacyjnie: runda ma mniej niż 30 odpowiedzi',
    '仅供参考：某一轮少于 30 份回答',
  ),
  segmentsTitle: tx('By segment', 'Według segmentu', '按细分群体'),
  segment: tx('Segment', 'Segment', '细分群体'),
  noSegment: tx('(no segment)', '(bez segmentu)', '（无细分群体）'),
  indicative: tx('indicative (fewer than 30)', 'orientacyjnie (mniej niż 30)', '仅供参考（少于 30）'),
  segmentsEmpty: tx(
    'Give respondents a segment (e.g. B2B, shop) to see the NPS of each.',
    'Przypisz respondentom segment (np. B2B, sklep), aby zobaczyć NPS każdego z nich.',
    '为受访者填写细分群体（例如 B2B、门店），即可查看各细分群体的 NPS。',
  ),
  detractorsTitle: tx('Detractors and their reasons', 'Krytycy i ich powody', '贬损者及其原因'),
  detractorsEmpty: tx('No detractors in this round.', 'W tej rundzie nie ma krytyków.', '本轮没有贬损者。'),
  detractorsInReport: tx(
    '{listed} of {total} detractors listed: those who gave a reason (all are in the Excel export).',
    'Wymieniono {listed} z {total} krytyków: tych, którzy podali powód (wszyscy są w eksporcie do Excela).',
    '列出了 {total} 位贬损者中的 {listed} 位：即填写了原因的贬损者（全部见 Excel 导出）。',
  ),
  noReason: tx('no reason given', 'nie podano powodu', '未填写原因'),
  score: tx('Score', 'Wartość', '评分'),
  reason: tx('Reason', 'Powód', '原因'),
  respondent: tx('Respondent', 'Respondent', '受访者'),
};
