import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractClient } from './contract-client';
import { coverageGaps } from './coverage';
import { OpenApiContract } from './openapi-validator';
import { cartScenarios, inventoryScenarios } from './scenarios/cart-inventory';
import { catalogScenarios, searchScenarios } from './scenarios/catalog-search';
import { checkoutScenarios } from './scenarios/checkout';
import { customerScenarios } from './scenarios/customers';
import { adminScenarios, eventScenarios } from './scenarios/events-admin';
import { paymentScenarios } from './scenarios/payment';
import { promotionScenarios } from './scenarios/promotions';
import { reviewScenarios } from './scenarios/reviews';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestMailbox } from '../testing/test-mailbox';
import { startTestServices, type TestServices } from '../testing/test-services';

const contract = OpenApiContract.load({ undocumentedProperties: 'reject' });
describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let api: ContractClient;
  let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    services = await startTestServices({
      ...(await backend.fresh()),
      catalogSize: 200,
      // The slow test card outlasts checkout's payment timeout, so 402 payment_timeout is reachable.
      // The timeout leaves a good card's authorization (database writes) room on a busy machine:
      // at 50 ms a loaded run saw the approved cards time out.
      paymentSlowMs: 1_500,
      paymentTimeoutMs: 500,
      smtpUrl: mailbox.smtpUrl,
      mailPollMs: 50,
    });
    api = new ContractClient(services, contract);
  });
  afterAll(async () => {
    await services.close();
    await mailbox.close();
    await rm(services.dataDir, { recursive: true, force: true });
  });

  const client = () => api;
  catalogScenarios(client);
  searchScenarios(client);
  inventoryScenarios(client);
  cartScenarios(client);
  checkoutScenarios(client);
  paymentScenarios(client);
  reviewScenarios(client);
  promotionScenarios(client);
  eventScenarios(client);
  adminScenarios(client);
  customerScenarios(client, () => mailbox);

  describe('coverage', () => {
    it('exercises every operation and declared status of openapi/*.yaml', () => {
      expect(coverageGaps(contract, api.seen)).toEqual([]);
    });
  });
});
