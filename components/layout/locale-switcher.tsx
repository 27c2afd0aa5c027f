'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface LocaleOption {
  locale: string;
  label: string;
}

/**
 * Links to the current page in every market. Labels arrive as props from the server, so the
 * only client code is reading the path; the links work before hydration too.
 */
export function LocaleSwitcher({ label, current, options }: { label: string; current: string; options: LocaleOption[] }) {
  const pathname = usePathname();
  const rest = pathname.split('/').slice(2).join('/');
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => (
          <li key={option.locale}>
            <Link
              href={`/${option.locale}${rest ? `/${rest}` : ''}`}
              hrefLang={option.locale}
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
