import { expect, type BrowserContext, type Page } from '@playwright/test';
import { waitForMail } from './mail';

/**
 * WebAuthn needs a registrable domain: `localhost`, not 127.0.0.1. The e2e stack's SITE_URL is
 * http://localhost:3100, which is also the origin the customer service checks passkeys against.
 */
export const ACCOUNT_ORIGIN = 'http://localhost:3100';

const PASSWORD = 'correct horse battery staple';

let counter = 0;
/** A fresh address per call, so reruns and tests never meet an account made before. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** The link in the newest mail to `to` whose subject matches, pointed at the e2e origin. */
async function mailedLink(to: string, subject: RegExp, path: RegExp): Promise<string> {
  const mail = await waitForMail({ to, subject, timeoutMs: 20_000 });
  const url = new RegExp(`https?://[^\\s"'<>]*${path.source}[^\\s"'<>]*`).exec(mail.text)?.[0];
  expect(url, `a ${path} link in "${mail.subject}"`).toBeTruthy();
  const parsed = new URL(url!);
  return `${ACCOUNT_ORIGIN}${parsed.pathname}${parsed.search}`;
}

/**
 * Every shopper of the suite comes from 127.0.0.1, and the customer service limits sign-ups per
 * address; a forwarded address per new shopper keeps them apart (the storefront's server keeps a
 * browser's X-Forwarded-For, as it would behind a proxy that sets it).
 */
async function asNewShopper(page: Page): Promise<void> {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  await page.context().setExtraHTTPHeaders({
    'x-forwarded-for': `198.18.${octet()}.${octet()}`,
  });
}

/** Asks for the sign-up link and opens it; the page then offers a passkey or a password. */
export async function openSignUpLink(page: Page, email: string): Promise<void> {
  await asNewShopper(page);
  await page.goto(`${ACCOUNT_ORIGIN}/en-US/account/sign-up`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText(
    'link to create it is on its way',
  );
  await page.goto(
    await mailedLink(email, /create your account|confirm/i, /\/account\/sign-up\/complete/),
  );
  await expect(page.getByTestId('sign-up-email')).toContainText(email);
}

export async function signUpWithPassword(page: Page, email: string, name = 'Ada'): Promise<void> {
  await openSignUpLink(page, email);
  await page.getByLabel('Name (optional)').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
}

export async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto(`${ACCOUNT_ORIGIN}/en-US/account/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
}

/**
 * Chromium's virtual authenticator (CDP): a platform authenticator with resident keys and user
 * verification, so passkeys are created and used without a person touching anything.
 */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}
