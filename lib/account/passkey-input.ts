import { z } from 'zod';

/**
 * What a browser's WebAuthn ceremony hands a server action: checked for shape and size here,
 * verified (challenge, origin, signature) by the customer service.
 */
const credentialSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
  })
  .loose();

export type PasskeyCredential = z.infer<typeof credentialSchema>;

const MAX_BYTES = 16 * 1024;

export function readPasskeyCredential(value: unknown): PasskeyCredential | undefined {
  const parsed = credentialSchema.safeParse(value);
  if (!parsed.success || JSON.stringify(parsed.data).length > MAX_BYTES) return undefined;
  return parsed.data;
}

export const challengeIdSchema = z.string().min(1).max(128);
