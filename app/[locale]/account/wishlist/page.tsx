import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FormAlert } from '@/components/ui/form-alert';
import { heartContext } from '@/components/wishlist/heart-messages';
import { WishlistHeart } from '@/components/wishlist/wishlist-heart';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadWishlistPage } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/wishlist'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('wishlist.title') };
}

/**
 * Guests' and account holders' saved products alike, with live price and stock. Each heart
 * renders pressed; removing one keeps the row (pressing again saves it back) until the page is
 * loaded again, except without JavaScript, where the post comes back to the page without it.
 */
export default async function WishlistPage({ params }: PageProps<'/[locale]/account/wishlist'>) {
  const locale = await pageLocale(params);
  const self = routes.accountPage(locale, 'wishlist');
  const [t, data] = await Promise.all([getTranslations('Account'), loadWishlistPage(locale)]);
  const heart = heartContext(locale, t);
  const signIn = `${routes.accountPage(locale, 'sign-in')}?next=${encodeURIComponent(self)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('wishlist.title')}</h1>
      {data && !data.signedIn && (
        <p className="text-ink-muted">
          {t.rich('wishlist.guestNote', {
            link: (chunks) => (
              <Link href={signIn} className="font-semibold text-ink underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {!data && <FormAlert>{t('wishlist.unavailable')}</FormAlert>}
      {data?.entries.length === 0 && <p>{t('wishlist.empty')}</p>}
      {data && data.entries.length > 0 && (
        <ul className="flex flex-col divide-y divide-paper-line">
          {data.entries.map((entry) => (
            <li key={entry.productId} className="flex items-center gap-4 py-4">
              <Image
                src={entry.image.url}
                alt={entry.image.alt}
                width={entry.image.width}
                height={entry.image.height}
                sizes="96px"
                className="aspect-[4/5] w-24 shrink-0 rounded-lg bg-paper-warm object-cover"
              />
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <Link href={entry.href} className="font-semibold hover:underline">
                  {entry.name}
                </Link>
                <p className="text-sm">{t('wishlist.priceNow', { price: entry.price })}</p>
                <p className={`text-sm font-medium ${entry.inStock ? 'text-ok' : 'text-sale'}`}>
                  {entry.inStock ? t('wishlist.inStock') : t('wishlist.soldOut')}
                </p>
              </div>
              <WishlistHeart
                productId={entry.productId}
                name={entry.name}
                context={heart}
                returnTo={self}
                initiallyPressed
                className="relative shrink-0"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
