'use client';

import Image from 'next/image';
import { useEffect } from 'react';
import { changeCartLine } from '@/lib/cart/cart-actions';
import { MAX_LINE_QUANTITY } from '@/lib/cart/line-quantity';
import { estimatedTotal, type CartSummary } from '@/lib/cart/cart-summary';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Locale } from '@/lib/i18n/markets';
import { formatMoney } from '@/lib/i18n/money';
import { plural } from '@/lib/i18n/plural';
import type { CartUiMessages } from './cart-messages';
import { cartStore } from './cart-store';
import { useCart, useChangeLine } from './use-cart';

/**
 * The cart's lines with a stepper and a remove button, for the drawer and the cart page. Each
 * line is a real form, so without JavaScript the buttons post to the server; with it, the
 * change shows at once and the server confirms behind it.
 */
export function CartEditor({
  locale,
  messages: m,
  initial,
}: {
  locale: Locale;
  messages: CartUiMessages;
  initial?: CartSummary | null;
}) {
  const cart = useCart(locale, m.unavailable, initial);
  const { change, error } = useChangeLine(locale, m.unavailable);
  const current = cart.data;
  const total = current && estimatedTotal(current);
  // Whatever the server last said is what the badge shows (its cookie may predate this page).
  useEffect(() => {
    if (current !== undefined) cartStore.setServerCount(current?.itemCount ?? 0);
  }, [current]);

  function submit(event: React.FormEvent<HTMLFormElement>, lineId: string) {
    event.preventDefault();
    const button = (event.nativeEvent as SubmitEvent).submitter;
    if (button instanceof HTMLButtonElement) change({ lineId, quantity: Number(button.value) });
  }

  return (
    <div className="flex flex-col gap-4">
      <p
        role="alert"
        className={
          error || cart.isError
            ? 'rounded-lg border border-sale/30 bg-sale/5 px-4 py-3 text-sm text-sale'
            : 'sr-only'
        }
      >
        {error
          ? error.restored
            ? `${error.message} ${m.restored}`
            : error.message
          : cart.isError
            ? m.unavailable
            : ''}
      </p>
      {/* Offline the query waits for the connection instead of failing: what shows may be dated. */}
      {cart.fetchStatus === 'paused' ? (
        <p data-testid="cart-waiting" className="text-sm text-ink-muted">
          {m.waitingForConnection}
        </p>
      ) : (
        cart.isPending && <p className="text-sm text-ink-muted">{m.loading}</p>
      )}
      {current === null || (current && current.lines.length === 0) ? (
        <p className="text-ink-muted">{m.empty}</p>
      ) : null}
      {current && current.lines.length > 0 && (
        <>
          <ul className="flex flex-col divide-y divide-paper-line">
            {current.lines.map((line) => (
              <li key={line.id} className="flex gap-4 py-4">
                <Image
                  src={line.imageUrl}
                  alt=""
                  width={80}
                  height={100}
                  sizes="80px"
                  quality={60}
                  className="h-25 w-20 rounded-lg bg-paper-warm object-cover"
                />
                <div className="flex flex-1 flex-col gap-2">
                  <div className="flex justify-between gap-4">
                    <div>
                      <p className="font-medium">{line.name}</p>
                      <p className="text-sm text-ink-muted">{line.variantLabel}</p>
                    </div>
                    <p className="font-medium">{formatMoney(line.lineTotal, locale)}</p>
                  </div>
                  <form
                    action={changeCartLine}
                    onSubmit={(event) => submit(event, line.id)}
                    className="flex items-center gap-3"
                  >
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="lineId" value={line.id} />
                    <div
                      role="group"
                      aria-label={fillTemplate(m.quantityOf, { name: line.name })}
                      className="flex items-center rounded-full border border-paper-line"
                    >
                      <button
                        type="submit"
                        name="quantity"
                        value={line.quantity - 1}
                        disabled={line.quantity <= 1}
                        aria-label={fillTemplate(m.decrease, { name: line.name })}
                        className="stepper-button"
                      >
                        −
                      </button>
                      <output className="min-w-8 text-center text-sm tabular-nums">
                        {line.quantity}
                      </output>
                      <button
                        type="submit"
                        name="quantity"
                        value={line.quantity + 1}
                        disabled={line.quantity >= MAX_LINE_QUANTITY}
                        aria-label={fillTemplate(m.increase, { name: line.name })}
                        className="stepper-button"
                      >
                        +
                      </button>
                    </div>
                    <button
                      type="submit"
                      name="quantity"
                      value="0"
                      aria-label={fillTemplate(m.removeItem, { name: line.name })}
                      className="text-sm underline underline-offset-4"
                    >
                      {m.remove}
                    </button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
          <dl className="grid grid-cols-[1fr_auto] items-baseline gap-y-1 border-t border-paper-line pt-4">
            <dt className="text-lg">
              {m.subtotal}{' '}
              <span className="text-sm text-ink-muted">
                ({plural(locale, m.items, current.itemCount)})
              </span>
            </dt>
            <dd className="text-right text-lg font-bold">
              {formatMoney(current.subtotal, locale)}
            </dd>
            {current.discount && (
              <>
                <dt className="text-sm">
                  {fillTemplate(m.discount, { code: current.discount.code })}
                </dt>
                <dd className="text-right text-sm">
                  −{formatMoney(current.discount.amount, locale)}
                </dd>
              </>
            )}
            {total && (
              <>
                <dt className="text-sm">{m.estimatedTotal}</dt>
                <dd className="text-right text-sm">{formatMoney(total, locale)}</dd>
              </>
            )}
          </dl>
          {current.shippingFrom && (
            <p className="-mt-3 text-sm text-ink-muted">
              {current.freeShippingCode
                ? fillTemplate(m.freeShipping, { code: current.freeShippingCode })
                : fillTemplate(m.shippingFrom, {
                    price: formatMoney(current.shippingFrom, locale),
                  })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
