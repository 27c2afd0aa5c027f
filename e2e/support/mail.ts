import type { CaughtMail } from '../../scripts/lib/mail-catcher-pages';
import { stack } from './stack';

/**
 * The newest mail the shop sent to `to` (whose subject matches), from the stack's mail catcher;
 * waits for the outbox worker to deliver it.
 */
export async function waitForMail(options: {
  to: string;
  subject?: RegExp;
  timeoutMs: number;
}): Promise<CaughtMail> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const response = await fetch(
      `${stack.mailCatcherUrl}/api/messages?to=${encodeURIComponent(options.to)}`,
    );
    const mails = (await response.json()) as CaughtMail[];
    const found = mails.find((mail) => !options.subject || options.subject.test(mail.subject));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(
        `No mail to ${options.to}${options.subject ? ` with a subject like ${options.subject}` : ''} within ${options.timeoutMs} ms; caught: ${mails.map((mail) => mail.subject).join(' | ') || 'nothing'}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Forgets every caught mail, for a spec that counts what it sends rather than matching a fresh
 * address (the catcher keeps the last 500 of the whole run otherwise).
 * @public for the specs (none needs it yet; knip would call it unused)
 */
export async function clearMail(): Promise<void> {
  const response = await fetch(`${stack.mailCatcherUrl}/api/messages`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`The mail catcher answered ${response.status} to DELETE`);
}
