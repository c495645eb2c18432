import type { CellValue, InputDef, Lang } from '../../worksheets/types';

/** Every field component takes the same props: one renderer per field kind. */
export interface FieldProps {
  input: InputDef;
  value: CellValue | undefined;
  /** Accessible name: "Respondent 3 — Score", or the field's label. */
  name: string;
  /** DOM id, unique on the page. */
  id: string;
  lang: Lang;
  /** Id of the text that explains the input (its column's or field's range and meaning). */
  describedby?: string;
  onchange: (value: CellValue) => void;
}

export const str = (v: CellValue | undefined): string => (typeof v === 'string' ? v : '');
