import { lookUpCustomer } from '@/lib/account/current-customer';
import { jsonError } from '@/lib/http/json-error';
import { customers } from '@/lib/services/customers/client';

/**
 * The signed-in shopper's data as a JSON download. A GET that changes nothing, so a link may
 * start it; the session cookie (SameSite=Lax) decides whose data it is, never a parameter.
 */
export async function GET(): Promise<Response> {
  const lookup = await lookUpCustomer();
  if (lookup.state === 'signed-out') return jsonError(401, 'unauthenticated', 'Sign in first.');
  const data = lookup.state === 'signed-in' && (await customers.exportData(lookup.account.token));
  if (!data || !data.ok)
    return jsonError(503, 'unavailable', 'Accounts are unavailable right now.', {
      'Retry-After': '10',
    });
  return new Response(JSON.stringify(data.value, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="account-data.json"',
      'Cache-Control': 'private, no-store',
    },
  });
}
