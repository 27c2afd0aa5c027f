'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';

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
 *
 * With `elsewhere`, a closed group leaves its links out of the HTML until the shopper opens it
 * (the cached category page: a sixth of its bytes, none of them painted). The options are in the
 * payload, so opening renders them at once, in the click's own frame; before hydration, or without
 * JavaScript, the group holds a link to a page that lists them.
 */
export function FacetGroup({
  title,
  options,
  selectedNote,
  elsewhere,
}: {
  title: string;
  options: FacetOption[];
  selectedNote: string;
  elsewhere?: { href: string; label: string };
}) {
  const selectedCount = options.filter((option) => option.selected).length;
  const [rendered, setRendered] = useState(!elsewhere || selectedCount > 0);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before hydration: show the options now rather than the link that stood in for them.
  useEffect(() => {
    if (details.current?.open) setRendered(true);
  }, []);
  if (options.length === 0) return null;
  return (
    <details
      ref={details}
      open={selectedCount > 0 || undefined}
      className="group border-b border-paper-line py-3"
    >
      <summary
        className="cursor-pointer list-none text-sm font-semibold marker:hidden"
        onClick={() => setRendered(true)}
      >
        {title}
        {selectedCount > 0 && <span className="ml-2 text-ink-subtle">({selectedCount})</span>}
      </summary>
      {rendered ? (
        <FacetOptions options={options} selectedNote={selectedNote} />
      ) : (
        elsewhere && (
          <a href={elsewhere.href} rel="nofollow" className="mt-3 block text-sm underline">
            {elsewhere.label}
          </a>
        )
      )}
    </details>
  );
}

function FacetOptions({ options, selectedNote }: { options: FacetOption[]; selectedNote: string }) {
  return (
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
  );
}
