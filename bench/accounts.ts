/**
 * Accounts: sign-in latency with argon2id at the service's cost, and the cached product page's
 * throughput for a signed-in shopper beside an anonymous one (the same document, so the same
 * numbers within noise). Creates one account through the real flow: the sign-up link is read
 * from the mail catcher `npm start` runs. Usage: tsx bench/accounts.ts (stack up with npm start)
 */
import { CONNECTIONS, DURATION_S, measure } from './lib/load';
import { ensureUp, products, servicesUrl, storefrontUrl } from './lib/stack';

const mailCatcherUrl = process.env.BENCH_MAIL_URL ?? 'http://127.0.0.1:1080';
// The service allows 10 sign-in attempts per e-mail in 15 minutes: 9 per account, 4 accounts.
const SIGN_INS_PER_ACCOUNT = 9;
const ACCOUNTS = 4;
const PASSWORD = 'bench passphrase for accounts';

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${servicesUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Polls the catcher for the sign-up link sent to `email` and returns its token. */
async function signUpToken(email: string): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const response = await fetch(`${mailCatcherUrl}/api/messages?to=${encodeURIComponent(email)}`);
    const messages = (await response.json()) as Array<{ text: string }>;
    const token = /sign-up\/complete\?token=([A-Za-z0-9_-]+)/.exec(messages[0]?.text ?? '')?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no sign-up mail for ${email} at ${mailCatcherUrl}`);
}

async function createAccount(n: number): Promise<{ email: string; token: string }> {
  const email = `bench-${Date.now().toString(36)}-${n}@example.com`;
  // Each from its own address, as different shoppers are, so the per-address limit stays clear.
  const client = { ip: `127.1.${n}.1`, userAgent: 'bench' };
  const requested = await post('/customers/sign-up', { email, locale: 'en-US', client });
  if (!requested.ok) throw new Error(`sign-up answered ${requested.status}`);
  const completed = await post('/customers/sign-up/complete', {
    token: await signUpToken(email),
    password: PASSWORD,
    client,
  });
  if (!completed.ok) throw new Error(`sign-up completion answered ${completed.status}`);
  const { session } = (await completed.json()) as { session: { token: string } };
  return { email, token: session.token };
}

/** Sequential sign-ins, each from its own address so the per-address limit never applies. */
async function signInTimes(email: string, times: number[]): Promise<void> {
  for (let i = 0; i < SIGN_INS_PER_ACCOUNT; i++) {
    const started = performance.now();
    const response = await post('/customers/sessions', {
      email,
      password: PASSWORD,
      client: { ip: `127.0.${Math.floor(i / 250)}.${(i % 250) + 1}`, userAgent: 'bench' },
    });
    times.push(performance.now() - started);
    if (response.status !== 201) throw new Error(`sign-in answered ${response.status}`);
    await response.arrayBuffer();
  }
}

const at = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);

await ensureUp();
const times: number[] = [];
let account = { email: '', token: '' };
for (let n = 0; n < ACCOUNTS; n++) {
  account = await createAccount(n);
  await signInTimes(account.email, times);
}
times.sort((a, b) => a - b);
console.log(`sign-in (POST /customers/sessions, argon2id verify), ${times.length} sequential:`);
console.table({ 'sign-in ms': { p50: at(times, 0.5), p95: at(times, 0.95), max: at(times, 1) } });

const [top] = await products('sort=popular&limit=1&locale=en-US&currency=USD');
const productUrl = `${storefrontUrl}/en-US/p/${top!.slug}`;
const signedInCookie = `session=${account.token}; signed_in=1`;
const [anonymousHtml, signedInHtml] = await Promise.all([
  fetch(productUrl).then((response) => response.text()),
  fetch(productUrl, { headers: { cookie: signedInCookie } }).then((response) => response.text()),
]);
console.log(
  `product page HTML identical signed in and anonymous: ${anonymousHtml === signedInHtml}`,
);

// Anonymous before and after, so a warming server favours neither side.
await measure(productUrl);
const before = await measure(productUrl);
const signedIn = await measure(productUrl, { cookie: signedInCookie });
const after = await measure(productUrl);
console.log(
  `cached product page, ${CONNECTIONS} connections, ${DURATION_S} s each (after a warm-up):`,
);
console.table({ 'anonymous (before)': before, 'signed in': signedIn, 'anonymous (after)': after });
const anonymousRps = (before.rps + after.rps) / 2;
console.log(`signed in / anonymous throughput: ${(signedIn.rps / anonymousRps).toFixed(2)}x`);
