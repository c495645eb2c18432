/**
 * Hash routes, so reload, bookmarks and the back button work on a static host:
 *   #/                       the workbook list
 *   #/w/{workbookId}         a workbook (first worksheet)
 *   #/w/{workbookId}/{sheet} a worksheet
 *   #/w/{workbookId}/summary the workbook's Summary page
 *   #/w/{workbookId}/report  its printable report
 *   #/g/{groupId}            a workshop group (#/g/{groupId}/p/{copyId}: a participant's copy, read-only)
 *   #/open/{payload}         a workbook carried by a link (workshop/link-codec.ts); #/open once read
 * Anything else, a malformed escape (`%E0%A4%A`) included, is "not found", never a blank page.
 */
export type Route =
  | { page: 'home' }
  | { page: 'workbook'; id: string; sheet: string | undefined }
  | { page: 'group'; id: string; participant: string | undefined }
  | { page: 'open'; payload: string | undefined }
  | { page: 'not-found' };

function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined; // a malformed % escape
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (raw.length === 0) return { page: 'home' };
  const parts = raw.map(decodePart);
  if (parts.some((p) => p === undefined)) return { page: 'not-found' };
  const [kind, id, sheet, ...rest] = parts as string[];
  if (kind === 'w' && id && rest.length === 0) return { page: 'workbook', id, sheet };
  if (kind === 'g' && id && sheet === undefined) return { page: 'group', id, participant: undefined };
  if (kind === 'g' && id && sheet === 'p' && rest.length === 1) return { page: 'group', id, participant: rest[0] };
  if (kind === 'open' && sheet === undefined) return { page: 'open', payload: id };
  return { page: 'not-found' };
}

/** The sheet part of the Summary page's address (#/w/{id}/summary): no worksheet has this id. */
export const SUMMARY = 'summary';
/** The printable report's (#/w/{id}/report). */
export const REPORT = 'report';

export const hrefHome = '#/';
export const hrefWorkbook = (id: string, sheet?: string): string =>
  `#/w/${encodeURIComponent(id)}${sheet ? `/${encodeURIComponent(sheet)}` : ''}`;
export const hrefGroup = (id: string, participant?: string): string =>
  `#/g/${encodeURIComponent(id)}${participant ? `/p/${encodeURIComponent(participant)}` : ''}`;
