import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { listPage, messagePage, PAGE_CSP, type CaughtMail } from './mail-catcher-pages';

const HOST = '127.0.0.1';
const KEEP = 500;
const MAX_BYTES = 1024 * 1024;

export interface MailCatcher {
  smtpUrl: string;
  /** The web page (and `/api/messages`). */
  url: string;
  /** Newest first, the last 500. */
  mails: CaughtMail[];
  close(): Promise<void>;
}

/**
 * A local SMTP server that keeps what it is sent, in memory, and shows it over HTTP: `npm start`
 * points the services' mail at it, so a sign-up link or an order confirmation can be read at
 * its page, and tests read them from its JSON API. Loopback only, no AUTH, no TLS. Port 0 picks
 * a free one.
 */
export async function startMailCatcher(ports: {
  smtpPort: number;
  httpPort: number;
}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_BYTES,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        if (stream.sizeExceeded)
          return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        const date = new Date().toISOString();
        const html = typeof parsed.html === 'string' ? parsed.html : '';
        for (const { address } of session.envelope.rcptTo) {
          const { from, subject = '', text = '' } = parsed;
          mails.unshift({
            id: randomUUID(),
            to: address.toLowerCase(),
            from: from?.text ?? '',
            subject,
            text,
            html,
            date,
          });
        }
        mails.length = Math.min(mails.length, KEEP);
        callback();
      }, callback);
    },
  });
  // A client that hangs up mid-message is reported here; it must not end `npm start`.
  smtp.on('error', () => undefined);
  await listen(smtp.server, ports.smtpPort);
  const http = createServer((request, response) => answer(mails, request, response));
  await listen(http, ports.httpPort).catch(async (error: unknown) => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://${HOST}:${smtpPort}`,
    url: `http://${HOST}:${httpPort}`,
    mails,
    close: async () => {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => http.close(() => resolve())),
      ]);
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Only for this machine's names: a page elsewhere cannot rebind its own name to 127.0.0.1. */
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

function answer(mails: CaughtMail[], request: IncomingMessage, response: ServerResponse): void {
  const send = (status: number, type: string, body: string): void => {
    response
      .writeHead(status, {
        'content-type': type,
        'content-security-policy': PAGE_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      })
      .end(body);
  };
  if (!LOOPBACK_HOST.test(request.headers.host ?? '')) return send(403, 'text/plain', 'Forbidden');
  const url = new URL(request.url ?? '/', 'http://catcher.invalid');
  const mail = mails.find((candidate) => url.pathname === `/messages/${candidate.id}`);
  if (url.pathname === '/api/messages' && request.method === 'DELETE') {
    mails.length = 0;
    return send(204, 'text/plain', '');
  }
  if (request.method !== 'GET') return send(405, 'text/plain', 'Method not allowed');
  if (url.pathname === '/api/messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    const found = to ? mails.filter((candidate) => candidate.to === to) : mails;
    return send(200, 'application/json', JSON.stringify(found));
  }
  if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', listPage(mails));
  if (mail) return send(200, 'text/html; charset=utf-8', messagePage(mail));
  send(404, 'text/plain', 'No such mail');
}
