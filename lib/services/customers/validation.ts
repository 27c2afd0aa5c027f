import { z } from 'zod';
import { moneySchema } from '../cart/validation';

/**
 * The fields the account pages cannot work without; the generated types describe the rest of
 * the contract, and unknown fields pass through.
 */
const customerSchema = z.object({
  id: z.string().min(1),
  email: z.string().min(1),
  name: z.string().nullable().optional(),
  hasPassword: z.boolean(),
  emailVerified: z.boolean(),
});

const sessionTokenSchema = z.object({
  // The cookie reader accepts 32-128 base64url characters; anything else would never be read back.
  token: z.string().regex(/^[A-Za-z0-9_-]{32,128}$/),
  id: z.string().min(1),
  expiresAt: z.string().min(1),
});

export const signedInSchema = z.object({ customer: customerSchema, session: sessionTokenSchema });

export const meSchema = z.object({
  customer: customerSchema,
  session: z.object({ id: z.string().min(1), expiresAt: z.string().min(1) }),
});

export const emailSchema = z.object({ email: z.string().min(1) });

export const passkeyOptionsSchema = z.object({
  challengeId: z.string().min(1),
  options: z.object({ challenge: z.string().min(1) }).loose(),
});

export const passkeySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.string().min(1),
  lastUsedAt: z.string().nullable().optional(),
});
export const passkeysSchema = z.object({ passkeys: z.array(passkeySchema) });

export const sessionsSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.string().min(1),
      createdAt: z.string().min(1),
      lastSeenAt: z.string().min(1),
      userAgent: z.string().nullable().optional(),
      current: z.boolean(),
    }),
  ),
});

export const orderPageSchema = z.object({
  orders: z.array(
    z.object({
      id: z.string().min(1),
      createdAt: z.string().min(1),
      status: z.string().min(1),
      total: moneySchema,
      itemCount: z.number().int().nonnegative(),
    }),
  ),
  nextCursor: z.string().nullable().optional(),
});

export const addressSchema = z.object({
  id: z.string().min(1),
  isDefault: z.boolean(),
  address: z.object({
    name: z.string(),
    line1: z.string(),
    city: z.string(),
    postalCode: z.string(),
    country: z.string(),
  }),
});
export const addressesSchema = z.object({ addresses: z.array(addressSchema) });

export const wishlistSchema = z.object({
  items: z.array(z.object({ productId: z.string().min(1), addedAt: z.string().min(1) })),
});

export const exportSchema = z.object({ customer: customerSchema }).loose();

export const stockAlertConfirmedSchema = z.object({ sku: z.string().min(1) });
