'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The account section's own navigation; the current page is marked for assistive tech. */
export function AccountNav({
  label,
  links,
}: {
  label: string;
  links: Array<{ href: string; label: string }>;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 border-b border-paper-line pb-3 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={pathname === link.href ? 'page' : undefined}
              className="underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
