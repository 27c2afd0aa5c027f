import type { OpenApiContract } from './openapi-validator';

interface Skip {
  /** `service.operationId` */
  operation: string;
  /** A declared status, or '*' for the whole operation. */
  status: string;
  reason: string;
}

/**
 * Documented responses the contract test deliberately does not produce. Everything else a
 * document declares must be exercised, so a new operation or a new error response fails the
 * test until a scenario covers it or it is listed here with the reason it cannot be.
 */
const NOT_EXERCISED: readonly Skip[] = [
  // Every other operation and declared status is reachable through the HTTP API (slow and
  // declined test cards, oversized bodies, a closed cart). These need a WebAuthn authenticator's
  // signature; e2e/accounts.spec.ts makes them with Chromium's virtual authenticator.
  ...['signInWithPasskey 201', 'addPasskey 201', 'removePasskey 204', 'removePasskey 409'].map(
    (entry) => {
      const [operation, status] = entry.split(' ') as [string, string];
      return {
        operation: `customers.${operation}`,
        status,
        reason: 'needs a passkey signed by an authenticator',
      };
    },
  ),
];

/**
 * What the documents declare that `seen` never exercised, minus NOT_EXERCISED; and skips that
 * name no declared response or were exercised after all, so the list cannot go stale.
 */
export function coverageGaps(
  contract: OpenApiContract,
  seen: ReadonlyMap<string, ReadonlySet<string>>,
  skips: readonly Skip[] = NOT_EXERCISED,
): string[] {
  const skipped = (operation: string, status: string) =>
    skips.some(
      (skip) => skip.operation === operation && (skip.status === '*' || skip.status === status),
    );
  const gaps: string[] = [];
  for (const { service, operationId, responses } of contract.operations) {
    const operation = `${service}.${operationId}`;
    const statuses = seen.get(operation);
    if (!statuses) {
      if (!skipped(operation, '*')) gaps.push(`${operation} is never called`);
      continue;
    }
    for (const status of Object.keys(responses)) {
      if (!statuses.has(status) && !skipped(operation, status))
        gaps.push(`${operation} never answers its declared ${status}`);
    }
  }
  for (const skip of skips) {
    const declared = contract.operations.find(
      ({ service, operationId }) => `${service}.${operationId}` === skip.operation,
    );
    if (!declared || (skip.status !== '*' && !(skip.status in declared.responses)))
      gaps.push(`NOT_EXERCISED names ${skip.operation} ${skip.status}, which no document declares`);
    else if (
      seen.get(skip.operation)?.has(skip.status) ||
      (skip.status === '*' && seen.has(skip.operation))
    )
      gaps.push(`NOT_EXERCISED lists ${skip.operation} ${skip.status}, which is exercised now`);
  }
  return gaps;
}
