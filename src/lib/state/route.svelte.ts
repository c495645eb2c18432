/** The current hash route, followed as it changes (parsing and links: route-parse.ts). */
import { parseHash, type Route } from './route-parse';

export { hrefGroup, hrefHome, hrefWorkbook, REPORT, SUMMARY } from './route-parse';

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
