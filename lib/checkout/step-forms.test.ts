import { describe, expect, it } from 'vitest';
import { fromServiceFields, readAddress } from './step-forms';

const base = { name: 'Ada', line1: '1 Main St', city: 'Springfield', postalCode: '94107' };

describe('readAddress', () => {
  it('reads a US address with its state', () => {
    expect(readAddress({ ...base, region: 'CA', country: 'US' })).toEqual({
      ok: true,
      value: { ...base, region: 'CA', country: 'US' },
    });
  });

  it('asks for a state the US has, and refuses one it has not', () => {
    expect(readAddress({ ...base, country: 'US' })).toEqual({
      ok: false,
      errors: { region: 'required' },
    });
    expect(readAddress({ ...base, region: 'XX', postalCode: '9410', country: 'US' })).toEqual({
      ok: false,
      errors: { region: 'invalidRegion', postalCode: 'invalidPostalCode' },
    });
  });

  it('reads a Japanese address with its prefecture', () => {
    const tokyo = {
      name: '山田太郎',
      postalCode: '100-0001',
      region: 'JP-13',
      city: '千代田区',
      line1: '千代田1-1',
      country: 'JP',
    };
    expect(readAddress(tokyo)).toEqual({ ok: true, value: tokyo });
  });

  it('ignores a field the posted country does not have (a state left from another country)', () => {
    const berlin = { ...base, city: 'Berlin', postalCode: '10115', region: 'CA', country: 'DE' };
    expect(readAddress(berlin)).toEqual({
      ok: true,
      value: { ...base, city: 'Berlin', postalCode: '10115', country: 'DE' },
    });
  });

  it('refuses a country the shop does not ship to', () => {
    expect(readAddress({ ...base, country: 'GB' })).toEqual({
      ok: false,
      errors: { country: 'invalidCountry' },
    });
  });

  it('maps the service’s region code to the form’s', () => {
    expect(fromServiceFields({ 'shippingAddress.region': 'invalid_region' })).toEqual({
      region: 'invalidRegion',
    });
  });
});
