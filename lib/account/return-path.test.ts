import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe('returnPath', () => {
  it('keeps a path of the storefront in the same locale', () => {
    expect(returnPath('de-DE', '/de-DE/account/orders')).toBe('/de-DE/account/orders');
    expect(returnPath('de-DE', '/de-DE/checkout/review?x=1')).toBe('/de-DE/checkout/review?x=1');
  });

  it.each([
    'https://evil.example/de-DE/',
    '//evil.example/de-DE/',
    '/de-DE/\\evil.example',
    '/en-US/account',
    '/de-DE/ account',
    42,
    undefined,
    `/de-DE/${'a'.repeat(600)}`,
  ])('sends %s to the account page instead', (requested) => {
    expect(returnPath('de-DE', requested)).toBe('/de-DE/account');
  });
});
