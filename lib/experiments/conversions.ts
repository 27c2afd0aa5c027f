import { cookies } from 'next/headers';
import { after } from 'next/server';
import type { Currency } from '@/lib/i18n/markets';
import { toUsdCents } from './base-currency';
import { sendConversion, type ConversionSink } from './events-sink';
import type { ConversionKind } from './experiment';
import { OVERRIDE_COOKIE } from './overrides';
import { isVisitorId, VISITOR_COOKIE } from './visitor-id';

export interface Purchase {
  orderId: string;
  total: { amount: number; currency: Currency };
}

/**
 * Records a conversion for the visitor's experiments, from the server action or route where it
 * happened (not from the browser, which could forge a purchase or its revenue). Attribution
 * to variants happens in the events service, which joins on the visitor id and counts only
 * conversions after the visitor's first exposure. Sent after the response, so a slow or failed
 * events service never delays a shopper; QA overrides and visitors without an id are skipped.
 */
export async function recordConversion(
  kind: ConversionKind,
  purchase?: Purchase,
  sink: ConversionSink = sendConversion,
): Promise<void> {
  const jar = await cookies();
  const visitorId = jar.get(VISITOR_COOKIE)?.value;
  if (!isVisitorId(visitorId) || jar.has(OVERRIDE_COOKIE)) return;
  const revenue = purchase && {
    orderId: purchase.orderId,
    revenueUsdCents: toUsdCents(purchase.total.amount, purchase.total.currency),
  };
  after(() => sink({ visitorId, kind, ...revenue }));
}
