/**
 * Hash routes, so reload, bookmarks and the back button work on a static host:
 *   #/                       the workbook list
 *   #/w/{workbookId}         a workbook (first worksheet)
 *   #/w/{workbookId}/{sheet} a worksheet
 */
export type Route = { page: 'home' } | { page: 'workbook'; id: string; sheet: string | undefined };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'w' && parts[1]) return { page: 'workbook', id: parts[1], sheet: parts[2] };
  return { page: 'home' };
}

export const hrefHome = '#/';
export const hrefWorkbook = (id: string, sheet?: string): string =>
  `#/w/${encodeURIComponent(id)}${sheet ? `/${encodeURIComponent(sheet)}` : ''}`;

class RouteState {
  current = $state<Route>(parseHash(location.hash));
  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = parseHash(location.hash);
    });
  }
  go(href: string) {
    location.hash = href;
  }
}

export const route = new RouteState();
