import type { BeaconInput } from './beacon';
import { rate } from './vitals';

/** A valid beacon with one LCP value, for tests: a phone in en-US unless told otherwise. */
export function lcpBeacon(
  value: number,
  { id = 'v5-1', ...fields }: Partial<Omit<BeaconInput, 'metrics'>> & { id?: string } = {},
): BeaconInput {
  return {
    route: '/[locale]/p/[slug]',
    locale: 'en-US',
    market: 'US',
    device: 'phone',
    connection: '4g',
    ...fields,
    metrics: [
      {
        name: 'LCP',
        value,
        delta: value,
        id,
        rating: rate('LCP', value),
        navigationType: 'navigate',
      },
    ],
  };
}
