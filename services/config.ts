import { z } from 'zod';

// Both spellings libpq accepts; anything else (a typo, mysql://) is refused at start-up.
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL');

/** Options of `startServices`; defaults match the documented environment defaults. */
const servicesOptionsSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  /** 0 picks a free port (tests). */
  port: z.number().int().min(0).max(65535).default(4010),
  /** Base of absolute image URLs; defaults to the URL the server listens on. */
  publicUrl: z.url().optional(),
  dataDir: z.string().min(1).default('.data/services'),
  /** PostgreSQL instead of PGlite in `dataDir`. */
  databaseUrl: postgresUrl.optional(),
  /** PostgreSQL only: connections in the pool (per services process). */
  databasePoolSize: z.number().int().min(1).max(1_000).default(10),
  /** PostgreSQL only: longer statements are cancelled; 0 turns the limit off. */
  databaseStatementTimeoutMs: z.number().int().min(0).default(30_000),
  catalogSize: z.number().int().min(1).max(999_999).default(10_000),
  catalogSeed: z.number().int().default(42),
  adminToken: z.string().min(16, 'must be at least 16 characters'),
  webhookSecret: z.string().min(16, 'must be at least 16 characters'),
  storefrontWebhookUrl: z.url().default('http://127.0.0.1:3000/api/revalidate'),
  testControls: z.boolean().default(false),
  /**
   * Build every locale's search index right after start-up, in the background, instead of on
   * that locale's first query (which then waits seconds, past a storefront's read deadline).
   */
  warmSearch: z.boolean().default(true),
  log: z.enum(['info', 'silent']).default('info'),
  /** Delays before background webhook retries; the list length bounds the retries. */
  webhookRetryDelaysMs: z.array(z.number().int().min(0)).max(10).default([1_000, 5_000, 30_000]),
  /** How long the reference gateway takes for the slow test card 4000000000000119. */
  paymentSlowMs: z.number().int().min(0).default(10_000),
  /** How long checkout waits for a payment authorization before compensating. */
  paymentTimeoutMs: z.number().int().min(1).default(3_000),
  /** How long a tokenized card (`pm_…`) can be used for checkout. */
  paymentMethodTtlMs: z.number().int().min(1).default(3_600_000),
  /** Where mail goes: the local catcher `npm start` runs, or a real server in production. */
  smtpUrl: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .default('smtp://127.0.0.1:1025'),
  mailFrom: z.string().min(3).default('Northwind Supply <shop@localhost>'),
  /** How often the mail worker looks for mail to send. */
  mailPollMs: z.number().int().min(10).default(1_000),
  /** The storefront's public origin: links in mail, and the relying party of passkeys. */
  storefrontUrl: z.url().default('http://localhost:3000'),
});

export type ServicesOptions = z.input<typeof servicesOptionsSchema>;
export type ResolvedOptions = z.output<typeof servicesOptionsSchema>;

const integer = z.coerce.number().int();

const envSchema = z.object({
  SERVICES_HOST: z.string().optional(),
  SERVICES_PORT: integer.min(0).max(65535).optional(),
  SERVICES_PUBLIC_URL: z.url().optional(),
  SERVICES_DATA_DIR: z.string().optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: integer.min(1, 'must be at least 1').max(1_000).optional(),
  DATABASE_STATEMENT_TIMEOUT_MS: integer.min(0, 'must be 0 (no limit) or more').optional(),
  CATALOG_SIZE: integer.min(1).max(999_999).optional(),
  CATALOG_SEED: integer.optional(),
  ADMIN_TOKEN: z.string({ error: 'is required' }).min(16, 'must be at least 16 characters'),
  WEBHOOK_SECRET: z.string({ error: 'is required' }).min(16, 'must be at least 16 characters'),
  STOREFRONT_WEBHOOK_URL: z.url().optional(),
  SERVICES_TEST_CONTROLS: z.enum(['0', '1']).optional(),
  SERVICES_LOG: z.enum(['info', 'silent']).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  SITE_URL: z.url().optional(),
});

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  ${issue.path.join('.') || '(options)'}: ${issue.message}`)
    .join('\n');
}

/** Reads the SERVICES_* / CATALOG_* / DATABASE_* / secret variables; empty values count as unset. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServicesOptions {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new Error(`Invalid environment:\n${describe(parsed.error)}`);
  const vars = parsed.data;
  return {
    host: vars.SERVICES_HOST,
    port: vars.SERVICES_PORT,
    publicUrl: vars.SERVICES_PUBLIC_URL,
    dataDir: vars.SERVICES_DATA_DIR,
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
    catalogSize: vars.CATALOG_SIZE,
    catalogSeed: vars.CATALOG_SEED,
    adminToken: vars.ADMIN_TOKEN,
    webhookSecret: vars.WEBHOOK_SECRET,
    storefrontWebhookUrl: vars.STOREFRONT_WEBHOOK_URL,
    testControls: vars.SERVICES_TEST_CONTROLS === '1',
    log: vars.SERVICES_LOG,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    storefrontUrl: vars.SITE_URL,
  };
}

export function resolveOptions(options: ServicesOptions): ResolvedOptions {
  const parsed = servicesOptionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`Invalid services options:\n${describe(parsed.error)}`);
  return parsed.data;
}
