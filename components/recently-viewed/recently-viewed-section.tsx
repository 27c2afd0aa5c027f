import { getTranslations } from 'next-intl/server';
import { RecentlyViewed } from './recently-viewed';

/** The recently viewed list with its words: the same on the product, cart and search pages. */
export async function RecentlyViewedSection({
  locale,
  exceptId,
}: {
  locale: string;
  exceptId?: string;
}) {
  const t = await getTranslations('RecentlyViewed');
  return (
    <RecentlyViewed
      locale={locale}
      exceptId={exceptId}
      messages={{ title: t('title'), clear: t('clear') }}
    />
  );
}
