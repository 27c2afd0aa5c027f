import { describe, expect, it } from 'vitest';
import { checkPostalCode, checkRegion } from './address-rules';

describe('address rules', () => {
  it.each([
    ['US', '94107', undefined],
    ['US', '94107-1234', undefined],
    ['US', '9410', 'invalidPostalCode'],
    ['DE', '10115', undefined],
    ['DE', '1011', 'invalidPostalCode'],
    ['FR', '75001', undefined],
    ['FR', '7500A', 'invalidPostalCode'],
    ['JP', '100-0001', undefined],
    ['JP', '1000001', undefined],
    ['JP', '100-001', 'invalidPostalCode'],
    ['GB', 'SW1A 1AA', 'invalidCountry'],
    ['US', ' ', 'required'],
  ])('postal code for %s: %s → %s', (country, code, expected) => {
    expect(checkPostalCode(code, country)).toBe(expected);
  });

  it.each([
    ['US', 'CA', undefined],
    ['US', 'DC', undefined],
    ['US', 'XX', 'invalidRegion'],
    ['US', 'JP-13', 'invalidRegion'],
    ['US', '', 'required'],
    ['JP', 'JP-13', undefined],
    ['JP', 'JP-48', 'invalidRegion'],
    ['JP', '', 'required'],
    ['DE', '', undefined],
    ['FR', 'IDF', 'invalidRegion'],
    ['GB', '', 'invalidCountry'],
  ])('region for %s: %j → %s', (country, region, expected) => {
    expect(checkRegion(region, country)).toBe(expected);
  });
});
