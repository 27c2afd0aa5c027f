import Link from 'next/link';
import type { FacetValue } from '@/lib/listing/facets';

/**
 * One facet as a list of toggle links: no client JS, works without JavaScript, and Next
 * turns each click into a soft navigation. Open when something in it is selected.
 */
export function FacetGroup({
  title,
  values,
  selected,
  hrefFor,
  selectedNote,
}: {
  title: string;
  values: FacetValue[];
  selected: string[];
  hrefFor: (value: string) => string;
  selectedNote: string;
}) {
  if (values.length === 0) return null;
  return (
    <details
      open={selected.length > 0 || undefined}
      className="group border-b border-paper-line py-3"
    >
      <summary className="cursor-pointer list-none text-sm font-semibold marker:hidden">
        {title}
        {selected.length > 0 && <span className="ml-2 text-ink-subtle">({selected.length})</span>}
      </summary>
      <ul className="mt-3 flex flex-col gap-1">
        {values.map((facet) => {
          const isSelected = selected.includes(facet.value);
          return (
            <li key={facet.value}>
              <Link
                href={hrefFor(facet.value)}
                scroll={false}
                prefetch={false}
                rel="nofollow"
                className="facet-link"
              >
                <span aria-hidden="true" className="facet-box" data-on={isSelected || undefined}>
                  {isSelected ? '✓' : ''}
                </span>
                {facet.swatch && (
                  <span
                    aria-hidden="true"
                    className="h-3 w-3 rounded-full border border-black/10"
                    style={{ backgroundColor: facet.swatch }}
                  />
                )}
                <span className="flex-1">{facet.label}</span>
                <span className="text-ink-subtle">{facet.count}</span>
                {isSelected && <span className="sr-only">({selectedNote})</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
