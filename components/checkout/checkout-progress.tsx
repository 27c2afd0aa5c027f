import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CHECKOUT_STEPS, type CheckoutStep } from '@/lib/checkout/steps';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';

/** The steps as an ordered list: done steps link back, the current one is marked for screen readers. */
export async function CheckoutProgress({
  locale,
  current,
}: {
  locale: Locale;
  current: CheckoutStep;
}) {
  const t = await getTranslations('Checkout');
  const at = CHECKOUT_STEPS.indexOf(current);
  return (
    <nav aria-label={t('progress')}>
      <p className="sr-only">{t('stepOf', { current: at + 1, total: CHECKOUT_STEPS.length })}</p>
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm">
        {CHECKOUT_STEPS.map((step, index) => (
          <li key={step} className="flex items-center gap-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-ink-subtle">
                ›
              </span>
            )}
            {index < at ? (
              <Link
                href={routes.checkoutStep(locale, step)}
                className="underline underline-offset-4"
              >
                {t(`steps.${step}`)}
              </Link>
            ) : (
              <span
                aria-current={index === at ? 'step' : undefined}
                className={index === at ? 'font-semibold' : 'text-ink-muted'}
              >
                {t(`steps.${step}`)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
