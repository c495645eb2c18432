import { describe, expect, it } from 'vitest';
import { hrefWorkbook, parseHash } from './route-parse';
import { hrefGroup } from './route-parse';

describe('parseHash', () => {
  it.each([
    ['', { page: 'home' }],
    ['#', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/w/abc', { page: 'workbook', id: 'abc', sheet: undefined }],
    ['#/w/abc/nps-survey', { page: 'workbook', id: 'abc', sheet: 'nps-survey' }],
    ['#/w/a%20b/crm-audit', { page: 'workbook', id: 'a b', sheet: 'crm-audit' }],
    // A malformed escape used to throw in decodeURIComponent and leave a blank page.
    ['#/w/%E0%A4%A', { page: 'not-found' }],
    ['#/w/abc/%', { page: 'not-found' }],
    ['#/nowhere', { page: 'not-found' }],
    ['#/w', { page: 'not-found' }],
    ['#/w/abc/nps-survey/extra', { page: 'not-found' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('reads back every link it makes', () => {
    const id = 'wb 1/ü%';
    expect(parseHash(hrefWorkbook(id, 'crisis-plan'))).toEqual({ page: 'workbook', id, sheet: 'crisis-plan' });
  });
});

describe('workshop routes', () => {
  it.each([
    ['#/g/gr-1', { page: 'group', id: 'gr-1', participant: undefined }],
    ['#/g/gr-1/p/wb-2', { page: 'group', id: 'gr-1', participant: 'wb-2' }],
    ['#/g/gr-1/x/wb-2', { page: 'not-found' }],
    ['#/open/w1.abc-_', { page: 'open', payload: 'w1.abc-_' }],
    ['#/open', { page: 'open', payload: undefined }],
  ])('%s', (hash, want) => expect(parseHash(hash)).toEqual(want));
  it('links', () => {
    expect(hrefGroup('g 1')).toBe('#/g/g%201');
    expect(parseHash(hrefGroup('g/1', 'p 2'))).toEqual({ page: 'group', id: 'g/1', participant: 'p 2' });
  });
});
