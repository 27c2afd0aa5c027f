import type { PluralForms } from '@/lib/i18n/plural';

type Translator = ((key: string) => string) & { raw: (key: string) => unknown };

export interface CartUiMessages {
  title: string;
  close: string;
  empty: string;
  loading: string;
  waitingForConnection: string;
  subtotal: string;
  items: PluralForms;
  link: string;
  quantityOf: string;
  decrease: string;
  increase: string;
  remove: string;
  removeItem: string;
  restored: string;
  unavailable: string;
  checkout: string;
  viewCart: string;
  shippingFrom: string;
  estimatedTotal: string;
  /** Templates with `{code}`: the applied promo code's line. */
  discount: string;
  freeShipping: string;
}

function pluralForms(t: Translator, key: string): PluralForms {
  return t.raw(key) as PluralForms;
}

/** The cart UI's strings for the page's locale; templates stay raw and are filled in the browser. */
export function cartUiMessages(t: Translator): CartUiMessages {
  const raw = (key: string) => String(t.raw(key));
  return {
    title: t('title'),
    close: t('close'),
    empty: t('empty'),
    loading: t('loading'),
    waitingForConnection: t('waitingForConnection'),
    subtotal: t('subtotal'),
    items: pluralForms(t, 'items'),
    link: t('link'),
    quantityOf: raw('quantityOf'),
    decrease: raw('decrease'),
    increase: raw('increase'),
    remove: t('remove'),
    removeItem: raw('removeItem'),
    restored: t('restored'),
    unavailable: t('unavailable'),
    checkout: t('checkout'),
    viewCart: t('viewCart'),
    shippingFrom: raw('shippingFrom'),
    estimatedTotal: t('estimatedTotal'),
    discount: raw('discount'),
    freeShipping: raw('freeShipping'),
  };
}
