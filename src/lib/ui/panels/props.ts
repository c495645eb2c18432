import type { CustomBlock, SheetData, WorksheetDef } from '../../worksheets/types';
import type { WorkbookSession } from '../../state/session.svelte';

/** Props of every custom panel (charts, heat map, actions). */
export interface PanelProps {
  block: CustomBlock;
  def: WorksheetDef;
  sheet: SheetData;
  session: WorkbookSession;
  /** Drawn in the report: read-only, choices shown as text. */
  inReport?: boolean;
}
