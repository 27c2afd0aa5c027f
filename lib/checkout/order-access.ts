import { timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { siteUrl } from '@/lib/seo/site-url';

const NAME = 'orders';
const KEEP = 5;
const ENTRY = /^(ORD-[A-Z0-9]{4,12})\.([A-Za-z0-9_-]{16,128})$/;

interface OrderKey {
  id: string;
  accessToken: string;
}

async function readKeys(): Promise<OrderKey[]> {
  const value = (await cookies()).get(NAME)?.value ?? '';
  return value.split('~').flatMap((entry) => {
    const match = ENTRY.exec(entry);
    return match ? [{ id: match[1]!, accessToken: match[2]! }] : [];
  });
}

/**
 * Remembers, in an httpOnly cookie, the access token of an order this browser placed or looked
 * up. The token never travels in a URL (no history, logs or Referer leak it); the last few
 * orders are kept.
 */
export async function grantOrderAccess(order: OrderKey): Promise<void> {
  const kept = (await readKeys()).filter((key) => key.id !== order.id).slice(-(KEEP - 1));
  (await cookies()).set(
    NAME,
    [...kept, order].map((key) => `${key.id}.${key.accessToken}`).join('~'),
    {
      httpOnly: true,
      secure: siteUrl().startsWith('https:'),
      sameSite: 'lax',
      path: '/',
      maxAge: 60 * 60 * 24 * 30,
    },
  );
}

/** Whether this browser holds the order's token (compared in constant time). */
export async function hasOrderAccess(order: OrderKey): Promise<boolean> {
  const held = (await readKeys()).find((key) => key.id === order.id);
  if (!held) return false;
  const [a, b] = [Buffer.from(held.accessToken), Buffer.from(order.accessToken)];
  return a.length === b.length && timingSafeEqual(a, b);
}
