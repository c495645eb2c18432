/**
 * One input read from an imported file, for the preview of changes. A table cell's is named
 * ("Respondent 12 — Score") only when asked: a file of 30,000 respondents has 90,000 of them, the
 * preview names the few it shows, and a name built for each would be 270,000 strings to make and
 * copy from the reading worker.
 */
import type { CellValue, InputDef, InputPath, Text, WorksheetId } from '../worksheets/types';
import { inputName, type FoundInput } from '../worksheets/input-lookup';

export interface ReadInput {
  sheet: WorksheetId;
  cell: string;
  readonly label: Text;
  readonly input: InputDef;
  where: InputPath;
  value: CellValue;
}

export class TableCellInput implements ReadInput {
  constructor(
    readonly sheet: WorksheetId,
    readonly cell: string,
    readonly found: FoundInput,
    readonly where: InputPath,
    readonly value: CellValue,
    /** The row's place in its table: final once the table's rows are (rows inserted above move it). */
    public index: number,
  ) {}

  get input(): InputDef {
    return this.found.input;
  }

  get label(): Text {
    return inputName(this.found, this.index);
  }
}
