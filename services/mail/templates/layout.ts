import type { MailLocale } from '../mail-outbox';
import { escapeHtml } from './escape-html';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Link {
  label: string;
  url: string;
}

/** What a template says; the layout decides how it looks, in text and in HTML. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  /** A data table (an order's lines): the last cell of a row is an amount, right-aligned. */
  table?: { head: string[]; rows: string[][] };
  /** The first is the mail's button; the others plain links below it. */
  links: Link[];
  /** Small print after the links. */
  notes?: string[];
}

const SIGNATURE: Record<MailLocale, string> = {
  'en-US': 'Northwind Supply',
  'de-DE': 'Ihr Team von Northwind Supply',
  'fr-FR': 'L’équipe Northwind Supply',
  'ja-JP': 'Northwind Supply',
};

const CELL = 'padding:6px 12px 6px 0;border-bottom:1px solid #e5e7eb;vertical-align:top';
const BUTTON =
  'display:inline-block;padding:10px 20px;background:#1f2937;color:#ffffff;border-radius:6px;text-decoration:none';

/**
 * Both parts of a mail. The text part carries every link verbatim (what plain-text readers
 * follow, and tests read); the HTML part is minimal, inline-styled (mail clients drop style
 * sheets) and escapes every value it shows.
 */
export function composeMail(locale: MailLocale, content: MailContent): RenderedMail {
  const { subject, paragraphs, table, links, notes = [] } = content;
  const text = [
    ...paragraphs,
    ...(table ? [table.rows.map((row) => row.filter(Boolean).join(' · ')).join('\n')] : []),
    ...links.map((link) => `${link.label}:\n${link.url}`),
    ...notes,
    `— ${SIGNATURE[locale]}`,
  ].join('\n\n');
  const html = [
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    table ? htmlTable(table) : '',
    ...links.map((link, index) => htmlLink(link, index === 0)),
    ...notes.map((note) => `<p style="font-size:13px;color:#6b7280">${escapeHtml(note)}</p>`),
    `<p>— ${escapeHtml(SIGNATURE[locale])}</p>`,
  ].join('');
  return {
    subject,
    text,
    html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="margin:0 auto;padding:16px;max-width:560px;font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">${html}</body></html>`,
  };
}

function htmlTable({ head, rows }: { head: string[]; rows: string[][] }): string {
  const cell = (tag: 'th' | 'td', value: string, index: number, length: number) => {
    const align =
      index === length - 1 ? ';text-align:right;white-space:nowrap' : ';text-align:left';
    const scope = tag === 'th' ? ' scope="col"' : '';
    return `<${tag}${scope} style="${CELL}${align}">${escapeHtml(value)}</${tag}>`;
  };
  const row = (tag: 'th' | 'td', values: string[]) =>
    `<tr>${values.map((value, index) => cell(tag, value, index, values.length)).join('')}</tr>`;
  return `<table style="border-collapse:collapse;width:100%"><thead>${row('th', head)}</thead><tbody>${rows.map((values) => row('td', values)).join('')}</tbody></table>`;
}

function htmlLink(link: Link, button: boolean): string {
  const style = button ? BUTTON : 'color:#1f2937';
  return `<p><a href="${escapeHtml(link.url)}" style="${style}">${escapeHtml(link.label)}</a></p>`;
}

/** The words of a mail whose point is one link (confirm, reset, …), in every locale. */
export type LinkMailWords = Record<
  MailLocale,
  { subject: string; paragraphs: string[]; action: string; notes?: string[] }
>;

/** A mail whose point is one link: its paragraphs, the link as the button, then the notes. */
export function linkMail(locale: MailLocale, words: LinkMailWords, url: string): RenderedMail {
  const { subject, paragraphs, action, notes } = words[locale];
  return composeMail(locale, { subject, paragraphs, links: [{ label: action, url }], notes });
}
