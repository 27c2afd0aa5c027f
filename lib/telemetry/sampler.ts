import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace';
import type { ServerEnv } from '@/lib/env/server';

type SamplerEnv = Pick<ServerEnv, 'OTEL_TRACES_SAMPLER' | 'OTEL_TRACES_SAMPLER_ARG'>;

/**
 * Which new traces are recorded. Parent-based: a request that arrives with a sampled
 * traceparent is recorded whatever the setting, so a decision made upstream holds here too.
 */
export function storefrontSampler(env: SamplerEnv): Sampler {
  const root = {
    parentbased_always_on: () => new AlwaysOnSampler(),
    parentbased_traceidratio: () => new TraceIdRatioBasedSampler(env.OTEL_TRACES_SAMPLER_ARG),
    parentbased_always_off: () => new AlwaysOffSampler(),
  }[env.OTEL_TRACES_SAMPLER]();
  return new ParentBasedSampler({ root });
}
