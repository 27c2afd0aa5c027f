import { createOpenFeatureAdapter } from '@flags-sdk/openfeature';
import { OpenFeature } from '@openfeature/server-sdk';
import type { Visitor } from '../assignment';
import { NOT_ENROLLED, variantNames, type Experiment } from '../experiment';
import { NO_REQUEST } from '../flag-params';
import { OfrepProvider } from './ofrep-provider';

export type RemoteAssignment = (experiment: Experiment, visitor: Visitor) => Promise<string>;

/**
 * The variant from a remote flag provider, through the Flags SDK's OpenFeature adapter. The
 * in-repo definition still decides who is in the experiment (crawlers, targeting, start and
 * stop); the remote only picks the variant, e.g. to ramp one up. Anything but one of the
 * experiment's variants or "off" (an error, a timeout, a typo in the vendor's console) falls
 * back to NOT_ENROLLED: the control, not counted.
 */
export function createRemoteAssignment(
  baseUrl: string,
  timeoutMs: number,
  domain = 'storefront-experiments',
): RemoteAssignment {
  OpenFeature.setProvider(domain, new OfrepProvider(baseUrl, timeoutMs));
  const adapter = createOpenFeatureAdapter(OpenFeature.getClient(domain)).stringValue();
  return async (experiment, visitor) => {
    const entities = { targetingKey: visitor.id, locale: visitor.locale, device: visitor.device };
    const value = await adapter.decide({
      ...NO_REQUEST,
      key: experiment.key,
      entities,
      defaultValue: NOT_ENROLLED,
    });
    return value === NOT_ENROLLED || variantNames(experiment).includes(value)
      ? value
      : NOT_ENROLLED;
  };
}
