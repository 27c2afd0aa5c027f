import { describe, expect, it } from 'vitest';
import { canOpen, firstOpenStep, nextStep } from './steps';

const address = {
  name: 'Ada',
  line1: '1 Main St',
  city: 'Springfield',
  region: 'CA',
  postalCode: '94107',
  country: 'US' as const,
};

describe('checkout steps', () => {
  it('opens at the first step without an answer', () => {
    expect(firstOpenStep({})).toBe('contact');
    expect(firstOpenStep({ email: 'a@b.co' })).toBe('address');
    expect(
      firstOpenStep({ email: 'a@b.co', shippingAddress: address, shippingMethod: 'standard' }),
    ).toBe('payment');
    expect(
      firstOpenStep({
        email: 'a@b.co',
        shippingAddress: address,
        shippingMethod: 'express',
        paymentMethod: { id: 'pm_1', brand: 'visa', last4: '4242' },
      }),
    ).toBe('review');
  });

  it('reopens the address step for a US or JP address saved without its state or prefecture', () => {
    const { region: _dropped, ...withoutState } = address;
    expect(firstOpenStep({ email: 'a@b.co', shippingAddress: withoutState })).toBe('address');
    const berlin = { ...withoutState, city: 'Berlin', postalCode: '10115', country: 'DE' as const };
    expect(firstOpenStep({ email: 'a@b.co', shippingAddress: berlin })).toBe('shipping');
  });

  it('never lets a shopper skip ahead of a missing answer, but always back', () => {
    const draft = { email: 'a@b.co' };
    expect(canOpen('contact', draft)).toBe(true);
    expect(canOpen('address', draft)).toBe(true);
    expect(canOpen('review', draft)).toBe(false);
    expect(nextStep('payment')).toBe('review');
    expect(nextStep('review')).toBe('review');
  });
});
