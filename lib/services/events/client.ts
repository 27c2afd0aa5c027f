import { lazyServiceClient } from '../transport/create-client';
import type { Result } from '../transport/result';
import { settle, settleNoContent } from '../transport/settle';
import type { components, paths } from './schema';
import { experimentResultsSchema } from './validation';

type Schemas = components['schemas'];
/** `visitorId` (uuid), `experiment`, `variant`, optional `at` (ISO date-time, defaults to when it is received). */
export type ExposureInput = Schemas['ExposureBody'];
/** A purchase needs `orderId` and `revenueUsdCents`; no other kind may carry revenue. */
export type ConversionInput = Schemas['ConversionBody'];
export type ConversionKind = Schemas['ConversionKind'];
export type ExperimentResults = Schemas['ExperimentResults'];
export type VariantResults = Schemas['VariantResults'];

const api = lazyServiceClient<paths>('events');

const op = (operation: string) => ({ service: 'events', operation });

// Events are per visitor and results change with every event: Next must never cache them.
const uncached = { cache: 'no-store' } as const;

/** A write answers 204 and nothing else. */
const recorded = (operation: string, call: Parameters<typeof settleNoContent>[1]) =>
  settleNoContent(op(operation), call);

export const events = {
  /**
   * That a visitor saw a variant. The service keeps the first exposure per visitor and
   * experiment (its variant and time); repeats only count. Tried once, like every write.
   * Bad input is HTTP 400 invalid_request with `error.fields` (e.g. `visitorId: invalid_format`).
   */
  async recordExposure(input: ExposureInput): Promise<Result<void>> {
    return recorded(
      'recordExposure',
      api().POST('/events/exposures', { body: input, ...uncached }),
    );
  },

  /**
   * That a visitor converted. A purchase is recorded once per `orderId`: sending it again
   * (a retried confirmation page, say) is answered ok and counts nothing. Bad input is HTTP 400
   * invalid_request with `error.fields` (`orderId: required`, `revenueUsdCents: forbidden`, ...).
   */
  async recordConversion(input: ConversionInput): Promise<Result<void>> {
    return recorded(
      'recordConversion',
      api().POST('/events/conversions', { body: input, ...uncached }),
    );
  },

  /**
   * Per variant: exposed visitors, those who converted on `metric` after their first exposure,
   * and their purchase revenue (sum and sum of squares per visitor). An experiment nobody saw
   * has no variants. A read, so it is retried on a network failure or 429/502/503/504.
   */
  async experimentResults(key: string, metric: ConversionKind): Promise<Result<ExperimentResults>> {
    return settle(
      op('experimentResults'),
      api().GET('/events/experiments/{key}/results', {
        params: { path: { key }, query: { metric } },
        ...uncached,
      }),
      experimentResultsSchema,
    );
  },
};
