import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

/**
 * Server-only configuration. Every variable has a row in .env.example; a bad value stops
 * start-up (instrumentation.ts) with a message naming it, instead of failing on first use.
 */
const schema = z.object({
  SERVICES_URL: url.default('http://127.0.0.1:4010'),
  CATALOG_SERVICE_URL: url.optional(),
  SEARCH_SERVICE_URL: url.optional(),
  INVENTORY_SERVICE_URL: url.optional(),
  CART_SERVICE_URL: url.optional(),
  CHECKOUT_SERVICE_URL: url.optional(),
  PAYMENT_SERVICE_URL: url.optional(),
  EVENTS_SERVICE_URL: url.optional(),
  CUSTOMERS_SERVICE_URL: url.optional(),
  REVIEWS_SERVICE_URL: url.optional(),
  MEDIA_URL: url.optional(),
  // next.config.ts reads it: the optimizer may fetch from a media host on a private network.
  MEDIA_ON_PRIVATE_NETWORK: z.enum(['0', '1'], 'must be 0 or 1').optional(),
  SERVICE_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2500),
  SERVICE_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  SERVICE_DEADLINE_MS: z.coerce.number().int().min(100).max(60_000).default(1500),
  CHECKOUT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(60_000).default(10_000),
  WEBHOOK_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters (shared with the commerce backend)'),
  SITE_URL: url.default('http://localhost:3000'),
  PRERENDER_PRODUCTS: z.coerce.number().int().min(0).max(10_000).default(24),
  // Signs the experiment codes in variant page paths (lib/experiments/); unset turns experiments off.
  FLAGS_SECRET: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{43}$/,
      'must be 32 random bytes in base64url (node -p "crypto.randomBytes(32).toString(\'base64url\')")',
    )
    .optional(),
  // A remote flag provider (OpenFeature Remote Evaluation Protocol) that picks variants instead of
  // the in-repo split; each evaluation gets EXPERIMENTS_OFREP_TIMEOUT_MS before the control is served.
  EXPERIMENTS_OFREP_URL: url.optional(),
  EXPERIMENTS_OFREP_TIMEOUT_MS: z.coerce.number().int().min(5).max(2_000).default(50),
  // RUM collector and metrics (lib/rum/). Unset METRICS_TOKEN leaves /api/metrics open, as a
  // Prometheus scrape target on a private network usually is; OPS_TOKEN unset hides /ops/vitals.
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OPS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // The services' admin token: /ops/reviews moderates reviews with it; unset, it only lists none.
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  RUM_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(30),
  // Share of page views whose browser sends vitals (0–1), decided once per page load.
  RUM_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(1),
  // Shared state of a cluster (lib/redis/): the page and data cache, regeneration leases, rate
  // limits and RUM summaries. Unset, each process keeps its own, as one `npm start` does.
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .optional(),
  // Encrypts server actions' bound arguments. Next embeds it in the build (a fresh one per build
  // when unset): every instance must run one build, or builds made with the same key.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (key) =>
        /^[A-Za-z0-9+/]+={0,2}$/.test(key) &&
        [16, 24, 32].includes(Buffer.from(key, 'base64').length),
      'must be 16, 24 or 32 random bytes in base64 (node -p "crypto.randomBytes(32).toString(\'base64\')")',
    )
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1–40 letters, digits, dots, dashes or underscores')
    .optional(),
  // 500 ms: 150 made reads of large pages time out on a loaded 2-core machine (BENCHMARKS.md).
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(5_000).default(500),
  // The cache tier in front (deploy/varnish/default.vcl): the webhook purges what it expires
  // there too, with PURGE <path> and this token (which the tier reads from its own environment).
  EDGE_PURGE_URLS: z
    .string()
    .transform((list) => list.split(',').map((entry) => entry.trim()))
    .pipe(z.array(url).min(1))
    .optional(),
  EDGE_PURGE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // How long SIGTERM waits for requests in flight (lib/health/drain.ts): below the 30 s after
  // which Kubernetes and Compose send SIGKILL by default.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(29_000).default(25_000),
  OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
  OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: url.optional(),
  OTEL_METRIC_EXPORT_INTERVAL: z.coerce.number().int().min(1_000).max(3_600_000).default(15_000),
  // Tracing (lib/telemetry/): spans go to the traces URL, else to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces;
  // neither set, no exporter. OTEL_EXPORTER_OTLP_HEADERS/_TIMEOUT/_COMPRESSION are the exporter's own.
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url.optional(),
  // The installed OTLP/HTTP exporters serialize JSON only; another protocol would be ignored silently.
  OTEL_EXPORTER_OTLP_PROTOCOL: z.literal('http/json', 'only http/json is supported').optional(),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z
    .literal('http/json', 'only http/json is supported')
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('storefront'),
  OTEL_TRACES_SAMPLER: z
    .enum(['parentbased_always_on', 'parentbased_traceidratio', 'parentbased_always_off'])
    .default('parentbased_always_on'),
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(100).max(60_000).default(5_000),
});

export type ServerEnv = z.infer<typeof schema>;

// Purging the tier needs the token, and the shared cache, which knows which pages carry a tag.
const refined = schema
  .refine((env) => !env.EDGE_PURGE_URLS || env.EDGE_PURGE_TOKEN, {
    path: ['EDGE_PURGE_TOKEN'],
    message: 'is required when EDGE_PURGE_URLS is set',
  })
  .refine((env) => !env.EDGE_PURGE_URLS || env.REDIS_URL, {
    path: ['EDGE_PURGE_URLS'],
    message: 'needs REDIS_URL: the shared cache knows which pages an expired tag was on',
  });

/** Empty values (as copied from .env.example) count as unset. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = refined.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid storefront environment (see .env.example):\n${lines.join('\n')}`);
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

export type ServiceName =
  | 'catalog'
  | 'search'
  | 'inventory'
  | 'cart'
  | 'checkout'
  | 'payment'
  | 'events'
  | 'customers'
  | 'reviews';

export function serviceUrl(service: ServiceName): string {
  const env = serverEnv();
  const overrides = {
    catalog: env.CATALOG_SERVICE_URL,
    search: env.SEARCH_SERVICE_URL,
    inventory: env.INVENTORY_SERVICE_URL,
    cart: env.CART_SERVICE_URL,
    checkout: env.CHECKOUT_SERVICE_URL,
    payment: env.PAYMENT_SERVICE_URL,
    events: env.EVENTS_SERVICE_URL,
    customers: env.CUSTOMERS_SERVICE_URL,
    reviews: env.REVIEWS_SERVICE_URL,
  };
  return overrides[service] ?? env.SERVICES_URL;
}
