import { describe, expect, it } from 'vitest';
import { optionsFromEnv, resolveOptions } from './config';

/** The required secrets plus `vars`; Next's types make NODE_ENV part of every environment. */
const envWith = (vars: Record<string, string>): NodeJS.ProcessEnv => ({
  NODE_ENV: 'test',
  ADMIN_TOKEN: 'a'.repeat(16),
  WEBHOOK_SECRET: 'w'.repeat(16),
  ...vars,
});

describe('database settings from the environment', () => {
  it('default to PGlite, with the PostgreSQL pool settings documented in .env.example', () => {
    expect(resolveOptions(optionsFromEnv(envWith({ DATABASE_URL: '' })))).toMatchObject({
      databaseUrl: undefined,
      databasePoolSize: 10,
      databaseStatementTimeoutMs: 30_000,
    });
  });

  it('take a postgres:// or postgresql:// URL, pool size and statement timeout', () => {
    const env = envWith({
      DATABASE_URL: 'postgres://storefront:secret@postgres:5432/storefront',
      DATABASE_POOL_SIZE: '4',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(resolveOptions(optionsFromEnv(env))).toMatchObject({
      databaseUrl: env.DATABASE_URL,
      databasePoolSize: 4,
      databaseStatementTimeoutMs: 0,
    });
    expect(optionsFromEnv(envWith({ DATABASE_URL: 'postgresql:///x' })).databaseUrl).toBe(
      'postgresql:///x',
    );
  });

  it('refuse anything else with a message naming the variable', () => {
    expect(() =>
      optionsFromEnv(envWith({ DATABASE_URL: 'mysql://db/x', DATABASE_POOL_SIZE: '0' })),
    ).toThrow(
      'Invalid environment:\n  DATABASE_URL: must be a postgres:// or postgresql:// URL\n  DATABASE_POOL_SIZE: must be at least 1',
    );
  });
});
