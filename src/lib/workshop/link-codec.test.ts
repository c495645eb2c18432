import { describe, expect, it } from 'vitest';
import { decodeWorkbook, encodeWorkbook, LINK_PREFIX, linkFor, payloadOf } from './link-codec';
import { newWorkbook } from '../storage/record';

const record = () => {
  const r = newWorkbook('Gdańsk — zażółć gęślą jaźń 工作簿', 'pl', 1000);
  r.sheets['nps-survey'] = {
    fields: {},
    tables: { respondents: ['10', '9', '4', 'abc'].map((score, i) => ({ id: `r${i}`, cells: { score } })) },
  };
  return r;
};

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('link codec', () => {
  it('round trip, address-safe, versioned', async () => {
    const r = record();
    const payload = await encodeWorkbook({ ...r, deletedAt: 5 });
    expect(payload.startsWith(LINK_PREFIX)).toBe(true);
    expect(payload).toMatch(/^[A-Za-z0-9._-]+$/);
    const back = await decodeWorkbook(payload);
    expect(back).toEqual({ ok: true, record: { ...r, deletedAt: 0 } });
  });
  it('found in a whole link or bare', async () => {
    const payload = await encodeWorkbook(record());
    expect(payloadOf(linkFor('http://x/app/#/w/1', payload))).toBe(payload);
    expect(payloadOf(`  ${payload} `)).toBe(payload);
    expect(payloadOf('hello')).toBeUndefined();
  });
  it('too large: a decompression bomb is refused while inflating', async () => {
    const bomb = `w1.${await deflate(JSON.stringify({ app: 'crm-workbook', pad: 'x'.repeat(5_000_000) }))}`;
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeWorkbook(bomb)).toEqual({ ok: false, problem: 'too-large' });
    const payload = await encodeWorkbook(record());
    expect(await decodeWorkbook(payload, 100)).toEqual({ ok: false, problem: 'too-large' });
  });
  it('damaged', async () => {
    const payload = await encodeWorkbook(record());
    for (const bad of [
      'w1.',
      'w1.%%%',
      payload.slice(0, payload.length / 2),
      `w1.${btoa('not deflate at all')}`,
      `w1.${await deflate('{not json')}`,
    ])
      expect(await decodeWorkbook(bad), bad).toEqual({ ok: false, problem: 'damaged' });
  });
  it('wrong version, not ours, newer data', async () => {
    const payload = await encodeWorkbook(record());
    expect(await decodeWorkbook(payload.replace(/^w1\./, 'w2.'))).toEqual({ ok: false, problem: 'wrong-version' });
    expect(await decodeWorkbook(`w1.${await deflate('{"app":"other","workbook":{"id":"x"}}')}`)).toEqual({
      ok: false,
      problem: 'not-ours',
    });
    const newer = `w1.${await deflate(JSON.stringify({ app: 'crm-workbook', workbook: { ...record(), dataVersion: 99 } }))}`;
    expect(await decodeWorkbook(newer)).toEqual({ ok: false, problem: 'newer-version' });
  });
});
