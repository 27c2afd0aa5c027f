import { IntentLink } from '@/components/ui/intent-link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Category } from '@/lib/services/catalog/types';

/** Nothing matched: offer the service's spelling alternatives and the top categories. */
export async function NoResults({
  locale,
  query,
  didYouMean,
  categories,
}: {
  locale: Locale;
  query: string;
  didYouMean: string[];
  categories: Category[];
}) {
  const t = await getTranslations('Search');
  return (
    <div className="flex flex-col gap-4 rounded-lg bg-paper-warm p-6">
      <p className="font-medium">{t('noResults', { query })}</p>
      {didYouMean.length > 0 && (
        <p>
          {t('didYouMean')}{' '}
          {didYouMean.map((suggestion, index) => (
            <span key={suggestion}>
              {index > 0 && ', '}
              <IntentLink
                href={`${routes.search(locale)}?q=${encodeURIComponent(suggestion)}`}
                className="font-medium underline underline-offset-4"
              >
                {suggestion}
              </IntentLink>
            </span>
          ))}
        </p>
      )}
      <div className="flex flex-col gap-2">
        <p>{t('tryCategories')}</p>
        <ul className="flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category.id}>
              <IntentLink
                href={routes.category(locale, category.slug)}
                className="block rounded-full border border-paper-line bg-paper px-4 py-2 text-sm hover:border-ink"
              >
                {category.name}
              </IntentLink>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
