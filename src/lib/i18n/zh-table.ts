/**
 * Simplified Chinese texts of a long table's pager, paste and file import (every English key,
 * checked by the type). Registered in translate.ts's loaders once the zh locale exists there.
 */
import type { Messages } from './en';
import type { enTable } from './en-table';

export const zhTable: Messages<typeof enTable> = {
  tableAddMany: '批量添加行',
  tablePasteLabel: '粘贴行',
  tablePasteHint:
    '每行一条记录，列之间用制表符（从电子表格复制时即是如此）、分号或逗号分隔。第一行写列名（{columns}）时，每个值进入对应的列；没有列名时，值按此顺序填入各列。',
  tablePasteHintOne:
    '每行一个值，或一行多个值，用制表符、分号或逗号分隔。第一行若是“{column}”之类的标题则跳过。在含制表符或分号的行中，逗号是小数点（7,5）；其他情况下“7,5”读作两个值：7 和 5。',
  tableAddPastedHintList:
    '没有制表符、也没有写出列名的标题时，文本按“{column}”的列表读取：每行一个值，或一行多个值，用分号或逗号分隔（“7,5”读作 7 和 5）。',
  tableAddPasted: '添加行',
  tableFileLabel: '从 .csv 或 .xlsx 文件导入列',
  tableFileHint: '最大 {mb} MB。添加任何内容之前，先由您选择列。',
  tableChooseFile: '选择文件…',
  tableNoFile: '未选择文件',
  tableSheet: '工作表',
  tableColumnsFrom: '{file} 的列',
  tableColumnFor: '“{column}”对应的文件列',
  tableColumnNone: '（文件中没有）',
  tableFileColumn: '第 {letter} 列',
  tableFileColumnNamed: '第 {letter} 列 — {header}',
  tableValues: { one: '{n} 个值', other: '{n} 个值' },
  tableAddFromFile: '从文件添加行',
  tableReading: '正在读取文件…',
  tableFileProblem: '“{file}”：{reason} 未做任何更改。',
  tableFileTooLarge: '文件大于 {mb} MB。',
  tableFileEmpty: '文件中没有数据。',
  tableFileUnreadable: '无法将文件读取为 .csv 或 .xlsx（文件可能已损坏或是其他类型）。',
  tableFileType: '请选择 .csv 或 .xlsx 文件。',
  tableFileInflates: '该 .xlsx 文件解压后的数据量远超任何表格（可能是特制的“压缩炸弹”），因此未打开。',
  tableFileLoad: '无法加载文件读取模块，请重试。',
  tableTooMany: '一次添加的行过多：{n}（最多 {max}）。未添加任何内容。',
  tableUnknownHeader:
    '第 {line} 行看起来是标题，但没有写出本表的任何列（{names}）。本表的列为：{columns}。未添加任何内容。',
  tableTooWide:
    '第 {line} 行有 {cells} 个值，而本表只有 {columns} 列。请在第一行写出列名，或少粘贴几列。未添加任何内容。',
  tableNoColumnChosen: '请至少选择一个文件列。',
  tableAdded: { one: '已添加 {n} 行。', other: '已添加 {n} 行。' },
  tableNoneAdded: '未添加任何行。',
  tableUndoAdd: '撤销本次添加',
  tableHeaderRead: '第 {line} 行被读作列名。',
  tableHeaderSkipped: '第 {line} 行（{value}）被读作标题并已跳过。',
  tableIgnored: '本表没有的列已略去：{names}。',
  tablePair: '第 {line} 行（{value}）被读作两个值：{a} 和 {b}。',
  tablePairsMore: { one: '…另有 {n} 行类似。', other: '…另有 {n} 行类似。' },
  tableFlaggedTitle: { one: '已按原样添加，请在表中检查（{n}）：', other: '已按原样添加，请在表中检查（{n}）：' },
  tableFlaggedMore: '…另有 {n} 条。',
  tableShowAll: '全部显示（{n}）',
  tableWhereLine: '第 {line} 行',
  tableWhereRow: '第 {line} 行',
  tableReasonNan: '不是数字',
  tableReasonInteger: '不是整数',
  tableReasonRange: '超出 {min}–{max}',
  tableReasonAmbiguous: '千位分隔还是小数：含义不明',
  tableReasonOption: '不是可选项之一',
  tableGoTo: '转到行',
  tableGo: '转到',
  tableGoError: '请输入 1 到 {max} 之间的行号',
  tablePages: '{table} 的分页',
};
