import { after } from 'next/server';
import { events } from '@/lib/services/events/client';
import { redisShare } from '@/lib/redis/share';
import { createSharedRateLimiter } from '@/lib/security/shared-rate-limit';
import type { ExposureCollector } from './collect-exposure';
import type { ConversionKind } from './experiment';

/** Where conversions go: the events service here, a recorder in tests. */
export type ConversionSink = (conversion: {
  visitorId: string;
  kind: ConversionKind;
  orderId?: string;
  revenueUsdCents?: number;
}) => Promise<void>;

/** Forwarding to the events service is best effort: a shopper's page never waits for or fails on it. */
function logFailure(what: string) {
  return (result: Awaited<ReturnType<typeof events.recordExposure>>) => {
    if (!result.ok)
      console.warn(
        `experiments: ${what} not recorded (${result.error.kind}: ${result.error.message})`,
      );
  };
}

export const sendConversion: ConversionSink = (conversion) =>
  events.recordConversion(conversion).then(logFailure(`${conversion.kind} conversion`));

const KEY = Symbol.for('storefront.experiments.collector');

/** One per server process, like the RUM runtime (route bundles each get their own module copy). */
export function exposureCollector(): ExposureCollector {
  const holder = globalThis as typeof globalThis & { [KEY]?: ExposureCollector };
  holder[KEY] ??= {
    // A page view logs at most one exposure per experiment, once per session. With REDIS_URL
    // the limit is one for all instances (lib/security/shared-rate-limit.ts).
    limiter: createSharedRateLimiter({ name: 'events', perMinute: 30, burst: 60 }, redisShare()),
    record: (exposure) => after(() => events.recordExposure(exposure).then(logFailure('exposure'))),
  };
  return holder[KEY];
}
