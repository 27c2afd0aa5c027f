/** Ports and secrets of the stack the e2e run starts, shared by the config and the tests. */
export const stack = {
  storefrontUrl: 'http://127.0.0.1:3100',
  servicesUrl: 'http://127.0.0.1:4110',
  /** The mail catcher `npm start` runs beside the services (what the shop sent, as JSON). */
  mailCatcherUrl: 'http://127.0.0.1:4126',
  webhookSecret: 'e2e-webhook-secret-0123456789abcdef',
  adminToken: 'e2e-admin-token-0123456789abcdef',
  /** Bearer tokens of /api/metrics and of /ops/vitals + /api/ops/vitals. */
  metricsToken: 'e2e-metrics-token-0123456789abcdef',
  opsToken: 'e2e-ops-token-0123456789abcdef',
  /** Signs experiment codes: 32 bytes in base64url, as the Flags SDK wants. */
  flagsSecret: 'ZTJlLWZsYWdzLXNlY3JldC0wMTIzNDU2Nzg5YWJjZGU',
  purgeToken: 'e2e-edge-purge-token-0123456789',
} as const;
