import type { PluralForms } from '@/lib/i18n/plural';
import type { PurchasePanelProps } from './purchase-panel';

type Translate = (key: string) => string;
type Translator = Translate & { raw: (key: string) => unknown };

/**
 * The purchase panel's strings for the page's locale. Templates with placeholders stay raw
 * ({count}, {price}) and are filled in the browser, so no message runtime ships there.
 */
export function purchasePanelMessages(
  availability: Translator,
  product: Translator,
  cart: Translate,
  offlineCart: Translator,
): PurchasePanelProps['messages'] {
  return {
    heading: availability('heading'),
    checking: availability('checking'),
    inStock: availability('inStock'),
    lowStock: String(availability.raw('lowStock')),
    outOfStock: availability('outOfStock'),
    unavailable: availability('unavailable'),
    chooseOptions: availability('chooseOptions'),
    soldOut: availability('soldOut'),
    from: String(product.raw('from')),
    wasPrice: String(product.raw('wasPrice')),
    addToCart: cart('addToCart'),
    adding: cart('adding'),
    chooseOptionsFirst: cart('chooseOptionsFirst'),
    cartUnavailable: cart('unavailable'),
    pendingOffline: offlineCart.raw('pending') as PluralForms,
  };
}
