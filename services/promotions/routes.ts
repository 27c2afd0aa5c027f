import type { AdminGuard } from '../admin/auth';
import { HttpError, notFound } from '../framework/errors';
import { parseFields } from '../framework/field-errors';
import type { Route } from '../framework/types';
import { promoCodeBody } from './promo-code';
import type { PromoRepository } from './promo-repository';

/** Creating, listing and disabling promo codes, behind ADMIN_TOKEN. */
export function promoCodeRoutes(codes: PromoRepository, guard: AdminGuard): Route[] {
  return [
    {
      method: 'GET',
      template: '/admin/promo-codes',
      service: 'admin',
      handler: async ({ headers }) => {
        guard(headers);
        return { status: 200, json: { codes: await codes.list() } };
      },
    },
    {
      method: 'POST',
      template: '/admin/promo-codes',
      service: 'admin',
      handler: async ({ headers, readJson }) => {
        // Authenticate before reading the body, so a stranger learns nothing about validation.
        guard(headers);
        const input = parseFields(promoCodeBody, await readJson());
        if (!(await codes.create(input))) {
          throw new HttpError(409, 'promo_code_exists', `The code ${input.code} exists already`);
        }
        return { status: 201, json: await codes.find(input.code) };
      },
    },
    {
      method: 'POST',
      template: '/admin/promo-codes/{code}/disable',
      service: 'admin',
      handler: async ({ headers, params }) => {
        guard(headers);
        const code = await codes.disable(params.code ?? '');
        if (!code) throw notFound('Promo code');
        return { status: 200, json: code };
      },
    },
  ];
}
