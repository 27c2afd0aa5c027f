import { escapeHtml } from '../../services/mail/templates/escape-html';

export interface CaughtMail {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** When it was received, ISO 8601. */
  date: string;
}

/**
 * The pages' policy, which the mail's HTML inherits in its `srcdoc` frame: no scripts, no
 * remote images (tracking pixels, mixed content), no forms; inline styles only.
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}' +
  'td,th{text-align:left;padding:.4rem .8rem .4rem 0;border-bottom:1px solid #ccc;vertical-align:top}' +
  'iframe{width:100%;height:32rem;border:1px solid #ccc}pre{white-space:pre-wrap}a{color:#1d4ed8}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** Every caught mail, newest first: when, to whom, and its subject as the link to it. */
export function listPage(mails: readonly CaughtMail[]): string {
  const rows = mails.map(
    (mail) =>
      `<tr><td><time datetime="${escapeHtml(mail.date)}">${escapeHtml(mail.date)}</time></td><td>${escapeHtml(mail.to)}</td><td><a href="/messages/${encodeURIComponent(mail.id)}">${escapeHtml(mail.subject || '(no subject)')}</a></td></tr>`,
  );
  const table =
    mails.length === 0
      ? '<p>No mail yet.</p>'
      : `<table><caption>${mails.length} mail(s), newest first</caption><thead><tr><th scope="col">Received</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return page(
    'Mail catcher',
    `<h1>Mail sent by the shop</h1><p>Caught here, in memory: nothing leaves this machine. The JSON is at <a href="/api/messages">/api/messages</a>.</p>${table}`,
  );
}

/** One mail: its HTML in a sandboxed frame (no scripts, no same origin), then its text. */
export function messagePage(mail: CaughtMail): string {
  const frame = mail.html
    ? `<h2>HTML</h2><iframe sandbox title="The mail as HTML" srcdoc="${escapeHtml(mail.html)}"></iframe>`
    : '';
  return page(
    mail.subject || '(no subject)',
    `<p><a href="/">All mail</a></p><h1>${escapeHtml(mail.subject || '(no subject)')}</h1><dl><dt>From</dt><dd>${escapeHtml(mail.from)}</dd><dt>To</dt><dd>${escapeHtml(mail.to)}</dd><dt>Received</dt><dd>${escapeHtml(mail.date)}</dd></dl>${frame}<h2>Text</h2><pre>${escapeHtml(mail.text)}</pre>`,
  );
}
