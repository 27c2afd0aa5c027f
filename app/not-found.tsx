import '@/styles/globals.css';
import Link from 'next/link';

/** Outside any locale (rare: the proxy redirects first), so plain English with links to each market. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="font-sans">
        <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-24">
          <h1 className="text-3xl font-bold">Page not found</h1>
          <p>
            <Link href="/" className="underline">
              Go to the storefront
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
