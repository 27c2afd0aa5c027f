import { z } from 'zod';
import { localeSchema } from '../catalog/locale';
import { shippingAddressSchema } from '../checkout/address';
import { parseFields } from '../framework/field-errors';
import { PASSWORD_LENGTH } from './passwords';

/** Trimmed and lower-cased: one account per address, however it is typed. */
const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

const client = z
  .object({ ip: z.string().min(1).max(64), userAgent: z.string().max(256).optional() })
  .strict();

const token = z.string().min(1).max(200);

/** Length only (NIST 800-63B); the upper bound keeps hashing cheap to refuse. */
const newPassword = z.string().min(PASSWORD_LENGTH.min).max(PASSWORD_LENGTH.max);

/** Checked against the stored hash only: no length rule to reveal, but not unbounded. */
const givenPassword = z.string().min(1).max(256);

const webAuthnResponse = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
  })
  .loose();

const passkeyAnswer = z
  .object({ challengeId: z.string().min(1).max(128), response: webAuthnResponse })
  .strict();

export const signUpBody = z.object({ email, locale: localeSchema, client }).strict();
export const tokenBody = z.object({ token }).strict();

export const completeSignUpBody = z
  .object({
    token,
    name: z.string().trim().max(100).optional(),
    password: newPassword.optional(),
    passkey: passkeyAnswer.optional(),
    client,
  })
  .strict()
  .refine((body) => (body.password === undefined) !== (body.passkey === undefined), {
    path: ['password'],
    params: { code: 'password_or_passkey_required' },
  });

export const signInBody = z.object({ email, password: givenPassword, client }).strict();
export const passkeySignInBody = z
  .object({ challengeId: z.string().min(1).max(128), response: webAuthnResponse, client })
  .strict();
export const completeResetBody = z.object({ token, password: newPassword, client }).strict();
export const changePasswordBody = z
  .object({ currentPassword: givenPassword.optional(), newPassword })
  .strict();
export const addPasskeyBody = passkeyAnswer.extend({ name: z.string().trim().max(60).optional() });
export const deleteAccountBody = z.object({ password: givenPassword.optional() }).strict();
/** The address checkout checks (postal code per country) plus whether it is the default. */
export function parseAddressBody(input: unknown) {
  const { isDefault, ...address } =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return {
    address: parseFields(shippingAddressSchema, address),
    isDefault: parseFields(z.boolean().optional(), isDefault) ?? false,
  };
}
export const mergeWishlistBody = z
  .object({ productIds: z.array(z.string().regex(/^p\d{6}$/)).max(100) })
  .strict();
export const ordersQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export const stockAlertBody = z
  .object({ sku: z.string().min(1).max(64), locale: localeSchema, email: email.optional() })
  .strict();
