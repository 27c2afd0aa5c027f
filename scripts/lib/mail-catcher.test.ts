import { request } from 'node:http';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from './mail-catcher';

describe('mail catcher', () => {
  let catcher: MailCatcher;
  const send = (to: string, subject: string, html = '<p>Hi</p>') =>
    createTransport({ url: catcher.smtpUrl }).sendMail({
      from: 'Shop <shop@example.com>',
      to,
      subject,
      text: `Text of ${subject}`,
      html,
    });
  const get = (path: string) => fetch(`${catcher.url}${path}`);

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(() => catcher.close());

  it('keeps what it is sent and answers it as JSON, newest first, by recipient', async () => {
    await send('Erika@Example.com', 'First');
    await send('erika@example.com', 'Second');
    await send('max@example.com', 'Other');
    const response = await get('/api/messages?to=ERIKA%40example.com');
    expect(response.headers.get('content-type')).toBe('application/json');
    const mails = (await response.json()) as Array<Record<string, string>>;
    expect(mails.map((mail) => mail.subject)).toEqual(['Second', 'First']);
    expect(mails[0]).toMatchObject({
      to: 'erika@example.com',
      from: '"Shop" <shop@example.com>',
      text: 'Text of Second',
      html: '<p>Hi</p>',
    });
    expect(Object.keys(mails[0]!).sort()).toEqual(
      ['date', 'from', 'html', 'id', 'subject', 'text', 'to'].sort(),
    );
  });

  it('shows mail as escaped HTML pages, its HTML in a sandboxed frame under a strict policy', async () => {
    await send('eve@example.com', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>"');
    const list = await get('/');
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).not.toContain('<script>alert');
    expect(listHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const id = catcher.mails[0]!.id;
    const page = await (await get(`/messages/${id}`)).text();
    expect(page).toMatch(
      /<iframe sandbox title="[^"]+" srcdoc="&lt;img src=x onerror=alert\(1\)&gt;&quot;"/,
    );
    expect(page).not.toContain('<img');
    expect((await get('/messages/nope')).status).toBe(404);
  });

  it('refuses other host names (DNS rebinding) and clears on DELETE', async () => {
    // fetch() sets Host itself; a page that rebinds its name sends its own.
    const rebound = await new Promise<number | undefined>((resolve, reject) =>
      request(
        `${catcher.url}/api/messages`,
        { headers: { host: 'attacker.example' } },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      )
        .on('error', reject)
        .end(),
    );
    expect(rebound).toBe(403);
    expect((await fetch(`${catcher.url}/api/messages`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await get('/api/messages')).json()).toEqual([]);
  });

  it('refuses a message over its size limit', async () => {
    await expect(send('big@example.com', 'Big', 'x'.repeat(1_100_000))).rejects.toThrow(/552/);
    expect(catcher.mails.some((mail) => mail.to === 'big@example.com')).toBe(false);
  });

  it('fails to start, without leaving a port open, when a port is taken', async () => {
    const port = Number(new URL(catcher.url).port);
    await expect(startMailCatcher({ smtpPort: 0, httpPort: port })).rejects.toThrow(/EADDRINUSE/);
  });
});
