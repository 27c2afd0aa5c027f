import { linkTokenSchema } from '@/lib/account/link-token';
import { customers } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';

export type SignUpLink =
  { state: 'valid'; token: string; email: string } | { state: 'invalid' | 'unavailable' };

/** The mailed sign-up link's token and the address it was sent to; it is used only on completion. */
export async function loadSignUpLink(token: unknown): Promise<SignUpLink> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return { state: 'invalid' };
  const found = await customers.inspectSignUp(parsed.data);
  if (found.ok) return { state: 'valid', token: parsed.data, email: found.value.email };
  if (found.error.status === 410 || found.error.status === 400) return { state: 'invalid' };
  markOutage();
  return { state: 'unavailable' };
}
