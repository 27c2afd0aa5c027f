import type { Check } from './checks';
import type { Lifecycle } from './lifecycle';

export interface ReadinessReport {
  /**
   * `ready`: every dependency answers. `degraded`: one does not, but this instance still serves
   * what it has cached. `starting` / `draining`: take it out of rotation.
   */
  status: 'ready' | 'degraded' | 'starting' | 'draining';
  checks?: Record<string, Check>;
}

export interface ReadinessOptions {
  /** Runs every dependency check; each must settle within its own short deadline. */
  runChecks: () => Promise<Record<string, Check>>;
  lifecycle: () => Lifecycle;
  /** How long one round of checks answers every probe (default 2 s). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The readiness probe's answer, with its HTTP status. Only starting and draining answer 503.
 * A dependency that is down answers 200 "degraded": the services and Redis are shared by every
 * instance, so when one is down it is down for all of them, and failing readiness would take
 * every instance out of rotation at once, turning the cached pages they still serve into errors
 * at the balancer. Which dependency is down is in the body, for alerts and people.
 *
 * Probes come every few seconds from several places (balancer, orchestrator, cache tier): one
 * round of checks answers all of them for `ttlMs`, and concurrent probes share a round in flight.
 */
export function createReadiness(options: ReadinessOptions) {
  const { runChecks, lifecycle, ttlMs = 2_000, now = Date.now } = options;
  let round: { at: number; checks: Promise<Record<string, Check>> } | undefined;

  return async function readiness(): Promise<{ httpStatus: number; report: ReadinessReport }> {
    const state = lifecycle();
    if (state !== 'serving') return { httpStatus: 503, report: { status: state } };
    if (!round || now() - round.at >= ttlMs) round = { at: now(), checks: runChecks() };
    const checks = await round.checks;
    const allOk = Object.values(checks).every((check) => check.ok);
    return { httpStatus: 200, report: { status: allOk ? 'ready' : 'degraded', checks } };
  };
}
