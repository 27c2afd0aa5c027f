import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface DevSecrets {
  WEBHOOK_SECRET: string;
  ADMIN_TOKEN: string;
}

/**
 * The embedded services and the storefront must share a webhook secret, and tools need the
 * admin token. With none configured, one pair is generated on first start and kept in .data
 * (git-ignored, mode 600), so restarts and bench scripts agree.
 */
export function devSecrets(file = '.data/dev-secrets.json'): DevSecrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const secrets = { WEBHOOK_SECRET: randomBytes(32).toString('hex'), ADMIN_TOKEN: randomBytes(24).toString('hex') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
