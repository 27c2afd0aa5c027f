import { describe, expect, it } from 'vitest';
import { stackEnv, stackSettings } from './stack-env';

describe('stackSettings', () => {
  it('defaults to the `npm start` stack, an empty value counting as unset', () => {
    const defaults = {
      port: '3000',
      distDir: '.next',
      embedded: true,
      servicesPort: '4010',
      reuseBuild: true,
      server: 'custom',
    };
    expect(stackSettings({})).toEqual(defaults);
    expect(stackSettings({ PORT: '', SERVICES_URL: '', NEXT_DIST_DIR: '' })).toEqual(defaults);
  });

  it('reads ports, build folder, real services and REUSE_BUILD', () => {
    expect(
      stackSettings({
        PORT: '3200',
        NEXT_DIST_DIR: '.next-cluster',
        SERVICES_URL: 'https://api.example.com',
        SERVICES_PORT: '4210',
        REUSE_BUILD: '0',
        STOREFRONT_SERVER: 'next',
      }),
    ).toEqual({
      port: '3200',
      distDir: '.next-cluster',
      embedded: false,
      servicesPort: '4210',
      reuseBuild: false,
      server: 'next',
    });
  });

  it('refuses a server it does not know, saying which it does', () => {
    expect(() => stackSettings({ STOREFRONT_SERVER: 'express' })).toThrow(
      'STOREFRONT_SERVER must be "custom" or "next", not "express"',
    );
  });
});

describe('stackEnv', () => {
  const base = { NODE_ENV: 'development', PORT: '3200', SERVICES_PORT: '4210' } as const;

  it('points services and webhooks at the public port, with the secrets', () => {
    const env = stackEnv(base, stackSettings(base), { WEBHOOK_SECRET: 'w'.repeat(32) });
    expect(env).toMatchObject({
      SERVICES_URL: 'http://127.0.0.1:4210',
      SERVICES_PORT: '4210',
      STOREFRONT_WEBHOOK_URL: 'http://127.0.0.1:3200/api/revalidate',
      SITE_URL: 'http://localhost:3200',
      WEBHOOK_SECRET: 'w'.repeat(32),
      NEXT_TELEMETRY_DISABLED: '1',
    });
  });

  it('keeps what the environment sets', () => {
    const set = {
      ...base,
      SERVICES_URL: 'https://api.example.com',
      STOREFRONT_WEBHOOK_URL: 'https://shop.example.com/api/revalidate',
      SITE_URL: 'https://shop.example.com',
    };
    expect(stackEnv(set, stackSettings(set), undefined)).toMatchObject({
      SERVICES_URL: 'https://api.example.com',
      STOREFRONT_WEBHOOK_URL: 'https://shop.example.com/api/revalidate',
      SITE_URL: 'https://shop.example.com',
    });
  });
});
