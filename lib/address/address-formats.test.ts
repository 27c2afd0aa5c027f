import { describe, expect, it } from 'vitest';
import deDE from '@/messages/de-DE.json';
import enUS from '@/messages/en-US.json';
import frFR from '@/messages/fr-FR.json';
import jaJP from '@/messages/ja-JP.json';
import {
  ADDRESS_LIMITS,
  COUNTRIES,
  addressFieldsOf,
  addressFormat,
  regionName,
} from './address-formats';

describe('address formats (openapi/address-formats.json)', () => {
  it('ships to the four markets', () => {
    expect(COUNTRIES).toEqual(['US', 'DE', 'FR', 'JP']);
  });

  it('gives every country each field once, the region only where there are regions', () => {
    for (const country of COUNTRIES) {
      const fields = addressFieldsOf(country);
      expect(new Set(fields).size, country).toBe(fields.length);
      const expected = ['name', 'line1', 'line2', 'city', 'postalCode'];
      if (addressFormat(country).regions) expected.push('region');
      expect([...fields].sort(), country).toEqual(expected.sort());
    }
    expect(Object.keys(ADDRESS_LIMITS).sort()).toEqual(
      ['name', 'line1', 'line2', 'city', 'postalCode'].sort(),
    );
  });

  it('orders fields the way each country writes an address', () => {
    expect(addressFieldsOf('US')).toEqual([
      'name',
      'line1',
      'line2',
      'city',
      'region',
      'postalCode',
    ]);
    // Japan: postal code first, then prefecture, city and street.
    expect(addressFieldsOf('JP')).toEqual([
      'name',
      'postalCode',
      'region',
      'city',
      'line1',
      'line2',
    ]);
    for (const country of ['DE', 'FR'] as const) {
      expect(addressFieldsOf(country)).toEqual(['name', 'line1', 'line2', 'postalCode', 'city']);
      // Postal code and city on one row.
      expect(addressFormat(country).rows).toContainEqual(['postalCode', 'city']);
    }
  });

  it('lists the 50 states and DC by code, and the 47 prefectures by ISO 3166-2 code', () => {
    const us = addressFormat('US').regions!;
    expect(us).toHaveLength(51);
    expect(us.every((region) => /^[A-Z]{2}$/.test(region.code))).toBe(true);
    expect(us.map((region) => region.code)).toContain('DC');
    const jp = addressFormat('JP').regions!;
    expect(jp.map((region) => region.code)).toEqual(
      Array.from({ length: 47 }, (_, index) => `JP-${String(index + 1).padStart(2, '0')}`),
    );
    expect(jp.every((region) => /[都道府県]$/.test(region.names?.ja ?? ''))).toBe(true);
  });

  it('names a prefecture in Japanese for ja-JP and romanized elsewhere', () => {
    expect(regionName('JP', 'JP-13', 'ja-JP')).toBe('東京都');
    expect(regionName('JP', 'JP-13', 'en-US')).toBe('Tokyo');
    expect(regionName('JP', 'JP-01', 'de-DE')).toBe('Hokkaido');
    expect(regionName('US', 'CA', 'ja-JP')).toBe('California');
    expect(regionName('US', 'XX', 'en-US')).toBeUndefined();
  });

  it('labels every field with a message every locale has', () => {
    for (const messages of [enUS, deDE, frFR, jaJP]) {
      const checkout: Record<string, unknown> = messages.Checkout;
      for (const country of COUNTRIES) {
        const { labels } = addressFormat(country);
        for (const field of addressFieldsOf(country))
          expect(typeof checkout[labels[field] ?? field], `${country} ${field}`).toBe('string');
      }
      expect(typeof checkout.chooseRegion).toBe('string');
      expect(typeof messages.Checkout.errors.invalidRegion).toBe('string');
    }
  });

  it('has a postal code example each country accepts', () => {
    for (const country of COUNTRIES) {
      const { postalCode, postalCodePattern } = addressFormat(country);
      expect(postalCodePattern.test(postalCode.example), country).toBe(true);
    }
  });
});
