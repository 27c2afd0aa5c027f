import { z } from 'zod';
import { isExpired, type Card } from './cards';

/** Luhn checksum: catches the typos a shopper makes in a card number. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const issue = (context: z.RefinementCtx, field: keyof Card, code: string, message: string) =>
  context.addIssue({ code: 'custom', path: [field], params: { code }, message });

/**
 * A card as a shopper types it into a payment form (spaces in the number are
 * allowed), checked the way a PSP checks it before storing anything: each bad
 * field gets a code a form can show next to the input.
 */
export const cardFormSchema = z
  .object({
    number: z
      .string()
      .max(40)
      .transform((value) => value.replace(/[\s-]/g, '')),
    expMonth: z.number(),
    expYear: z.number(),
    cvc: z.string().max(10),
  })
  .strict()
  .superRefine((card, context) => {
    if (!/^\d{12,19}$/.test(card.number) || !passesLuhn(card.number))
      issue(context, 'number', 'invalid_card_number', 'is not a valid card number');
    if (!/^\d{3,4}$/.test(card.cvc)) issue(context, 'cvc', 'invalid_cvc', 'must be 3 or 4 digits');
    const monthOk = Number.isInteger(card.expMonth) && card.expMonth >= 1 && card.expMonth <= 12;
    const yearOk = Number.isInteger(card.expYear) && card.expYear >= 2000 && card.expYear <= 2100;
    if (!monthOk) issue(context, 'expMonth', 'invalid_exp_month', 'must be a month from 1 to 12');
    if (!yearOk) issue(context, 'expYear', 'invalid_exp_year', 'must be a four-digit year');
    if (monthOk && yearOk && isExpired(card)) {
      // Name the field the shopper has to change: the year when it is in the past, else the month.
      const field = card.expYear < new Date().getUTCFullYear() ? 'expYear' : 'expMonth';
      issue(context, field, 'card_expired', 'the card has expired');
    }
  });
