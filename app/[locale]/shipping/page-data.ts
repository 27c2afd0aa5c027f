import { shippingRates } from '@/lib/checkout/shipping-rates';
import { currencyFor, type Locale } from '@/lib/i18n/markets';
import type { ShippingRate } from '@/lib/services/checkout/client';

/** The market's shipping rates, as checkout offers them (none during an outage). */
export async function loadShippingPage(locale: Locale): Promise<{ rates: ShippingRate[] }> {
  return { rates: await shippingRates(currencyFor(locale)) };
}
