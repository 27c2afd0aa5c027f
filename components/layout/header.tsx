import { IntentLink } from '@/components/ui/intent-link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { AccountLink } from '@/components/account/account-link';
import { CartBadge } from '@/components/cart/cart-badge';
import { cartUiMessages } from '@/components/cart/cart-messages';
import { SearchForm } from '@/components/search/search-form';
import { CategoryNav } from './category-nav';

export async function Header({ locale }: { locale: Locale }) {
  const t = await getTranslations('Header');
  const [site, cart, account] = await Promise.all([
    getTranslations('Site'),
    getTranslations('Cart'),
    getTranslations('Account'),
  ]);
  return (
    <header className="border-b border-paper-line bg-paper">
      <div className="mx-auto flex max-w-page flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <IntentLink
          href={routes.home(locale)}
          className="text-lg font-bold tracking-tight text-brand-strong"
          aria-label={t('home')}
        >
          {site('name')}
        </IntentLink>
        <CategoryNav locale={locale} label={t('categories')} />
        <div className="flex w-full items-center gap-4 sm:ml-auto sm:w-auto sm:flex-1 sm:justify-end lg:max-w-lg">
          <SearchForm locale={locale} />
          <AccountLink
            href={routes.account(locale)}
            label={account('link')}
            signedInLabel={account('signedIn')}
          />
          <CartBadge
            locale={locale}
            messages={cartUiMessages(cart)}
            cartHref={routes.cart(locale)}
            checkoutHref={routes.checkout(locale)}
          />
        </div>
      </div>
    </header>
  );
}
