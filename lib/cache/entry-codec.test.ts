import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, type StoredEntry } from './entry-codec';

const page: StoredEntry = {
  lastModified: 1_700_000_000_000,
  cacheControl: { revalidate: 300, expire: 86_400 },
  tags: ['product:p-1', '_N_T_/en-US/p/tee'],
  value: {
    kind: 'APP_PAGE',
    html: '<html>é</html>',
    rscData: Buffer.from([0, 1, 2, 255, 254]),
    headers: { 'x-next-cache-tags': 'product:p-1' },
    status: 200,
    segmentData: new Map([
      ['/_tree', Buffer.from('tree')],
      ['/[locale]/p/[slug]', Buffer.from([0xff, 0x00])],
    ]),
  },
};

describe('entry codec', () => {
  it('brings Buffers and Maps back as Buffers and Maps, byte for byte', () => {
    const decoded = decodeEntry(encodeEntry(page));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const value = decoded.entry.value as typeof page.value & {
      rscData: Buffer;
      segmentData: Map<string, Buffer>;
    };
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect([...value.rscData]).toEqual([0, 1, 2, 255, 254]);
    expect(value.segmentData).toBeInstanceOf(Map);
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree');
    expect([...value.segmentData.get('/[locale]/p/[slug]')!]).toEqual([0xff, 0x00]);
    expect(decoded.entry.cacheControl).toEqual({ revalidate: 300, expire: 86_400 });
    expect(decoded.entry.tags).toEqual(page.tags);
    expect((decoded.entry.value as { html: string }).html).toBe('<html>é</html>');
  });

  it('stores Buffers as base64, not as arrays of numbers', () => {
    const text = encodeEntry({ ...page, value: { kind: 'IMAGE', buffer: Buffer.alloc(3000, 7) } });
    expect(text.length).toBeLessThan(4500);
  });

  it('turns corrupt, foreign and older-format values into a reason, never a throw', () => {
    expect(decodeEntry('{"format":1,"entry":')).toEqual({ ok: false, reason: 'not JSON' });
    expect(decodeEntry('"just a string"')).toEqual({ ok: false, reason: 'unknown format' });
    expect(decodeEntry(JSON.stringify({ format: 0, entry: page }))).toEqual({
      ok: false,
      reason: 'unknown format',
    });
    expect(
      decodeEntry(JSON.stringify({ format: 1, entry: { lastModified: 'yesterday' } })),
    ).toEqual({ ok: false, reason: 'not a cache entry' });
    expect(
      decodeEntry(JSON.stringify({ format: 1, entry: { ...page, value: { html: 'no kind' } } })),
    ).toEqual({ ok: false, reason: 'not a cache entry' });
  });
});
