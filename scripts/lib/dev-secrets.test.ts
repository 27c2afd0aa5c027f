import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devSecrets } from './dev-secrets';

describe('devSecrets', () => {
  it('adds a key missing from an older file and keeps the stored ones', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'secrets-')), 'dev-secrets.json');
    writeFileSync(
      file,
      JSON.stringify({ WEBHOOK_SECRET: 'w'.repeat(32), ADMIN_TOKEN: 'a'.repeat(32) }),
    );
    const secrets = devSecrets(file, {});
    expect(secrets).toMatchObject({ WEBHOOK_SECRET: 'w'.repeat(32), ADMIN_TOKEN: 'a'.repeat(32) });
    expect(secrets.OPS_TOKEN).toMatch(/^[0-9a-f]{48}$/);
    expect(Buffer.from(secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY!, 'base64')).toHaveLength(32);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(secrets);
  });

  it('leaves out what the environment already sets', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'secrets-')), 'dev-secrets.json');
    expect(Object.keys(devSecrets(file, { OPS_TOKEN: 'mine-0123456789abcdef' })).sort()).toEqual([
      'ADMIN_TOKEN',
      'FLAGS_SECRET',
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
      'WEBHOOK_SECRET',
    ]);
  });
});
