'use client';

import Link from 'next/link';

export interface FacetOption {
  label: string;
  count: number;
  /** The listing with this value toggled. */
  href: string;
  swatch?: string;
  selected?: true;
}

/**
 * One facet as a list of toggle links: works without JavaScript, and Next turns each click into
 * a soft navigation. Open when something in it is selected. A client component only to keep the
 * cached listing small: its options travel in the page's RSC payload as data (label, count, link)
 * rather than as the element tree of every link, which the payload would repeat beside the HTML.
 */
export function FacetGroup({
  title,
  options,
  selectedNote,
}: {
  title: string;
  options: FacetOption[];
  selectedNote: string;
}) {
  if (options.length === 0) return null;
  const selectedCount = options.filter((option) => option.selected).length;
  return (
    <details
      open={selectedCount > 0 || undefined}
      className="group border-b border-paper-line py-3"
    >
      <summary className="cursor-pointer list-none text-sm font-semibold marker:hidden">
        {title}
        {selectedCount > 0 && <span className="ml-2 text-ink-subtle">({selectedCount})</span>}
      </summary>
      <ul className="mt-3 flex flex-col gap-1">
        {options.map((option) => (
          <li key={option.href}>
            <Link
              href={option.href}
              scroll={false}
              prefetch={false}
              rel="nofollow"
              className="facet-link"
            >
              <span aria-hidden="true" className="facet-box" data-on={option.selected}>
                {option.selected ? '✓' : ''}
              </span>
              {option.swatch && (
                <span
                  aria-hidden="true"
                  className="h-3 w-3 rounded-full border border-black/10"
                  style={{ backgroundColor: option.swatch }}
                />
              )}
              <span className="flex-1">{option.label}</span>
              <span className="text-ink-subtle">{option.count}</span>
              {option.selected && <span className="sr-only">({selectedNote})</span>}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
