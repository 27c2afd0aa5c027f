import { startMailCatcher } from '../../scripts/lib/mail-catcher';

/**
 * The mail catcher on free ports, for the services' delivery to send real SMTP to: tests read
 * the links a shopper would get.
 */
export async function startTestMailbox() {
  const catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  return {
    smtpUrl: catcher.smtpUrl,
    received: catcher.mails,
    /** The newest mail to `to` whose text matches, waiting up to 10 s for delivery. */
    async waitFor(to: string, pattern: RegExp): Promise<RegExpExecArray> {
      for (let waited = 0; waited < 10_000; waited += 50) {
        for (const mail of catcher.mails) {
          const match = mail.to === to.toLowerCase() ? pattern.exec(mail.text) : null;
          if (match) return match;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no mail to ${to} matching ${pattern}`);
    },
    close: catcher.close,
  };
}
