import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;

  beforeAll(async () => {
    services = await startTestServices({ ...(await backend.fresh()), catalogSize: 50 });
  });
  afterAll(async () => {
    await services.close();
    rmSync(services.dataDir, { recursive: true, force: true });
  });

  const expose = (body: unknown) => services.request('POST', '/events/exposures', { body });
  const convert = (body: unknown) => services.request('POST', '/events/conversions', { body });
  const results = (key: string, metric = 'purchase') =>
    services.request('GET', `/events/experiments/${key}/results?metric=${metric}`);

  /** A fresh experiment key per test, so tests never see each other's visitors. */
  const experimentKey = () => `exp-${randomUUID().slice(0, 8)}`;
  const minutes = (n: number) => new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString();

  async function accepted(response: Promise<{ status: number; body: unknown }>) {
    const { status, body } = await response;
    expect({ status, body }).toEqual({ status: 204, body: '' });
  }

  describe('exposures', () => {
    it('stores a visitor once per experiment: the first variant stays, repeats only count', async () => {
      const experiment = experimentKey();
      const visitorId = randomUUID();
      await accepted(expose({ visitorId, experiment, variant: 'control', at: minutes(10) }));
      await accepted(expose({ visitorId, experiment, variant: 'treatment', at: minutes(5) }));
      await accepted(expose({ visitorId, experiment, variant: 'control' }));
      // A purchase between the second exposure's time and the first's does not count: first_at stayed at minute 10.
      await accepted(
        convert({
          visitorId,
          kind: 'purchase',
          orderId: `o-${visitorId}`,
          revenueUsdCents: 500,
          at: minutes(7),
        }),
      );

      const { status, body } = await results(experiment);
      expect(status).toBe(200);
      expect(body).toEqual({
        experiment,
        metric: 'purchase',
        variants: [
          {
            variant: 'control',
            visitors: 1,
            converters: 0,
            revenueUsdCents: 0,
            revenueSquaresUsdCents2: 0,
          },
        ],
      });
    });

    it('knows a visitor whatever the case of its uuid', async () => {
      const experiment = experimentKey();
      const visitorId = randomUUID();
      await accepted(
        expose({ visitorId: visitorId.toUpperCase(), experiment, variant: 'a', at: minutes(0) }),
      );
      await accepted(expose({ visitorId, experiment, variant: 'b', at: minutes(1) }));
      await accepted(convert({ visitorId, kind: 'add_to_cart', at: minutes(2) }));
      expect((await results(experiment, 'add_to_cart')).body.variants).toMatchObject([
        { variant: 'a', visitors: 1, converters: 1 },
      ]);
    });

    it('keeps a visitor in each experiment separately', async () => {
      const [first, second] = [experimentKey(), experimentKey()];
      const visitorId = randomUUID();
      await accepted(expose({ visitorId, experiment: first, variant: 'a' }));
      await accepted(expose({ visitorId, experiment: second, variant: 'b' }));
      expect((await results(first)).body.variants).toMatchObject([{ variant: 'a', visitors: 1 }]);
      expect((await results(second)).body.variants).toMatchObject([{ variant: 'b', visitors: 1 }]);
    });
  });

  describe('conversions', () => {
    it('records a purchase once per orderId', async () => {
      const experiment = experimentKey();
      const visitorId = randomUUID();
      await accepted(expose({ visitorId, experiment, variant: 'control', at: minutes(0) }));
      const purchase = {
        visitorId,
        kind: 'purchase',
        orderId: `ORD-${randomUUID()}`,
        revenueUsdCents: 2_500,
        at: minutes(1),
      };
      await accepted(convert(purchase));
      await accepted(convert(purchase));
      await accepted(convert({ ...purchase, revenueUsdCents: 99_999, at: minutes(2) }));
      await accepted(convert({ ...purchase, visitorId: randomUUID() }));

      expect((await results(experiment)).body.variants).toEqual([
        {
          variant: 'control',
          visitors: 1,
          converters: 1,
          revenueUsdCents: 2_500,
          revenueSquaresUsdCents2: 2_500 ** 2,
        },
      ]);
    });

    it('attributes only what happened at or after the first exposure', async () => {
      const experiment = experimentKey();
      const visitorId = randomUUID();
      await accepted(convert({ visitorId, kind: 'add_to_cart', at: minutes(1) }));
      await accepted(
        convert({
          visitorId,
          kind: 'purchase',
          orderId: `before-${visitorId}`,
          revenueUsdCents: 700,
          at: minutes(2),
        }),
      );
      await accepted(expose({ visitorId, experiment, variant: 'treatment', at: minutes(3) }));

      expect((await results(experiment, 'add_to_cart')).body.variants).toEqual([
        {
          variant: 'treatment',
          visitors: 1,
          converters: 0,
          revenueUsdCents: 0,
          revenueSquaresUsdCents2: 0,
        },
      ]);

      // At the very moment of exposure counts; a begin_checkout does not make an add_to_cart converter.
      await accepted(convert({ visitorId, kind: 'add_to_cart', at: minutes(3) }));
      await accepted(convert({ visitorId, kind: 'begin_checkout', at: minutes(4) }));
      expect((await results(experiment, 'add_to_cart')).body.variants).toMatchObject([
        { converters: 1, revenueUsdCents: 0 },
      ]);
      expect((await results(experiment, 'purchase')).body.variants).toMatchObject([
        { converters: 0, revenueUsdCents: 0 },
      ]);
    });

    it('accepts an orderId on other kinds without making it a purchase key', async () => {
      const experiment = experimentKey();
      const visitorId = randomUUID();
      const orderId = `shared-${visitorId}`;
      await accepted(expose({ visitorId, experiment, variant: 'a', at: minutes(0) }));
      await accepted(convert({ visitorId, kind: 'begin_checkout', orderId, at: minutes(1) }));
      await accepted(convert({ visitorId, kind: 'begin_checkout', orderId, at: minutes(2) }));
      await accepted(
        convert({ visitorId, kind: 'purchase', orderId, revenueUsdCents: 100, at: minutes(3) }),
      );
      expect((await results(experiment)).body.variants).toMatchObject([
        { converters: 1, revenueUsdCents: 100 },
      ]);
    });
  });

  describe('results', () => {
    it('sums visitors, converters, revenue and squared revenue per visitor, per variant', async () => {
      const experiment = experimentKey();
      const [a1, a2, a3, b1, b2] = [
        randomUUID(),
        randomUUID(),
        randomUUID(),
        randomUUID(),
        randomUUID(),
      ];
      for (const visitorId of [a1, a2, a3])
        await accepted(expose({ visitorId, experiment, variant: 'control', at: minutes(0) }));
      for (const visitorId of [b1, b2])
        await accepted(expose({ visitorId, experiment, variant: 'big-gallery', at: minutes(0) }));
      const buy = (visitorId: string, revenueUsdCents: number) =>
        accepted(
          convert({
            visitorId,
            kind: 'purchase',
            orderId: randomUUID(),
            revenueUsdCents,
            at: minutes(5),
          }),
        );
      // control: a1 buys twice (300 + 200 = 500), a2 once (1000), a3 never; big-gallery: b1 buys a free item.
      await buy(a1, 300);
      await buy(a1, 200);
      await buy(a2, 1_000);
      await buy(b1, 0);
      await accepted(convert({ visitorId: b2, kind: 'add_to_cart', at: minutes(1) }));

      const purchase = await results(experiment, 'purchase');
      expect(purchase.body).toEqual({
        experiment,
        metric: 'purchase',
        variants: [
          {
            variant: 'big-gallery',
            visitors: 2,
            converters: 1,
            revenueUsdCents: 0,
            revenueSquaresUsdCents2: 0,
          },
          {
            variant: 'control',
            visitors: 3,
            converters: 2,
            revenueUsdCents: 1_500,
            revenueSquaresUsdCents2: 500 ** 2 + 1_000 ** 2,
          },
        ],
      });
      const addToCart = await results(experiment, 'add_to_cart');
      expect(
        addToCart.body.variants.map((variant: { converters: number }) => variant.converters),
      ).toEqual([1, 0]);
    });

    it('keeps large squared revenue as a number', async () => {
      const experiment = experimentKey();
      const visitorId = randomUUID();
      await accepted(expose({ visitorId, experiment, variant: 'whale', at: minutes(0) }));
      // 3e9 cents squared is 9e18: past 2^53, and past PostgreSQL's bigint.
      await accepted(
        convert({
          visitorId,
          kind: 'purchase',
          orderId: randomUUID(),
          revenueUsdCents: 3_000_000_000,
          at: minutes(1),
        }),
      );
      expect((await results(experiment)).body.variants).toEqual([
        {
          variant: 'whale',
          visitors: 1,
          converters: 1,
          revenueUsdCents: 3_000_000_000,
          revenueSquaresUsdCents2: 9e18,
        },
      ]);
    });

    it('answers an experiment nobody saw with no variants', async () => {
      expect((await results('never-run', 'begin_checkout')).body).toEqual({
        experiment: 'never-run',
        metric: 'begin_checkout',
        variants: [],
      });
    });
  });

  describe('bad input', () => {
    const visitorId = randomUUID();
    const cases: Array<[string, () => ReturnType<typeof expose>, Record<string, string>]> = [
      ['no body', () => expose(undefined), { '(body)': 'required' }],
      ['an array', () => convert([]), { '(body)': 'invalid_type' }],
      [
        'missing fields',
        () => expose({}),
        { visitorId: 'required', experiment: 'required', variant: 'required' },
      ],
      [
        'not a uuid',
        () => expose({ visitorId: 'visitor-1', experiment: 'e', variant: 'v' }),
        { visitorId: 'invalid_format' },
      ],
      [
        'upper-case experiment',
        () => expose({ visitorId, experiment: 'Checkout', variant: 'v' }),
        { experiment: 'invalid_format' },
      ],
      [
        'leading hyphen',
        () => expose({ visitorId, experiment: 'e', variant: '-v' }),
        { variant: 'invalid_format' },
      ],
      [
        'long variant',
        () => expose({ visitorId, experiment: 'e', variant: 'v'.repeat(33) }),
        { variant: 'too_big' },
      ],
      [
        'long experiment',
        () => expose({ visitorId, experiment: 'e'.repeat(65), variant: 'v' }),
        { experiment: 'too_big' },
      ],
      [
        'bad time',
        () => expose({ visitorId, experiment: 'e', variant: 'v', at: 'yesterday' }),
        { at: 'invalid_format' },
      ],
      [
        'impossible date',
        () => expose({ visitorId, experiment: 'e', variant: 'v', at: '2026-02-30T00:00:00Z' }),
        { at: 'invalid_format' },
      ],
      [
        'time without offset',
        () => expose({ visitorId, experiment: 'e', variant: 'v', at: '2026-01-01T00:00:00' }),
        { at: 'invalid_format' },
      ],
      [
        'unknown key',
        () => expose({ visitorId, experiment: 'e', variant: 'v', user: 'x' }),
        { user: 'unrecognized_key' },
      ],
      ['unknown kind', () => convert({ visitorId, kind: 'signup' }), { kind: 'invalid_value' }],
      ['no kind', () => convert({ visitorId }), { kind: 'required' }],
      [
        'purchase without order or revenue',
        () => convert({ visitorId, kind: 'purchase' }),
        { orderId: 'required', revenueUsdCents: 'required' },
      ],
      [
        'purchase without revenue',
        () => convert({ visitorId, kind: 'purchase', orderId: 'o1' }),
        { revenueUsdCents: 'required' },
      ],
      [
        'revenue on add_to_cart',
        () => convert({ visitorId, kind: 'add_to_cart', revenueUsdCents: 1 }),
        { revenueUsdCents: 'forbidden' },
      ],
      [
        'negative revenue',
        () => convert({ visitorId, kind: 'purchase', orderId: 'o1', revenueUsdCents: -1 }),
        { revenueUsdCents: 'too_small' },
      ],
      [
        'fractional revenue',
        () => convert({ visitorId, kind: 'purchase', orderId: 'o1', revenueUsdCents: 1.5 }),
        { revenueUsdCents: 'invalid_type' },
      ],
      [
        'revenue as text',
        () => convert({ visitorId, kind: 'purchase', orderId: 'o1', revenueUsdCents: '100' }),
        { revenueUsdCents: 'invalid_type' },
      ],
      [
        'empty orderId',
        () => convert({ visitorId, kind: 'purchase', orderId: '', revenueUsdCents: 1 }),
        { orderId: 'too_small' },
      ],
      [
        'long orderId',
        () => convert({ visitorId, kind: 'purchase', orderId: 'o'.repeat(65), revenueUsdCents: 1 }),
        { orderId: 'too_big' },
      ],
      ['unknown metric', () => results('e', 'signup'), { metric: 'invalid_value' }],
      [
        'no metric',
        () => services.request('GET', '/events/experiments/e/results'),
        { metric: 'required' },
      ],
      ['bad experiment key', () => results('Bad_Key'), { key: 'invalid_format' }],
    ];

    it.each(cases)('answers 400 with the offending field: %s', async (_name, call, fields) => {
      const { status, body } = await call();
      expect(status).toBe(400);
      expect(body).toEqual({
        error: { code: 'invalid_request', message: expect.any(String), fields },
      });
    });

    it('answers 400 invalid_json for a body that is not JSON', async () => {
      const { status, body } = await services.request('POST', '/events/conversions', {
        body: '{"visitorId":',
      });
      expect(status).toBe(400);
      expect(body.error.code).toBe('invalid_json');
    });
  });
});
