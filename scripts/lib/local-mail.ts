import { startMailCatcher } from '../../services/mail/mail-catcher';

type Env = Record<string, string | undefined>;

/**
 * With the embedded services and no SMTP_URL, `npm start` runs the mail catcher (in this
 * process, so it outlives a services restart) and points the services' mail at it. Returns the
 * SMTP_URL to hand the services, or undefined when mail goes elsewhere. A port already taken
 * (another catcher) is reported and mail is left to that server.
 */
export async function startLocalMail(env: Env, embedded: boolean): Promise<string | undefined> {
  if (!embedded || env.SMTP_URL) return undefined;
  const smtpPort = Number(env.MAIL_CATCHER_SMTP_PORT || 1025);
  const httpPort = Number(env.MAIL_CATCHER_PORT || 1080);
  try {
    const catcher = await startMailCatcher({ smtpPort, httpPort });
    console.log(`Mail catcher: ${catcher.url} (the shop's mail, SMTP on ${catcher.smtpUrl})`);
    return catcher.smtpUrl;
  } catch (error) {
    console.warn(`Mail catcher not started (${String(error)}); mail goes to port ${smtpPort}.`);
    return `smtp://127.0.0.1:${smtpPort}`;
  }
}
