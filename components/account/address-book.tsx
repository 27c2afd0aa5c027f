import { getTranslations } from 'next-intl/server';
import { AddressLines } from '@/components/checkout/address-lines';
import { makeDefaultAddress, removeAddress } from '@/lib/account/address-actions';
import type { Locale } from '@/lib/i18n/markets';
import type { SavedAddress } from '@/lib/services/customers/client';

const button = 'rounded-full border border-ink px-4 py-1 text-sm font-semibold hover:bg-paper-warm';

/** The saved addresses, the default first, each with plain form buttons (no JavaScript needed). */
export async function AddressBook({
  locale,
  addresses,
}: {
  locale: Locale;
  addresses: SavedAddress[];
}) {
  const t = await getTranslations('Account');
  if (addresses.length === 0) return <p>{t('addresses.empty')}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2" data-testid="address-book">
      {addresses.map((saved) => (
        <li key={saved.id} className="flex flex-col gap-3 rounded-lg border border-paper-line p-4">
          {saved.isDefault && <p className="text-sm font-semibold">{t('addresses.default')}</p>}
          <AddressLines locale={locale} address={saved.address} />
          <div className="flex flex-wrap gap-2">
            {!saved.isDefault && (
              <form action={makeDefaultAddress}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="addressId" value={saved.id} />
                <button type="submit" className={button}>
                  {t('addresses.makeDefault')}
                </button>
              </form>
            )}
            <form action={removeAddress}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="addressId" value={saved.id} />
              <button type="submit" className={button}>
                {t('addresses.remove')}
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}
