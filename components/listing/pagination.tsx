import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listingHref, type ListingParams, type ListingPath } from '@/lib/listing/listing-params';

/** Cursor pagination: the service's opaque cursor walks to the last product of any catalog size. */
export async function Pagination({
  path,
  params,
  nextCursor,
  extra,
}: {
  path: ListingPath;
  params: ListingParams;
  nextCursor: string | null;
  extra?: Record<string, string>;
}) {
  if (!nextCursor && !params.cursor) return null;
  const t = await getTranslations('Listing');
  return (
    <nav
      aria-label={t('pagination')}
      className="mt-10 flex flex-wrap items-center justify-center gap-4 text-sm"
    >
      {params.cursor && (
        <Link href={listingHref(path, params, {}, extra)} className="underline underline-offset-4">
          {t('firstPage')}
        </Link>
      )}
      {nextCursor && (
        <Link
          href={listingHref(path, { ...params }, { cursor: nextCursor }, extra)}
          rel="next"
          prefetch={false}
          className="rounded-full bg-ink px-6 py-2.5 font-semibold text-white hover:bg-brand-strong"
        >
          {t('nextPage')}
        </Link>
      )}
    </nav>
  );
}
