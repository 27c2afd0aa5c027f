import { startMailCatcher } from './mail-catcher';

type Env = Record<string, string | undefined>;

interface LocalMail {
  /** What the services get as SMTP_URL. */
  smtpUrl: string;
  /** For scripts/lib/shutdown.ts. */
  stop(): void;
}

/**
 * With the embedded services and no SMTP_URL, `npm start` runs the mail catcher
 * (scripts/lib/mail-catcher.ts) in its own process, so it outlives a services restart, and the
 * services send to it. Undefined when mail goes elsewhere. When the SMTP port is taken (another
 * `npm start`'s catcher) that is said, and mail goes to whatever listens there.
 */
export async function startLocalMail(env: Env, embedded: boolean): Promise<LocalMail | undefined> {
  if (!embedded || env.SMTP_URL) return undefined;
  const smtpPort = Number(env.MAIL_CATCHER_SMTP_PORT || 1025);
  const httpPort = Number(env.MAIL_CATCHER_PORT || 1080);
  try {
    const catcher = await startMailCatcher({ smtpPort, httpPort });
    console.log(`Mail catcher: ${catcher.url}  (SMTP ${catcher.smtpUrl})`);
    return { smtpUrl: catcher.smtpUrl, stop: () => void catcher.close() };
  } catch (error) {
    console.warn(`Mail catcher not started (${String(error)}); mail goes to port ${smtpPort}.`);
    return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, stop: () => undefined };
  }
}
