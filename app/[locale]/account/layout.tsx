import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/** Account pages are one shopper's: rendered per request (they read the session cookie), never indexed. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex max-w-3xl flex-col gap-6 py-8">{children}</div>;
}
