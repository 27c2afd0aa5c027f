'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

interface LocaleOption {
  locale: string;
  label: string;
}

interface Props {
  label: string;
  current: string;
  options: LocaleOption[];
}

function LocaleLinks({ label, current, options, query }: Props & { query: string }) {
  const pathname = usePathname();
  const rest = pathname.split('/').slice(2).join('/');
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => (
          <li key={option.locale}>
            <Link
              href={`/${option.locale}${rest ? `/${rest}` : ''}${query ? `?${query}` : ''}`}
              hrefLang={option.locale}
              prefetch={false}
              aria-current={option.locale === current ? 'true' : undefined}
              className="underline-offset-4 hover:text-ink hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-ink"
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LocaleLinksWithQuery(props: Props) {
  return <LocaleLinks {...props} query={useSearchParams().toString()} />;
}

/**
 * Links to the current page, query included (a search, a filter), in every market. Reading
 * the query would make cached pages dynamic, so it waits in <Suspense>; the server renders
 * the same links without it, which work before hydration too.
 */
export function LocaleSwitcher(props: Props) {
  return (
    <Suspense fallback={<LocaleLinks {...props} query="" />}>
      <LocaleLinksWithQuery {...props} />
    </Suspense>
  );
}
