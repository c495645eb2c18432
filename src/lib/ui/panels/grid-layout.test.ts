import { describe, expect, it } from 'vitest';
import { drawGrid, fitText, roughMeasure, type Box, type GridTexts } from './grid-layout';
import { placeCustomers, type GridCustomer } from '../../scoring/quadrant';

const texts: GridTexts = {
  quadrant: { key: 'Key players', satisfied: 'Keep satisfied', informed: 'Keep informed', monitor: 'Monitor' },
  low: 'Low',
  high: 'High',
};
const m = (s: string) => roughMeasure(s, 13);

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const within = (a: Box, b: Box) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.w <= b.x + b.w + 1e-6 && a.y + a.h <= b.y + b.h + 1e-6;

function check(customers: GridCustomer[], width: number) {
  const layout = placeCustomers(customers);
  const d = drawGrid(layout, width, texts, roughMeasure);
  expect(d.names).toHaveLength(layout.placed.length);
  const boxOf = new Map(d.quadrants.map((q) => [q.quadrant, q.box]));
  d.names.forEach((n, i) => {
    expect(within(n.box, boxOf.get(n.quadrant)!), `${n.name} inside its quadrant`).toBe(true);
    expect(roughMeasure(n.text, 13)).toBeLessThanOrEqual(n.box.w + 1e-6);
    for (const o of d.names.slice(i + 1)) expect(overlap(n.box, o.box), `${n.name} / ${o.name}`).toBe(false);
    for (const o of d.names) if (o !== n) expect(overlap(n.box, { x: o.dot.x - 5, y: o.dot.y - 5, w: 10, h: 10 })).toBe(false);
    expect(n.text === n.name || n.text.endsWith('…')).toBe(true);
  });
  return d;
}

const c = (id: string, name: string, interest?: 'low' | 'high', influence?: 'low' | 'high', interestScore?: number, influenceScore?: number): GridCustomer => ({
  id,
  name,
  interest,
  influence,
  interestScore,
  influenceScore,
});

describe('fitText', () => {
  it.each([
    ['Short', 100, 'Short'],
    ['A rather long customer name', 60, 'A rath…'],
    ['Abc', 0, '…'],
  ])('%s in %i px → %s', (text, max, expected) => {
    const fitted = fitText(text, max, m);
    expect(fitted).toBe(expected);
  });
  it('never exceeds the width unless nothing fits', () => {
    for (let w = 20; w < 300; w += 7) expect(m(fitText('Wydział zamówień urzędu miasta stołecznego', w, m))).toBeLessThanOrEqual(w);
  });
});

describe('drawGrid keeps names apart and inside their quadrant', () => {
  it('the example: two exact, three spread', () => {
    const d = check(
      [
        c('a', 'City Hall procurement office', 'low', 'high', 3, 8),
        c('b', 'Green Bean café chain', 'high', 'high', 9, 7),
        c('c', 'Riverside football club', 'high', 'low', 7, 3),
        c('d', 'Walk-in customers', 'low', 'low'),
        c('e', 'Bella Wedding Planners', 'high', 'high'),
      ],
      880,
    );
    expect(d.names.map((n) => n.text)).toContain('City Hall procurement office');
    // y is 0 at the bottom: a high-influence customer is drawn above a low one.
    const a = d.names.find((n) => n.id === 'a')!;
    const cc = d.names.find((n) => n.id === 'c')!;
    expect(a.dot.y).toBeLessThan(cc.dot.y);
    expect(cc.dot.x).toBeGreaterThan(a.dot.x);
  });
  it.each([320, 480, 880])('identical scores, crowded quadrants and long names at %i px', (width) => {
    const many: GridCustomer[] = [];
    for (let i = 0; i < 9; i++) many.push(c(`s${i}`, `Same point customer number ${i}`, undefined, undefined, 8, 8));
    for (let i = 0; i < 14; i++) many.push(c(`k${i}`, `Key player with a very very long company name ${i}`, 'high', 'high'));
    for (let i = 0; i < 6; i++) many.push(c(`e${i}`, `Edge ${i}`, undefined, undefined, 10, 10 - i));
    many.push(c('m', 'M', 'low', 'low'));
    const d = check(many, width);
    expect(d.names.some((n) => n.text.endsWith('…'))).toBe(true);
  });
  it('a name too long for its quadrant is shortened where most of it shows', () => {
    const name = 'Contoso Pharmaceuticals International Holdings Group of Companies and Partners';
    const d = check([c('a', name, 'low', 'high')], 880);
    const q = d.quadrants.find((x) => x.quadrant === 'satisfied')!.box;
    const n = d.names[0]!;
    expect(n.text.endsWith('…')).toBe(true);
    expect(name.startsWith(n.text.slice(0, -1))).toBe(true);
    // Centred under the dot it gets nearly the quadrant's width, not just the half beside the dot.
    expect(n.box.w).toBeGreaterThan(q.w * 0.8);
  });
  it('no customers: an empty grid of four quadrants', () => {
    const d = check([], 600);
    expect(d.quadrants.map((q) => q.quadrant)).toEqual(['satisfied', 'key', 'monitor', 'informed']);
    expect(d.height).toBeGreaterThan(d.plot.h);
  });
});
