import { stack } from './stack';

export interface CaughtMail {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  date: string;
}

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
