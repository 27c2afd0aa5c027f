import { parseFields } from '../framework/field-errors';
import type { HttpResult, Route } from '../framework/types';
import type { Accounts, SignedIn } from './accounts';
import type { Passkeys } from './passkeys';
import {
  completeResetBody,
  completeSignUpBody,
  passkeySignInBody,
  signInBody,
  signUpBody,
  tokenBody,
} from './requests';

const accepted: HttpResult = { status: 202, json: {} };
const signedIn = (value: SignedIn): HttpResult => ({ status: 201, json: value });

const post = (template: string, handler: Route['handler']): Route => ({
  method: 'POST',
  template,
  service: 'customers',
  handler,
});

/** The operations a signed-out shopper's storefront calls: sign-up, sign-in, reset. */
export function authRoutes(accounts: Accounts, passkeys: Passkeys): Route[] {
  return [
    post('/customers/sign-up', async ({ readJson }) => {
      const { email, locale, client } = parseFields(signUpBody, await readJson());
      await accounts.requestSignUp(email, locale, client);
      return accepted;
    }),
    post('/customers/sign-up/inspect', async ({ readJson }) => {
      const { token } = parseFields(tokenBody, await readJson());
      return { status: 200, json: await accounts.inspectSignUp(token) };
    }),
    post('/customers/sign-up/passkey-options', async ({ readJson }) => {
      const { token } = parseFields(tokenBody, await readJson());
      return { status: 200, json: await accounts.signUpPasskeyOptions(token) };
    }),
    post('/customers/sign-up/complete', async ({ readJson }) =>
      signedIn(await accounts.completeSignUp(parseFields(completeSignUpBody, await readJson()))),
    ),
    post('/customers/sessions', async ({ readJson }) => {
      const { email, password, client } = parseFields(signInBody, await readJson());
      return signedIn(await accounts.signIn(email, password, client));
    }),
    post('/customers/passkeys/challenges', async () => ({
      status: 200,
      json: await passkeys.authenticationOptions(),
    })),
    post('/customers/sessions/passkey', async ({ readJson }) => {
      const { challengeId, response, client } = parseFields(passkeySignInBody, await readJson());
      return signedIn(await accounts.signInWithPasskey(challengeId, response, client));
    }),
    post('/customers/password-resets', async ({ readJson }) => {
      const { email, locale, client } = parseFields(signUpBody, await readJson());
      await accounts.requestPasswordReset(email, locale, client);
      return accepted;
    }),
    post('/customers/password-resets/complete', async ({ readJson }) => {
      const { token, password, client } = parseFields(completeResetBody, await readJson());
      return signedIn(await accounts.completePasswordReset(token, password, client));
    }),
  ];
}
