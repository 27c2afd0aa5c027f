import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const generators = {
  WEBHOOK_SECRET: () => randomBytes(32).toString('hex'),
  ADMIN_TOKEN: () => randomBytes(24).toString('hex'),
  // Opens /ops/vitals (the embedded RUM dashboard): /ops/vitals?token=<it>.
  OPS_TOKEN: () => randomBytes(24).toString('hex'),
  // Signs experiment codes (lib/experiments/); the Flags SDK wants 32 bytes in base64url.
  FLAGS_SECRET: () => randomBytes(32).toString('base64url'),
  // Encrypts the closed-over values of server actions (forms). Must be the same for the build and
  // every instance, else a form rendered by one instance fails on another; required in production
  // with more than one server. 32 bytes in base64, as Next wants it.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: () => randomBytes(32).toString('base64'),
};

export type DevSecrets = Record<keyof typeof generators, string>;

/**
 * The embedded services and the storefront must share a webhook secret, and tools need the
 * admin token. With none configured, one set is generated on first start and kept in .data
 * (git-ignored, mode 600), so restarts and bench scripts agree. A key added later is generated
 * into an existing file; a value set in the environment wins over the file's.
 */
export function devSecrets(
  file = '.data/dev-secrets.json',
  env: Record<string, string | undefined> = process.env,
): Partial<DevSecrets> {
  const stored: Partial<DevSecrets> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>)
    : {};
  const secrets = { ...stored };
  for (const [key, generate] of Object.entries(generators) as [keyof DevSecrets, () => string][])
    secrets[key] ??= generate();
  if (Object.keys(secrets).length !== Object.keys(stored).length) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(Object.entries(secrets).filter(([key]) => !env[key]));
}
