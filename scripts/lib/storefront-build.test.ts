import { describe, expect, it } from 'vitest';
import { serveArgs } from './storefront-build';

describe('serveArgs', () => {
  it('caps the server heap at 512 MB unless STOREFRONT_HEAP_MB says otherwise', () => {
    expect(serveArgs(3000, '127.0.0.1', {})[0]).toBe('--max-old-space-size=512');
    expect(serveArgs(3000, '127.0.0.1', { STOREFRONT_HEAP_MB: '1024' })[0]).toBe(
      '--max-old-space-size=1024',
    );
    expect(serveArgs(3001, '0.0.0.0', {}).slice(-4)).toEqual([
      '--port',
      '3001',
      '--hostname',
      '0.0.0.0',
    ]);
  });

  it('refuses a heap too small to serve or not a number, naming the variable', () => {
    expect(() => serveArgs(3000, '127.0.0.1', { STOREFRONT_HEAP_MB: '64' })).toThrow(
      /STOREFRONT_HEAP_MB/,
    );
    expect(() => serveArgs(3000, '127.0.0.1', { STOREFRONT_HEAP_MB: 'lots' })).toThrow(
      /STOREFRONT_HEAP_MB/,
    );
  });
});
