import { redirect } from 'next/navigation';
import { findCart } from '@/lib/cart/cart-session';
import { recordConversion } from '@/lib/experiments/conversions';
import { firstOpenStep } from '@/lib/checkout/steps';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';

/** `/checkout` resumes where the shopper left off; arriving here is the experiments' begin_checkout. */
export default async function CheckoutEntry({ params }: PageProps<'/[locale]/checkout'>) {
  const locale = await pageLocale(params);
  const found = await findCart(locale);
  const cart = found.ok ? found.value : undefined;
  if (!cart || cart.lines.length === 0) redirect(routes.cart(locale));
  await recordConversion('begin_checkout');
  redirect(routes.checkoutStep(locale, firstOpenStep(cart.checkout)));
}
