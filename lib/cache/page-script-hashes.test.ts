import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, SCRIPT_HASHES_HEADER } from '@/lib/security/script-hashes';
import { withScriptHashes } from './page-script-hashes';

describe('withScriptHashes', () => {
  it('adds the hashes of a page entry once, in place, keeping its other headers', () => {
    const html = '<script>self.__next_f.push([0])</script>';
    const headers: Record<string, string> = { 'x-next-cache-tags': 'product:1' };
    const value = { kind: 'APP_PAGE', html, headers };
    withScriptHashes(value);
    expect(value.headers).toEqual({
      'x-next-cache-tags': 'product:1',
      [SCRIPT_HASHES_HEADER]: inlineScriptHashes(html).join(' '),
    });
    // Already there: not computed again, even if the page were different.
    value.html = '<script>other()</script>';
    withScriptHashes(value);
    expect(value.headers[SCRIPT_HASHES_HEADER]).toBe(inlineScriptHashes(html).join(' '));
  });

  it('leaves fetch data, route bodies and images alone', () => {
    const fetched = { kind: 'FETCH', data: { body: '<script>x()</script>' } };
    expect(withScriptHashes(fetched)).toEqual({
      kind: 'FETCH',
      data: { body: '<script>x()</script>' },
    });
    expect(withScriptHashes(null)).toBeNull();
  });
});
