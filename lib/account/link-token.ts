import { z } from 'zod';

/** The token of a mailed link (sign-up, reset, stock alert): 32 random bytes, base64url. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);
