'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/markets';
import { listSavedPages, type SavedPage } from '@/lib/pwa/saved-pages';

/**
 * What this device can open offline. Plain links, not client navigations: a document request is
 * what the service worker answers from its copy. The explanation is in the server's HTML and
 * what only the browser knows (the list, or a short "none yet") comes after hydration: a long
 * paragraph painted then would become the page's largest paint, seconds late on a phone.
 */
export function SavedPagesList({
  locale,
  messages: m,
}: {
  locale: Locale;
  messages: { heading: string; hint: string; none: string };
}) {
  const [pages, setPages] = useState<SavedPage[]>();

  useEffect(() => {
    listSavedPages(locale).then(setPages, () => setPages([]));
  }, [locale]);

  return (
    <section aria-labelledby="saved-pages" className="flex w-full flex-col gap-2">
      <h2 id="saved-pages" className="text-lg font-semibold">
        {m.heading}
      </h2>
      <p className="text-ink-muted">{m.hint}</p>
      {/* Its line is held while the list is read, so what follows does not move when it shows. */}
      {(!pages || pages.length === 0) && (
        <p className={pages ? 'text-ink-muted' : 'invisible'}>{m.none}</p>
      )}
      {pages && pages.length > 0 && (
        <ul className="flex flex-col gap-1" data-testid="saved-pages">
          {pages.map((page) => (
            <li key={page.href}>
              <a href={page.href} className="underline hover:text-brand-strong">
                {page.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
