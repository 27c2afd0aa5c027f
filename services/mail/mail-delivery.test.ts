import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestMailbox } from '../testing/test-mailbox';
import { MailDelivery, type MailDeliveryOptions } from './mail-delivery';
import { MailOutbox, type OutgoingMail } from './mail-outbox';

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Row {
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  due_in_s: number;
}

describe.each(TEST_BACKENDS)('mail delivery on $name', (backend) => {
  let db: Database;
  let outbox: MailOutbox;
  let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
  let seq = 0;
  const reset = (to: string): OutgoingMail => ({
    kind: 'password-reset',
    to,
    locale: 'de-DE',
    data: { url: `https://shop.example/de-DE/account/reset/complete?token=t${++seq}` },
  });
  const delivery = (options: Partial<MailDeliveryOptions> = {}) =>
    new MailDelivery(db, {
      smtpUrl: mailbox.smtpUrl,
      from: 'Northwind Supply <shop@example.com>',
      storefrontUrl: 'https://shop.example',
      pollMs: 20,
      log: 'silent',
      ...options,
    });
  const row = async (to: string) =>
    (
      await db.query<Row>(
        `SELECT attempts, sent_at, failed_at, last_error,
           extract(epoch FROM next_attempt_at - now())::float8 AS due_in_s
         FROM mail_outbox WHERE recipient = $1`,
        [to],
      )
    ).rows;

  beforeAll(async () => {
    db = await openDatabase(await backend.fresh());
    outbox = new MailOutbox(db);
    mailbox = await startTestMailbox();
  });
  afterAll(async () => {
    await mailbox.close();
    await db.close();
  });

  it('sends due mail over SMTP in the background and marks it sent', async () => {
    const mail = reset('erika@example.com');
    await outbox.enqueue(mail);
    const worker = delivery();
    worker.start();
    await mailbox.waitFor('erika@example.com', /token=t\d+/);
    await worker.stop();
    expect(mailbox.received[0]?.subject).toBe('Setzen Sie Ihr Passwort zurück');
    const [stored] = await row('erika@example.com');
    expect(stored).toMatchObject({ attempts: 1, failed_at: null });
    expect(stored?.sent_at).toBeInstanceOf(Date);
  });

  it('sends nothing enqueued in a transaction that rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await outbox.enqueue(reset('rolled-back@example.com'), tx);
        throw new Error('the order failed');
      }),
    ).rejects.toThrow('the order failed');
    expect(await row('rolled-back@example.com')).toEqual([]);
  });

  it('gives each mail to one worker when several poll at once', async () => {
    const to = 'many@example.com';
    for (let index = 0; index < 6; index += 1) await outbox.enqueue(reset(to));
    const [a, b] = [delivery(), delivery()];
    const taken = await Promise.all([a.sendDue(), b.sendDue(), a.sendDue(), b.sendDue()]);
    expect(taken.reduce((sum, count) => sum + count, 0)).toBe(6);
    await Promise.all([a.stop(), b.stop()]);
    expect(mailbox.received.filter((mail) => mail.to === to)).toHaveLength(6);
  });

  it('retries a refused connection later with backoff, then gives up, never throwing', async () => {
    const to = 'refused@example.com';
    await outbox.enqueue(reset(to));
    const worker = delivery({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}` });
    expect(await worker.sendDue()).toBe(1);
    const [first] = await row(to);
    expect(first).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(first?.last_error).toMatch(/ECONNREFUSED/);
    expect(first?.due_in_s).toBeGreaterThan(3);
    expect(first?.due_in_s).toBeLessThanOrEqual(5);
    expect(await worker.sendDue()).toBe(0);

    // The last retry's turn: one more failure gives the mail up.
    await db.query(
      `UPDATE mail_outbox SET attempts = 5, next_attempt_at = now() WHERE recipient = $1`,
      [to],
    );
    expect(await worker.sendDue()).toBe(1);
    const [last] = await row(to);
    expect(last).toMatchObject({ attempts: 6, sent_at: null });
    expect(last?.failed_at).toBeInstanceOf(Date);
    await worker.stop();
  });

  it('logs failures once a minute per recipient domain, without addresses or bodies', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const to of ['a@fail.example', 'b@fail.example', 'c@other.example'])
      await outbox.enqueue(reset(to));
    const worker = delivery({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, log: 'info' });
    await worker.sendDue();
    await worker.stop();
    const lines = errors.mock.calls.map(
      ([line]) => JSON.parse(String(line)) as Record<string, unknown>,
    );
    errors.mockRestore();
    expect(lines.map((line) => line.domain).sort()).toEqual(['fail.example', 'other.example']);
    const logged = JSON.stringify(lines);
    expect(logged).not.toMatch(/@|token=/);
    expect(lines[0]).toMatchObject({ msg: 'mail delivery failed', kind: 'password-reset' });
  });
});
