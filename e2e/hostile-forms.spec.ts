import { expect, test, type APIRequestContext } from '@playwright/test';

/** The order lookup form's server action id, as the page hands it to a browser. */
async function lookupActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/en-US/order/lookup')).text();
  const id = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  expect(id, 'the lookup form carries its action id').toBeTruthy();
  return id!;
}

const fetchAction = (id: string) => ({
  'next-action': id,
  'content-type': 'text/plain;charset=UTF-8',
  accept: 'text/x-component',
});

// An empty form's locale is the default one.
const INVALID_NUMBER = 'Enter an order number like ORD-7KQ2ZP.';

test('a server action with arguments that are not a form answers with the form, not a 500', async ({
  request,
}) => {
  const id = await lookupActionId(request);
  for (const body of ['["not a state","not a form"]', '[1]', '{}']) {
    const response = await request.post('/en-US/order/lookup', {
      headers: fetchAction(id),
      data: body,
    });
    // The action's own answer for an empty form: its field errors, in the RSC payload.
    expect(response.status(), body).toBe(200);
    expect(await response.text(), body).toContain(INVALID_NUMBER);
  }
});

test('a server action from another site is refused with 403, with or without JavaScript', async ({
  request,
}) => {
  const id = await lookupActionId(request);
  const withScript = await request.post('/en-US/order/lookup', {
    headers: { ...fetchAction(id), origin: 'https://evil.example' },
    data: '[{},"x"]',
  });
  expect(withScript.status()).toBe(403);
  const withoutScript = await request.post('/en-US/order/lookup', {
    headers: { origin: 'https://evil.example' },
    multipart: { $ACTION_REF_1: '', orderId: 'NW-1', email: 'a@example.com' },
  });
  expect(withoutScript.status()).toBe(403);
});

test('arguments nested past any form are refused with 400 before the decoder recurses into them', async ({
  request,
}) => {
  const id = await lookupActionId(request);
  const response = await request.post('/en-US/order/lookup', {
    headers: fetchAction(id),
    data: `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toMatch(/nest too deeply/);
  // The storefront is still there for the next shopper.
  expect((await request.get('/en-US/order/lookup')).status()).toBe(200);
});
