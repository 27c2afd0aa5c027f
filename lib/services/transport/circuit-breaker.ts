export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerPolicy {
  /** Failed calls within `windowMs` that open the breaker. */
  failuresToOpen: number;
  windowMs: number;
  /** How long an open breaker refuses calls before it lets one probe through. */
  openMs: number;
}

/**
 * Five failed calls in ten seconds is an outage, not bad luck (retries already absorb a lost
 * packet); five seconds open is short enough that a recovered service is used again almost at
 * once.
 */
const DEFAULT_BREAKER_POLICY: BreakerPolicy = {
  failuresToOpen: 5,
  windowMs: 10_000,
  openMs: 5_000,
};

/**
 * A circuit breaker for one backend service, per process. Closed, every call goes out; after
 * `failuresToOpen` failures within `windowMs` it opens and calls are refused at once, so a page in
 * an outage fails in microseconds instead of waiting out a timeout; after `openMs` it is
 * half-open and lets exactly one call through as a probe, whose outcome closes or reopens it.
 * Failures are counted in a window rather than in a row because a success proves little: a read
 * answered by Next's data cache looks like one, and a render makes several during an outage.
 */
export function createCircuitBreaker(
  policy: BreakerPolicy = DEFAULT_BREAKER_POLICY,
  clock: () => number = Date.now,
) {
  let state: BreakerState = 'closed';
  /** When the recent failures happened, oldest first; never more than failuresToOpen. */
  let failures: number[] = [];
  let openedAt = 0;
  let probing = false;
  let refused = 0;

  const open = () => {
    state = 'open';
    openedAt = clock();
    probing = false;
  };

  return {
    get state(): BreakerState {
      return state;
    },
    /** Whether the service's last call failed, or calls are paused: it is in trouble now. */
    get failing(): boolean {
      const recent = failures.at(-1);
      return state !== 'closed' || (recent !== undefined && clock() - recent < policy.windowMs);
    },
    /** Calls refused since the process started, for the metrics. */
    get refused(): number {
      return refused;
    },
    /** Whether a call may go out now; a refused call is counted. */
    admit(): boolean {
      if (state === 'open' && clock() - openedAt >= policy.openMs) state = 'half-open';
      if (state === 'closed' || (state === 'half-open' && !probing)) {
        if (state === 'half-open') probing = true;
        return true;
      }
      refused++;
      return false;
    },
    /** The outcome of an admitted call: an answer below 500, or a failure. */
    record(succeeded: boolean): void {
      if (succeeded) {
        if (state === 'closed') return;
        state = 'closed';
        failures = [];
        probing = false;
        return;
      }
      const now = clock();
      failures = [...failures, now]
        .filter((at) => now - at < policy.windowMs)
        .slice(-policy.failuresToOpen);
      if (state === 'half-open' || failures.length >= policy.failuresToOpen) open();
    },
  };
}

export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;

// On globalThis: Next bundles each route apart, and every bundle's typed clients must see the
// one breaker per service, as the metrics route must.
const REGISTRY = Symbol.for('storefront.circuit-breakers');
type Registry = Map<string, CircuitBreaker>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

export function breakerFor(service: string): CircuitBreaker {
  const breakers = registry();
  let breaker = breakers.get(service);
  if (!breaker) breakers.set(service, (breaker = createCircuitBreaker()));
  return breaker;
}

/** Whether any backend service's last call failed or its breaker is open. */
export function anyServiceFailing(): boolean {
  return [...registry().values()].some((breaker) => breaker.failing);
}

/** Every breaker made so far, by service: what the metrics and the ops page show. */
export function breakerStates(): Array<{ service: string; state: BreakerState; refused: number }> {
  return [...registry()].map(([service, breaker]) => ({
    service,
    state: breaker.state,
    refused: breaker.refused,
  }));
}
