import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) at RFC 9106's memory-hard setting: 64 MiB, three
 * passes, one lane. About 75 ms per hash or check on the reference 2-core machine (BENCHMARKS.md
 * "Accounts"); libuv's four worker threads bound how many run at once, so at most 256 MiB.
 */
const COST = { memoryCost: 65_536, timeCost: 3, parallelism: 1 } as const;

export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against the stored hash. An account without one (unknown e-mail, passkey
 * only) is checked against a fixed hash all the same and refused, so the answer takes as long
 * whether or not the e-mail has an account.
 */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword('no account has this password');
  const matches = await verify(stored ?? (await dummy), password).catch(() => false);
  return stored !== null && matches;
}
