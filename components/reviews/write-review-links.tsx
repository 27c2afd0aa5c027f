import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Order } from '@/lib/services/checkout/client';

/** "Write a review" for each product of a confirmed order (one per product, whatever its sizes). */
export async function WriteReviewLinks({ locale, order }: { locale: Locale; order: Order }) {
  if (order.status !== 'confirmed') return null;
  const t = await getTranslations('Reviews');
  const products = [...new Map(order.lines.map((line) => [line.productId, line.name]))];
  return (
    <section aria-labelledby="write-reviews" className="flex flex-col gap-3">
      <h2 id="write-reviews" className="text-xl font-semibold">
        {t('writeLink')}
      </h2>
      <ul className="flex flex-col gap-2">
        {products.map(([productId, name]) => (
          <li key={productId}>
            <Link
              href={routes.writeReview(locale, order.id, productId)}
              className="underline underline-offset-4"
            >
              {t('writeLinkLabel', { product: name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
