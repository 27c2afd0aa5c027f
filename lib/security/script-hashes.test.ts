import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './script-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, by its exact text, UTF-8 included', () => {
    const push = 'self.__next_f.push([1,"日本 \\u003c"])';
    const html = `<html><head><script>${push}</script></head><body><script type="module">a()</script><script>${push}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(push), sha('a()')]);
  });

  it('leaves out scripts with src and data blocks, which CSP does not run inline', () => {
    const html =
      '<script src="/_next/app.js" async=""></script><script type="application/ld+json">{"@type":"Product"}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('hashes an empty inline script too: the browser checks it like any other', () => {
    expect(inlineScriptHashes('<script></script>')).toEqual([sha('')]);
  });
});
