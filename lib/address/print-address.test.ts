import { describe, expect, it } from 'vitest';
import { printAddress } from './print-address';

describe('printAddress', () => {
  it('prints a US address with the state code after the city', () => {
    const address = {
      name: 'Ada Lovelace',
      line1: '1 Main St',
      line2: 'Apt 4',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      country: 'US',
    };
    expect(printAddress(address, 'en-US')).toEqual([
      'Ada Lovelace',
      '1 Main St',
      'Apt 4',
      'Springfield, IL 62701',
    ]);
  });

  it('prints a Japanese address from 〒 and the prefecture, named in the reader’s language', () => {
    const address = {
      name: '山田太郎',
      line1: '千代田1-1',
      city: '千代田区',
      region: 'JP-13',
      postalCode: '100-0001',
      country: 'JP',
    };
    expect(printAddress(address, 'ja-JP')).toEqual([
      '山田太郎',
      '〒100-0001',
      '東京都 千代田区 千代田1-1',
    ]);
    expect(printAddress(address, 'en-US')[2]).toBe('Tokyo 千代田区 千代田1-1');
  });

  it('prints the postal code before the city in Germany and France', () => {
    const address = {
      name: 'Erika',
      line1: 'Hauptstraße 1',
      city: 'Berlin',
      postalCode: '10115',
      country: 'DE',
    };
    expect(printAddress(address, 'de-DE')).toEqual(['Erika', 'Hauptstraße 1', '10115 Berlin']);
  });

  it('leaves no gap where an address saved before states were asked for has none', () => {
    const address = {
      name: 'Ada',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '94107',
      country: 'US',
    };
    expect(printAddress(address, 'en-US').at(-1)).toBe('Springfield, 94107');
  });
});
