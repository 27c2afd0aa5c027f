import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { SearchCombobox } from './search-combobox';

/** The header search: a GET form (soft navigation with JavaScript, a plain submit without) around the autocomplete input. */
export async function SearchForm({ locale }: { locale: Locale }) {
  const [t, pwa] = await Promise.all([getTranslations('Search'), getTranslations('Pwa')]);
  return (
    <Form
      role="search"
      action={routes.search(locale)}
      className="flex w-full items-center gap-2 sm:max-w-md"
    >
      <SearchCombobox
        locale={locale}
        searchPath={routes.search(locale)}
        messages={{
          label: t('label'),
          placeholder: t('placeholder'),
          products: t('products'),
          categories: t('categories'),
          recent: t('recent'),
          resultsAvailable: String(t.raw('resultsAvailable')),
          noSuggestions: t('noSuggestions'),
          needsConnection: pwa('searchNeedsConnection'),
        }}
      />
      <button
        type="submit"
        className="rounded-full bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong"
      >
        {t('submit')}
      </button>
    </Form>
  );
}
