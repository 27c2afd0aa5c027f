import { notFound } from '../framework/errors';
import { invalidFields, parseFields } from '../framework/field-errors';
import type { Route } from '../framework/types';
import type { CustomerRepository } from './customer-repository';
import { optionalBearerToken } from './bearer';
import type { RateLimits } from '../shared/rate-limits';
import { stockAlertBody, tokenBody } from './requests';
import type { Sessions } from './sessions';
import type { StockAlerts } from './stock-alerts';

interface AlertDependencies {
  alerts: StockAlerts;
  sessions: Sessions;
  customers: CustomerRepository;
  limits: RateLimits;
}

/** "Tell me when it is back", with a session (its verified e-mail) or a guest's e-mail to confirm. */
export function alertRoutes({ alerts, sessions, customers, limits }: AlertDependencies): Route[] {
  return [
    {
      method: 'POST',
      template: '/customers/stock-alerts',
      service: 'customers',
      handler: async ({ readJson, headers }) => {
        const body = parseFields(stockAlertBody, await readJson());
        if (!alerts.exists(body.sku)) throw notFound('SKU');
        const token = optionalBearerToken(headers);
        if (token) {
          const session = await sessions.authenticate(token);
          const stored = await customers.byId(session.customerId);
          if (stored)
            await alerts.subscribeConfirmed(
              body.sku,
              stored.customer.email,
              body.locale,
              stored.customer.id,
            );
          return { status: 202, json: {} };
        }
        if (!body.email)
          throw invalidFields({ email: 'required' }, 'email: required without a session');
        await limits.hit([{ key: `stock-alert:email:${body.email}`, max: 5, windowSeconds: 3600 }]);
        await alerts.subscribeByMail(body.sku, body.email, body.locale);
        return { status: 202, json: {} };
      },
    },
    {
      method: 'POST',
      template: '/customers/stock-alerts/confirm',
      service: 'customers',
      handler: async ({ readJson }) => {
        const { token } = parseFields(tokenBody, await readJson());
        return { status: 200, json: { sku: await alerts.confirm(token) } };
      },
    },
  ];
}
