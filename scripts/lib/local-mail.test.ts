import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLocalMail } from './local-mail';

describe('startLocalMail', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves mail alone with SMTP_URL set or the services elsewhere', async () => {
    expect(await startLocalMail({ SMTP_URL: 'smtp://mail.example:587' }, true)).toBeUndefined();
    expect(await startLocalMail({}, false)).toBeUndefined();
  });

  it('starts the catcher on the configured ports and says where', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const env = { MAIL_CATCHER_SMTP_PORT: '0', MAIL_CATCHER_PORT: '0' };
    const mail = await startLocalMail(env, true);
    expect(mail?.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/^Mail catcher: http:\/\/127\.0\.0\.1:\d+/),
    );
    mail?.stop();
  });
});
