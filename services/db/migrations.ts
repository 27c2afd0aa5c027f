/**
 * Append-only list: each entry runs once, in order, recorded in schema_migrations.
 * Never edit an entry that has shipped; add a new one.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE product_overrides (
    product_id text PRIMARY KEY,
    override jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE stock_levels (
    sku text PRIMARY KEY,
    available integer NOT NULL CHECK (available >= 0),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE carts (
    id text PRIMARY KEY,
    currency text NOT NULL,
    version integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE cart_lines (
    id text PRIMARY KEY,
    cart_id text NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
    sku text NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (cart_id, sku)
  );
  CREATE TABLE orders (
    id text PRIMARY KEY,
    cart_id text NOT NULL,
    order_json jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE idempotency_keys (
    key text PRIMARY KEY,
    request_hash text NOT NULL,
    order_id text NOT NULL REFERENCES orders(id),
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE webhook_deliveries (
    event_id text PRIMARY KEY,
    type text NOT NULL,
    payload jsonb NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    delivered boolean NOT NULL DEFAULT false,
    last_status integer,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  `
  CREATE TABLE payment_authorizations (
    id text PRIMARY KEY,
    idempotency_key text UNIQUE,
    request_hash text,
    amount integer NOT NULL CHECK (amount >= 0),
    currency text NOT NULL,
    brand text NOT NULL,
    last4 text NOT NULL,
    status text NOT NULL CHECK (status IN ('authorized', 'declined', 'voided', 'captured')),
    decline_code text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX payment_authorizations_status ON payment_authorizations (status);
  `,
  `
  CREATE TABLE inventory_reservations (
    id text PRIMARY KEY,
    lines jsonb NOT NULL,
    status text NOT NULL CHECK (status IN ('held', 'released', 'committed')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE checkout_failures (
    key text PRIMARY KEY,
    request_hash text NOT NULL,
    status integer NOT NULL,
    error jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  `
  ALTER TABLE carts ADD COLUMN checkout jsonb NOT NULL DEFAULT '{}'::jsonb;
  ALTER TABLE carts ADD COLUMN status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ordered'));
  ALTER TABLE carts ADD COLUMN order_id text;
  ALTER TABLE inventory_reservations ADD COLUMN reference text;
  CREATE INDEX inventory_reservations_held ON inventory_reservations (status) WHERE status = 'held';
  `,
  `
  CREATE TABLE experiment_exposures (
    experiment text NOT NULL,
    visitor_id uuid NOT NULL,
    variant text NOT NULL,
    first_at timestamptz NOT NULL,
    exposures integer NOT NULL DEFAULT 1 CHECK (exposures >= 1),
    PRIMARY KEY (experiment, visitor_id)
  );
  CREATE TABLE conversions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visitor_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('add_to_cart', 'begin_checkout', 'purchase')),
    order_id text,
    revenue_usd_cents bigint CHECK (revenue_usd_cents >= 0),
    at timestamptz NOT NULL,
    -- A purchase has an order and revenue; nothing else has revenue.
    CHECK (CASE WHEN kind = 'purchase' THEN order_id IS NOT NULL AND revenue_usd_cents IS NOT NULL ELSE revenue_usd_cents IS NULL END)
  );
  CREATE UNIQUE INDEX conversions_purchase_order ON conversions (order_id) WHERE kind = 'purchase';
  CREATE INDEX conversions_visitor ON conversions (visitor_id, at);
  `,
  `
  -- Idempotency-Key of POST /cart/carts/{cartId}/lines, scoped to its cart. Kept 24 hours;
  -- the created_at index makes pruning the expired ones cheap.
  CREATE TABLE cart_add_keys (
    cart_id text NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
    key text NOT NULL,
    request_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cart_id, key)
  );
  CREATE INDEX cart_add_keys_created ON cart_add_keys (created_at);
  `,
  `
  -- Customer accounts (services/customers). Secrets are stored only as SHA-256 (tokens) or
  -- argon2id (passwords); e-mails lower-cased by the service.
  CREATE TABLE customers (
    id text PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text,
    locale text NOT NULL,
    password_hash text,
    email_verified_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE customer_sessions (
    id text PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_agent text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX customer_sessions_customer ON customer_sessions (customer_id);
  -- Single-use links: sign-up (no customer yet, the e-mail), reset, stock alert confirmation.
  CREATE TABLE customer_tokens (
    token_hash text PRIMARY KEY,
    purpose text NOT NULL CHECK (purpose IN ('sign-up', 'password-reset', 'stock-alert')),
    email text NOT NULL,
    subject text,
    locale text NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE passkeys (
    id text PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    public_key text NOT NULL,
    counter bigint NOT NULL DEFAULT 0,
    transports jsonb NOT NULL DEFAULT '[]',
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz
  );
  CREATE INDEX passkeys_customer ON passkeys (customer_id);
  -- WebAuthn challenges, single use, 5 minutes; for sign-up, the sign-up token's hash and the
  -- new account's WebAuthn user id; for adding a passkey, the customer.
  CREATE TABLE passkey_challenges (
    id text PRIMARY KEY,
    challenge text NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('sign-in', 'sign-up', 'add')),
    subject text,
    user_handle text,
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE rate_limit_hits (
    key text NOT NULL,
    window_start timestamptz NOT NULL,
    hits integer NOT NULL,
    PRIMARY KEY (key, window_start)
  );
  CREATE TABLE customer_addresses (
    id text PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    address jsonb NOT NULL,
    is_default boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
  );
  CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id);
  CREATE TABLE customer_wishlist (
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    product_id text NOT NULL,
    added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (customer_id, product_id)
  );
  CREATE TABLE stock_alerts (
    id text PRIMARY KEY,
    sku text NOT NULL,
    email text NOT NULL,
    locale text NOT NULL,
    customer_id text REFERENCES customers(id) ON DELETE CASCADE,
    confirmed_at timestamptz,
    notified_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE UNIQUE INDEX stock_alerts_open ON stock_alerts (sku, email) WHERE notified_at IS NULL;
  ALTER TABLE orders ADD COLUMN customer_id text;
  CREATE INDEX orders_customer ON orders (customer_id, created_at);
  `,
  `
  -- Mail waiting to be sent (services/mail): written with what caused it, sent and retried by
  -- the delivery worker.
  CREATE TABLE mail_outbox (
    id text PRIMARY KEY,
    kind text NOT NULL,
    recipient text NOT NULL,
    locale text NOT NULL,
    payload jsonb NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    failed_at timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
  `,
  `
  -- Reviews shoppers wrote (services/reviews): one per product per order, waiting for moderation
  -- until approved; the seeded catalog's reviews are generated, not stored. Helpful votes count
  -- once per voter, for seeded and written reviews alike.
  CREATE TABLE reviews (
    id text PRIMARY KEY,
    product_id text NOT NULL,
    order_id text NOT NULL,
    locale text NOT NULL,
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title text NOT NULL,
    body text NOT NULL,
    author_name text NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at timestamptz NOT NULL DEFAULT now(),
    moderated_at timestamptz,
    UNIQUE (order_id, product_id)
  );
  CREATE INDEX reviews_approved ON reviews (product_id) WHERE status = 'approved';
  CREATE INDEX reviews_by_status ON reviews (status, created_at);
  CREATE TABLE review_votes (
    review_id text NOT NULL,
    product_id text NOT NULL,
    voter text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, voter)
  );
  CREATE INDEX review_votes_product ON review_votes (product_id);
  `,
  `
  -- Promo codes (services/promotions): what a code gives and its conditions; "used" counts
  -- redemptions so a limited code is claimed by one atomic UPDATE, whatever the number of
  -- instances. A redemption row per order lets a failed checkout give its use back, and the
  -- per-customer counter is claimed the same way. A cart remembers the code applied to it.
  CREATE TABLE promo_codes (
    code text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('percent', 'fixed', 'free_shipping')),
    percent smallint CHECK (percent BETWEEN 1 AND 100),
    amount integer CHECK (amount > 0),
    currency text,
    min_subtotal integer CHECK (min_subtotal >= 0),
    starts_at timestamptz,
    ends_at timestamptz,
    usage_limit integer CHECK (usage_limit > 0),
    per_customer_limit integer CHECK (per_customer_limit > 0),
    used integer NOT NULL DEFAULT 0,
    disabled_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE promo_redemptions (
    order_id text PRIMARY KEY,
    code text NOT NULL,
    customer_key text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE promo_customer_uses (
    code text NOT NULL,
    customer_key text NOT NULL,
    uses integer NOT NULL,
    PRIMARY KEY (code, customer_key)
  );
  ALTER TABLE carts ADD COLUMN promo_code text;
  `,
];
