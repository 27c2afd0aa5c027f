import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { escapeHtml } from './templates/escape-html';

interface CaughtMail {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  date: string;
}

const KEEP = 500;
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * A local SMTP server that keeps what it is sent (the last 500 mails, in memory) and shows it:
 * `npm start` points the services' mail at it, so a shopper's sign-up link or order confirmation
 * can be read at its web page, and the e2e tests read them from its JSON API. Loopback only.
 */
export async function startMailCatcher(options: { smtpPort: number; httpPort: number }) {
  const mails: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          for (const recipient of session.envelope.rcptTo)
            mails.unshift({
              id: randomUUID(),
              to: recipient.address.toLowerCase(),
              from: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              date: new Date().toISOString(),
            });
          mails.length = Math.min(mails.length, KEEP);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const http = createServer((request, response) => answer(mails, request, response));
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => http.listen(options.httpPort, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    url: `http://127.0.0.1:${httpPort}`,
    mails,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function answer(mails: CaughtMail[], request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://catcher.invalid');
  if (url.pathname === '/api/messages' && request.method === 'DELETE') {
    mails.length = 0;
    response.writeHead(204).end();
    return;
  }
  if (url.pathname === '/api/messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    const body = JSON.stringify(to ? mails.filter((mail) => mail.to === to) : mails);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    return;
  }
  const mail = mails.find((candidate) => url.pathname === `/messages/${candidate.id}`);
  if (url.pathname !== '/' && !mail) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('No such mail');
    return;
  }
  response
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CSP,
      'cache-control': 'no-store',
    })
    .end(mail ? messagePage(mail) : listPage(mails));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}td,th{text-align:left;padding:.4rem .8rem .4rem 0;border-bottom:1px solid #ddd}iframe{width:100%;height:32rem;border:1px solid #ddd}pre{white-space:pre-wrap}</style></head><body>${body}</body></html>`;
}

function listPage(mails: CaughtMail[]): string {
  const rows = mails
    .map(
      (mail) =>
        `<tr><td>${escapeHtml(mail.date)}</td><td>${escapeHtml(mail.to)}</td><td><a href="/messages/${mail.id}">${escapeHtml(mail.subject || '(no subject)')}</a></td></tr>`,
    )
    .join('');
  return page(
    'Mail catcher',
    `<h1>Mail sent by the shop</h1><p>${mails.length} mail(s), newest first. Nothing here leaves this machine.</p><table><thead><tr><th scope="col">Sent</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function messagePage(mail: CaughtMail): string {
  // The mail's HTML runs nothing: a sandboxed frame without scripts, under the page's CSP.
  const frame = mail.html
    ? `<iframe sandbox title="The mail as HTML" srcdoc="${escapeHtml(mail.html)}"></iframe>`
    : '';
  return page(
    mail.subject,
    `<p><a href="/">All mail</a></p><h1>${escapeHtml(mail.subject)}</h1><p>From ${escapeHtml(mail.from)} to ${escapeHtml(mail.to)}, ${escapeHtml(mail.date)}</p>${frame}<h2>Text</h2><pre>${escapeHtml(mail.text)}</pre>`,
  );
}
