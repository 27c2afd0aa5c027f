import { describe, expect, it } from 'vitest';
import { parseServerEnv } from './server';

const secret = 'x'.repeat(32);

describe('parseServerEnv', () => {
  it('fills defaults and treats empty values as unset', () => {
    const env = parseServerEnv({
      WEBHOOK_SECRET: secret,
      SERVICES_URL: '',
      SERVICE_TIMEOUT_MS: '',
    });
    expect(env.SERVICES_URL).toBe('http://127.0.0.1:4010');
    expect(env.SERVICE_TIMEOUT_MS).toBe(2500);
    expect(env.PRERENDER_PRODUCTS).toBe(24);
  });

  it('names every bad variable in one clear message', () => {
    expect(() =>
      parseServerEnv({ WEBHOOK_SECRET: 'short', SERVICES_URL: 'ftp://x', SERVICE_RETRIES: '9' }),
    ).toThrowError(
      /Invalid storefront environment[\s\S]*SERVICES_URL[\s\S]*SERVICE_RETRIES[\s\S]*WEBHOOK_SECRET: must be at least 16/,
    );
  });

  it('accepts only the OTLP protocol the bundled exporters speak', () => {
    expect(
      parseServerEnv({ WEBHOOK_SECRET: secret, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })
        .OTEL_EXPORTER_OTLP_PROTOCOL,
    ).toBe('http/json');
    expect(() =>
      parseServerEnv({
        WEBHOOK_SECRET: secret,
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf',
      }),
    ).toThrowError(/OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: only http\/json is supported/);
  });

  it('reads the cache tier to purge, which needs its token and the shared cache', () => {
    const tier = {
      WEBHOOK_SECRET: secret,
      EDGE_PURGE_URLS: 'http://10.0.0.5:8080, http://10.0.0.6:8080',
      EDGE_PURGE_TOKEN: 'purge-token-0123456789',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    expect(parseServerEnv(tier).EDGE_PURGE_URLS).toEqual([
      'http://10.0.0.5:8080',
      'http://10.0.0.6:8080',
    ]);
    expect(() => parseServerEnv({ ...tier, EDGE_PURGE_TOKEN: '' })).toThrowError(
      /EDGE_PURGE_TOKEN: is required when EDGE_PURGE_URLS is set/,
    );
    expect(() => parseServerEnv({ ...tier, REDIS_URL: '' })).toThrowError(
      /EDGE_PURGE_URLS: needs REDIS_URL/,
    );
    expect(() => parseServerEnv({ ...tier, EDGE_PURGE_URLS: 'varnish:8080' })).toThrowError(
      /EDGE_PURGE_URLS/,
    );
  });

  it('says what a wrong REDIS_URL or server-actions key must look like', () => {
    expect(
      parseServerEnv({ WEBHOOK_SECRET: secret, REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL,
    ).toBe('redis://127.0.0.1:6379');
    expect(() =>
      parseServerEnv({ WEBHOOK_SECRET: secret, REDIS_URL: 'http://127.0.0.1:6379' }),
    ).toThrowError(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(
      parseServerEnv({ WEBHOOK_SECRET: secret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })
        .NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    ).toBe(key);
    expect(() =>
      parseServerEnv({
        WEBHOOK_SECRET: secret,
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString('base64'),
      }),
    ).toThrowError(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 16, 24 or 32 random bytes/);
  });

  it('requires the webhook secret', () => {
    expect(() => parseServerEnv({})).toThrowError(/WEBHOOK_SECRET/);
  });
});
