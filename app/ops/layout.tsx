import '@/styles/globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/** Operations pages: outside the locales and the shop's chrome, never indexed. */
export const metadata: Metadata = {
  title: 'Storefront operations',
  robots: { index: false, follow: false },
};

export default function OpsLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="font-sans">
        <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
