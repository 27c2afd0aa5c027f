import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';

/**
 * What a price includes, as the market's law and habit want it said: "inkl. MwSt., zzgl.
 * Versand" in Germany, "TTC" in France, 税込 in Japan (prices there include VAT or consumption
 * tax), "plus sales tax" in the US; shipping links to its costs. `kind` picks the note beside a
 * price or the footnote that covers every price on the page (cards, cart).
 */
export async function TaxNote({
  locale,
  kind,
  className,
}: {
  locale: Locale;
  kind: 'price' | 'footnote';
  className?: string;
}) {
  const t = await getTranslations(kind === 'price' ? 'Product' : 'Footer');
  return (
    <p data-testid={`tax-${kind}`} className={className}>
      {t.rich(kind === 'price' ? 'taxNote' : 'taxFootnote', {
        link: (chunks) => (
          <Link href={routes.shipping(locale)} className="underline underline-offset-2">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
