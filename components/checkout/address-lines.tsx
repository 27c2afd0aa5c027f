import { getTranslations } from 'next-intl/server';
import { printAddress } from '@/lib/address/print-address';
import type { Locale } from '@/lib/i18n/markets';
import type { ShippingAddress } from '@/lib/services/checkout/client';

/** A postal address as lines in its country's order, with the country named in the page's language. */
export async function AddressLines({
  locale,
  address,
}: {
  locale: Locale;
  address: ShippingAddress;
}) {
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  const lines = [...printAddress(address, locale), t(`countries.${address.country}`)];
  return (
    <span className="flex flex-col">
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </span>
  );
}
