import { describe, expect, it } from 'vitest';
import { cardFormSchema } from '../payment/card-form';
import { cardDigits, checkCardNumber } from '@/lib/checkout/field-rules';

/**
 * The storefront checks a card number (length and Luhn) before it tokenizes the card; the payment
 * service checks it again in POST /payment/methods. A number only one side accepts is either a
 * form error the PSP would not raise or a shopper sent on to a 400 after "Continue".
 */
const NUMBERS: Array<{ number: string; valid: boolean; why: string }> = [
  { number: '4242424242424242', valid: true, why: 'the success test card' },
  { number: '4000000000009995', valid: true, why: 'the declining test card (declines later)' },
  { number: '5555555555554444', valid: true, why: 'a Mastercard test number' },
  { number: '378282246310005', valid: true, why: '15 digits (Amex)' },
  { number: '424242424242', valid: true, why: '12 digits, the shortest allowed' },
  { number: '4242424242424242428', valid: true, why: '19 digits, the longest allowed' },
  { number: '4242 4242 4242 4242', valid: true, why: 'grouped with spaces' },
  { number: '4242-4242-4242-4242', valid: true, why: 'grouped with dashes' },
  { number: ' 4242\t4242\u00a04242 4242 ', valid: true, why: 'tabs, no-break space, padding' },
  { number: '4242424242424241', valid: false, why: 'fails the Luhn check' },
  { number: '4242 4242 4242 4241', valid: false, why: 'fails the Luhn check, with spaces' },
  { number: '42424242420', valid: false, why: '11 digits: Luhn-valid but too short' },
  { number: '42424242424242424242', valid: false, why: '20 digits: Luhn-valid but too long' },
  { number: '4242424242abcd42', valid: false, why: 'letters' },
  { number: '4242.4242.4242.4242', valid: false, why: 'dots are not separators' },
  { number: '+4242424242424242', valid: false, why: 'a sign' },
  { number: '４２４２４２４２４２４２４２４２', valid: false, why: 'full-width digits' },
  { number: '', valid: false, why: 'empty' },
  { number: '    ', valid: false, why: 'only spaces' },
];

const storefrontAccepts = (number: string) => checkCardNumber(number) === undefined;

/** The service's verdict on the number alone; the other fields are valid and unexpired. */
function serviceAccepts(number: string): boolean {
  const result = cardFormSchema.safeParse({ number, expMonth: 12, expYear: 2090, cvc: '123' });
  return result.success || !result.error.issues.some((issue) => issue.path[0] === 'number');
}

describe('card numbers: storefront field rules and payment service agree', () => {
  for (const { number, valid, why } of NUMBERS) {
    it(`both ${valid ? 'accept' : 'refuse'} ${JSON.stringify(number)} (${why})`, () => {
      expect({ storefront: storefrontAccepts(number), service: serviceAccepts(number) }).toEqual({
        storefront: valid,
        service: valid,
      });
    });
  }

  it('agree on every check digit of numbers 10 to 21 digits long', () => {
    const disagreements: string[] = [];
    for (let length = 10; length <= 21; length++) {
      for (const prefix of ['4', '5', '37', '6011', '9']) {
        const body = (prefix + '31415926535897932384626').slice(0, length - 1);
        for (let check = 0; check <= 9; check++) {
          const number = body + check;
          if (storefrontAccepts(number) !== serviceAccepts(number)) disagreements.push(number);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('differ only past 40 typed characters, which the storefront never sends: it sends digits', () => {
    // The service caps the typed number at 40 characters (CardForm.number maxLength in
    // payment.yaml) before removing separators; the storefront's check looks at the digits only.
    // Harmless because the storefront tokenizes cardDigits(value), never the typed text.
    const spaced = '4242424242424242'.split('').join('   ');
    expect(spaced.length).toBeGreaterThan(40);
    expect(storefrontAccepts(spaced)).toBe(true);
    expect(serviceAccepts(spaced)).toBe(false);
    expect(serviceAccepts(cardDigits(spaced))).toBe(true);
  });
});
