import { createOpenFeatureAdapter } from '@flags-sdk/openfeature';
import { OpenFeature } from '@openfeature/server-sdk';
import type { ReadonlyHeaders, ReadonlyRequestCookies } from 'flags';
import type { Visitor } from '../assignment';
import { NOT_ENROLLED, variantNames, type Experiment } from '../experiment';
import { OfrepProvider } from './ofrep-provider';

/** What the Flags SDK hands a flag's decide(): the adapter gets it as is. */
export interface FlagRequest {
  headers: ReadonlyHeaders;
  cookies: ReadonlyRequestCookies;
}

export type RemoteAssignment = (experiment: Experiment, visitor: Visitor, request: FlagRequest) => Promise<string>;

/**
 * The variant from a remote flag provider, through the Flags SDK's OpenFeature adapter. The
 * in-repo definition still decides who is in the experiment (crawlers, targeting, start and
 * stop); the remote only picks the variant, e.g. to ramp one up. Anything but one of the
 * experiment's variants or "off" (an error, a timeout, a typo in the vendor's console) falls
 * back to NOT_ENROLLED: the control, not counted.
 */
export function createRemoteAssignment(baseUrl: string, timeoutMs: number, domain = 'storefront-experiments'): RemoteAssignment {
  OpenFeature.setProvider(domain, new OfrepProvider(baseUrl, timeoutMs));
  const adapter = createOpenFeatureAdapter(OpenFeature.getClient(domain)).stringValue();
  return async (experiment, visitor, request) => {
    const entities = { targetingKey: visitor.id, locale: visitor.locale, device: visitor.device };
    const value = await adapter.decide({ ...request, key: experiment.key, entities, defaultValue: NOT_ENROLLED });
    return value === NOT_ENROLLED || variantNames(experiment).includes(value) ? value : NOT_ENROLLED;
  };
}
