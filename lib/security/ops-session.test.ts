import { describe, expect, it } from 'vitest';
import { issueOpsSession, OPS_SESSION_SECONDS, validOpsSession } from './ops-session';

const SECRET = 'ops-token-0123456789abcdef';
const NOW = Date.UTC(2026, 11, 4, 12);

describe('ops session', () => {
  it('is valid under its own secret until it expires', async () => {
    const session = await issueOpsSession(SECRET, NOW);
    expect(session).not.toContain(SECRET);
    expect(await validOpsSession(session, SECRET, NOW + 1_000)).toBe(true);
    expect(await validOpsSession(session, SECRET, NOW + OPS_SESSION_SECONDS * 1000)).toBe(false);
    expect(await validOpsSession(session, 'another-secret-0123456789', NOW)).toBe(false);
  });

  it('refuses a forged expiry, a far-future expiry and anything malformed', async () => {
    const session = await issueOpsSession(SECRET, NOW);
    const [expiresAt, signature] = session.split('.');
    expect(await validOpsSession(`${Number(expiresAt) + 60}.${signature}`, SECRET, NOW)).toBe(
      false,
    );
    const farFuture = await issueOpsSession(SECRET, NOW + 365 * 24 * 3600 * 1000);
    expect(await validOpsSession(farFuture, SECRET, NOW)).toBe(false);
    for (const bad of [undefined, '', SECRET, `${expiresAt}.`, `x.${signature}`])
      expect(await validOpsSession(bad, SECRET, NOW)).toBe(false);
  });
});
