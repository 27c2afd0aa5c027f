import { IntentLink } from './intent-link';

export interface Crumb {
  label: string;
  href?: string;
}

/** Trail of links; the last crumb is the current page and is not a link. */
export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="py-4 text-sm text-ink-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={`${item.label}-${index}`} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">/</span>}
            {item.href ? (
              <IntentLink
                href={item.href}
                className="underline-offset-4 hover:text-ink hover:underline"
              >
                {item.label}
              </IntentLink>
            ) : (
              <span aria-current="page" className="text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
