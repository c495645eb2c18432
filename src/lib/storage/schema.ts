/**
 * The database's name and schema version (db.ts declares every version up to this one), without
 * Dexie: the first screen checks the stored version before Dexie is loaded (peek.ts).
 * IndexedDB's own version number is Dexie's × 10.
 */
export const DB_NAME = 'crm-workbook';
export const SCHEMA_VERSION = 4;
/** The stores peek.ts may read (db.ts: v1 workbooks, v2 meta, v3 groups, v4 summaries). */
export type StoreName = 'workbooks' | 'meta' | 'groups' | 'summaries';
