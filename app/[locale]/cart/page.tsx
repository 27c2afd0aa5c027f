import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CartEditor } from '@/components/cart/cart-editor';
import { PromoCode } from '@/components/cart/promo-code';
import { cartUiMessages } from '@/components/cart/cart-messages';
import { RecentlyViewedSection } from '@/components/recently-viewed/recently-viewed-section';
import { FormAlert } from '@/components/ui/form-alert';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadCartPage } from './page-data';

export async function generateMetadata({ params }: PageProps<'/[locale]/cart'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Cart' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** The shopper's cart: per request (it reads the cart cookie), never cached. */
export default async function CartPage({ params, searchParams }: PageProps<'/[locale]/cart'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, { failure, summary, promotion }] = await Promise.all([
    getTranslations('Cart'),
    loadCartPage(locale, query),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      {(failure || summary === undefined) && <FormAlert>{t(failure ?? 'unavailable')}</FormAlert>}
      {summary !== undefined && (
        <CartEditor locale={locale} messages={cartUiMessages(t)} initial={summary} />
      )}
      {summary && summary.lines.length > 0 && (
        <PromoCode locale={locale} promotion={promotion} syncCart />
      )}
      {summary && summary.lines.length > 0 && (
        <Link
          href={routes.checkout(locale)}
          className="self-end rounded-full bg-ink px-8 py-3 font-semibold text-white hover:bg-brand-strong"
        >
          {t('checkout')}
        </Link>
      )}
      <p>
        <Link href={routes.home(locale)} className="underline underline-offset-4">
          {t('continue')}
        </Link>
      </p>
      {summary?.lines.length === 0 || summary === null ? (
        <RecentlyViewedSection locale={locale} />
      ) : null}
    </div>
  );
}
