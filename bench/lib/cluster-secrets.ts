/**
 * The secrets of the benches' clusters (bench:cluster, bench:edge). Fixed, so a later run's
 * REUSE_BUILD serves a build made with the same secrets, whichever bench made it; setting both
 * WEBHOOK_SECRET and ADMIN_TOKEN also keeps the cluster from merging in .data/dev-secrets.json
 * (scripts/lib/stack-env.ts), so what is not listed here is not set.
 */
const fixed = (text: string) => Buffer.from(text.padEnd(32, '.').slice(0, 32)).toString('base64');

export const CLUSTER_SECRETS = {
  WEBHOOK_SECRET: 'bench-cluster-webhook-secret-0123456789',
  ADMIN_TOKEN: 'bench-cluster-admin-token-0123456789',
  METRICS_TOKEN: 'bench-cluster-metrics-token-0123456789',
  OPS_TOKEN: 'bench-cluster-ops-token-0123456789',
  FLAGS_SECRET: Buffer.from(fixed('bench-cluster-flags'), 'base64').toString('base64url'),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: fixed('bench-cluster-actions'),
};
