import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import { changeLine } from '@/lib/cart/cart-actions';
import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import type { CartLine } from '@/lib/services/cart/client';

/** Cart lines with a quantity form and a remove form each: plain posts that work without JavaScript. */
export async function CartLines({ locale, lines }: { locale: Locale; lines: CartLine[] }) {
  const t = await getTranslations('Cart');
  return (
    <ul className="flex flex-col divide-y divide-paper-line">
      {lines.map((line) => (
        <li key={line.id} className="flex gap-4 py-4">
          <Image src={line.image.url} alt="" width={96} height={120} sizes="96px" quality={60} className="h-30 w-24 rounded-lg bg-paper-warm object-cover" />
          <div className="flex flex-1 flex-col gap-2">
            <div className="flex justify-between gap-4">
              <div>
                <p className="font-medium">{line.name}</p>
                <p className="text-sm text-ink-muted">{line.variantLabel}</p>
              </div>
              <p className="font-medium">{formatMoney(line.lineTotal, locale)}</p>
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <form action={changeLine} className="flex items-end gap-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="lineId" value={line.id} />
                <label className="flex flex-col gap-1 text-xs text-ink-muted">
                  {t('quantity')}
                  <input
                    type="number"
                    name="quantity"
                    min={1}
                    max={99}
                    required
                    defaultValue={line.quantity}
                    aria-label={t('quantityOf', { name: line.name })}
                    className="w-20 rounded border border-paper-line px-2 py-1.5 text-sm text-ink"
                  />
                </label>
                <button type="submit" className="rounded-full border border-ink px-4 py-1.5 text-sm hover:bg-ink hover:text-white">
                  {t('update')}
                </button>
              </form>
              <form action={changeLine}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="lineId" value={line.id} />
                <input type="hidden" name="quantity" value="0" />
                <button type="submit" aria-label={t('removeItem', { name: line.name })} className="text-sm underline underline-offset-4">
                  {t('remove')}
                </button>
              </form>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
