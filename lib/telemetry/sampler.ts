import { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler, type Sampler } from '@opentelemetry/sdk-trace';
import type { ServerEnv } from '@/lib/env/server';

type SamplerEnv = Pick<ServerEnv, 'OTEL_TRACES_SAMPLER' | 'OTEL_TRACES_SAMPLER_ARG'>;

/**
 * Which new traces are recorded. Without an exporter none are: spans are then only carriers of
 * a trace id, which costs next to nothing. A request that arrives with a sampled traceparent
 * is recorded either way, so the decision made upstream reaches the services intact.
 */
export function storefrontSampler(env: SamplerEnv, exporting: boolean): Sampler {
  if (!exporting) return new ParentBasedSampler({ root: new AlwaysOffSampler() });
  const root = {
    parentbased_always_on: () => new AlwaysOnSampler(),
    parentbased_traceidratio: () => new TraceIdRatioBasedSampler(env.OTEL_TRACES_SAMPLER_ARG),
    parentbased_always_off: () => new AlwaysOffSampler(),
  }[env.OTEL_TRACES_SAMPLER]();
  return new ParentBasedSampler({ root });
}
