import { z } from 'zod';
import type { Conversion, EventRepository } from './event-repository';
import { invalidFields, parseFields } from '../framework/field-errors';
import type { HttpResult, Route } from '../framework/types';

const slug = (maxLength: number) =>
  z
    .string()
    .min(1)
    .max(maxLength)
    .regex(/^[a-z0-9][a-z0-9-]*$/);
const experimentKey = slug(64);
// Through z.string() first, so that a missing kind is 'required' rather than 'invalid_value'.
const conversionKind = z.string().pipe(z.enum(['add_to_cart', 'begin_checkout', 'purchase']));
// RFC 3339 with an offset (as OpenAPI's date-time); zod also refuses impossible dates such as 02-30.
const occurredAt = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .optional();

const exposureBody = z
  .object({
    visitorId: z.uuid(),
    experiment: experimentKey,
    variant: slug(32),
    at: occurredAt,
  })
  .strict();

const conversionBody = z
  .object({
    visitorId: z.uuid(),
    kind: conversionKind,
    orderId: z.string().min(1).max(64).optional(),
    revenueUsdCents: z.number().int().min(0).optional(),
    at: occurredAt,
  })
  .strict();

const resultsRequest = z.object({ key: experimentKey, metric: conversionKind });

/** The rules that tie fields to `kind`, as field errors: a purchase needs an order and revenue, nothing else has revenue. */
function parseConversion(input: unknown): Conversion {
  const { revenueUsdCents, orderId, ...body } = parseFields(conversionBody, input);
  if (body.kind !== 'purchase') {
    if (revenueUsdCents !== undefined)
      throw invalidFields(
        { revenueUsdCents: 'forbidden' },
        'revenueUsdCents: only a purchase has revenue',
      );
    return { ...body, kind: body.kind, orderId };
  }
  if (orderId === undefined || revenueUsdCents === undefined) {
    const fields = {
      ...(orderId === undefined ? { orderId: 'required' } : {}),
      ...(revenueUsdCents === undefined ? { revenueUsdCents: 'required' } : {}),
    };
    throw invalidFields(fields, `${Object.keys(fields).join(', ')}: required for a purchase`);
  }
  return { ...body, kind: 'purchase', orderId, revenueUsdCents };
}

const noContent: HttpResult = { status: 204, bytes: Buffer.alloc(0), headers: {} };

// Counted as a service of its own, so analytics calls never inflate the commerce services' counts.
export function eventRoutes(events: EventRepository): Route[] {
  return [
    {
      method: 'POST',
      template: '/events/exposures',
      service: 'events',
      handler: async ({ readJson }) => {
        await events.recordExposure(parseFields(exposureBody, await readJson()));
        return noContent;
      },
    },
    {
      method: 'POST',
      template: '/events/conversions',
      service: 'events',
      handler: async ({ readJson }) => {
        await events.recordConversion(parseConversion(await readJson()));
        return noContent;
      },
    },
    {
      method: 'GET',
      template: '/events/experiments/{key}/results',
      service: 'events',
      handler: async ({ params, query }) => {
        const { key, metric } = parseFields(resultsRequest, {
          ...Object.fromEntries(query),
          key: params.key,
        });
        return {
          status: 200,
          json: { experiment: key, metric, variants: await events.results(key, metric) },
        };
      },
    },
  ];
}
