import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import type { ShippingAddress } from '@/lib/services/checkout/client';

/** A postal address as lines, with the country named in the page's language. */
export async function AddressLines({
  locale,
  address,
}: {
  locale: Locale;
  address: ShippingAddress;
}) {
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  const lines = [
    address.name,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`,
    t(`countries.${address.country}`),
  ];
  return (
    <span className="flex flex-col">
      {lines.filter(Boolean).map((line) => (
        <span key={line}>{line}</span>
      ))}
    </span>
  );
}
