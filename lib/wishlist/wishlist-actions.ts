'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { returnPath } from '@/lib/account/return-path';
import { postedForm } from '@/lib/forms/posted-form';
import { formLocale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { setWished } from './shopper-wishlist';
import { isProductId } from './wishlist-cookie';

/**
 * A heart's form posted without JavaScript. The button says what it does (`wished=on` saves,
 * `off` removes): a cached page renders every heart unpressed, so a no-script heart always
 * offers to save, and posting it again must not remove what its label promised to save. Goes
 * back where the shopper was; a refusal or an outage leaves the list as it was.
 */
export async function toggleWishlist(posted: unknown): Promise<void> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const productId = form.get('productId');
  if (isProductId(productId)) await setWished(productId, form.get('wished') !== 'off');
  const requested =
    form.get('returnTo') ?? (await refererPath()) ?? routes.accountPage(locale, 'wishlist');
  redirect(returnPath(locale, requested));
}

/**
 * A card's heart has no `returnTo`: the same cached card is on the home page, categories and
 * search results. The browser names the page the form was on (same-origin posts carry the full
 * Referer under this site's policy); returnPath keeps only a path of this storefront.
 */
async function refererPath(): Promise<string | undefined> {
  const referer = (await headers()).get('referer');
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}
