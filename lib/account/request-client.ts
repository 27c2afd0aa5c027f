import { headers } from 'next/headers';
import { clientKey } from '@/lib/security/client-key';

/**
 * Who is asking, for the customer service's rate limits per address and its list of sessions:
 * the address the storefront server saw (see clientKey) and the browser's description of itself.
 */
export async function requestClient(): Promise<{ ip: string; userAgent: string }> {
  const incoming = await headers();
  return {
    ip: clientKey(incoming),
    userAgent: (incoming.get('user-agent') ?? '').slice(0, 256),
  };
}
