import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CartLines } from '@/components/cart/cart-lines';
import { findCart, type CartFailure } from '@/lib/cart/cart-session';
import { formatMoney } from '@/lib/i18n/money';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';

const FAILURES: CartFailure[] = ['invalidQuantity', 'insufficientStock', 'unknownSku', 'unavailable'];

export async function generateMetadata({ params }: PageProps<'/[locale]/cart'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Cart' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** The shopper's cart: per request (it reads the cart cookie), never cached. */
export default async function CartPage({ params, searchParams }: PageProps<'/[locale]/cart'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, found] = await Promise.all([getTranslations('Cart'), findCart(locale)]);
  const failure = FAILURES.find((code) => code === query.error);
  const current = found.ok ? found.value : undefined;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      {(failure || !found.ok) && (
        <p role="alert" className="rounded-lg border border-sale/30 bg-sale/5 px-4 py-3 text-sm text-sale">
          {t(failure ?? 'unavailable')}
        </p>
      )}
      {current && current.lines.length > 0 ? (
        <>
          <CartLines locale={locale} lines={current.lines} />
          <div className="flex items-center justify-between border-t border-paper-line pt-4 text-lg">
            <span>
              {t('subtotal')} <span className="text-sm text-ink-muted">({t('itemCount', { count: current.itemCount })})</span>
            </span>
            <strong>{formatMoney(current.subtotal, locale)}</strong>
          </div>
        </>
      ) : (
        found.ok && <p className="text-ink-muted">{t('empty')}</p>
      )}
      <p>
        <Link href={routes.home(locale)} className="underline underline-offset-4">
          {t('continue')}
        </Link>
      </p>
    </div>
  );
}
