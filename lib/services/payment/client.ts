import { lazyServiceClient } from '../transport/create-client';
import type { Result } from '../transport/result';
import { settle } from '../transport/settle';
import type { components, paths } from './schema';
import { paymentMethodSchema } from './validation';

export type PaymentMethod = components['schemas']['PaymentMethod'];

const api = lazyServiceClient<paths>('payment');

export const payment = {
  /**
   * Hands the card to the payment service (the PSP) and returns its token: checkout then pays
   * with `{ methodId: method.id }`, and the storefront never stores card data. A rejected card
   * is HTTP 400 invalid_request with `error.fields` (e.g. `card.number: invalid_card_number`,
   * `card.expYear: card_expired`). The token expires after an hour (`expiresAt`).
   */
  async createMethod(card: {
    number: string;
    expMonth: number;
    expYear: number;
    cvc: string;
  }): Promise<Result<PaymentMethod>> {
    return settle(
      { service: 'payment', operation: 'createMethod' },
      api().POST('/payment/methods', { body: { card }, cache: 'no-store' }),
      paymentMethodSchema,
    );
  },
};
