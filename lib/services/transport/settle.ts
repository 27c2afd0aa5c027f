import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { CircuitOpenError, TimeoutError } from './resilient-fetch';
import { err, ok, type Result, type ServiceError } from './result';

interface Operation {
  service: string;
  operation: string;
}

interface FetchOutcome<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

// Only a flat string → string map is trusted as field errors; anything else is ignored.
const fieldsSchema = z.record(z.string(), z.string());

function describeBody(
  body: unknown,
): Partial<Pick<ServiceError, 'code' | 'reason' | 'message' | 'fields' | 'retryAfterSeconds'>> {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {};
  const detail = (body as { error: unknown }).error;
  if (typeof detail !== 'object' || detail === null) return {};
  const { code, reason, message, fields, retryAfterSeconds } = detail as {
    code?: unknown;
    reason?: unknown;
    message?: unknown;
    fields?: unknown;
    retryAfterSeconds?: unknown;
  };
  const parsedFields = fieldsSchema.safeParse(fields);
  return {
    code: typeof code === 'string' ? code : undefined,
    ...(typeof reason === 'string' ? { reason } : {}),
    message: typeof message === 'string' ? message : undefined,
    ...(parsedFields.success ? { fields: parsedFields.data } : {}),
    ...(typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0
      ? { retryAfterSeconds }
      : {}),
  };
}

function failure(op: Operation, fields: Omit<ServiceError, 'service' | 'operation'>): ServiceError {
  return { service: op.service, operation: op.operation, ...fields };
}

/**
 * Turns one openapi-fetch call into a Result: transport failures, HTTP errors and payloads
 * that miss a field the page relies on each become a typed ServiceError.
 */
export async function settle<D>(
  op: Operation,
  call: Promise<FetchOutcome<D>>,
  schema: z.ZodType,
): Promise<Result<D>> {
  let outcome: FetchOutcome<D>;
  try {
    outcome = await call;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TimeoutError) {
      return err(failure(op, { kind: 'timeout', message: error.message, retryable: true }));
    }
    if (error instanceof CircuitOpenError) {
      return err(failure(op, { kind: 'unavailable', message: error.message, retryable: true }));
    }
    const message =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return err(failure(op, { kind: 'network', message, retryable: true }));
  }
  const { data, error, response } = outcome;
  if (!response.ok || data === undefined) {
    const { code, reason, message, fields, retryAfterSeconds } = describeBody(error);
    return err(
      failure(op, {
        kind: 'http',
        status: response.status,
        code,
        ...(reason ? { reason } : {}),
        message: message ?? `HTTP ${response.status}`,
        retryable: RETRYABLE_STATUS.has(response.status),
        ...(fields ? { fields } : {}),
        ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
      }),
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = `unexpected payload at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
    return err(failure(op, { kind: 'validation', message, retryable: false }));
  }
  return ok(data);
}

type NoContentCall = Promise<{ error?: unknown; response: Response }>;

/**
 * For an operation that answers 204: openapi-fetch gives it no `data`, which `settle` would
 * take for a failure.
 */
export async function settleNoContent(op: Operation, call: NoContentCall): Promise<Result<void>> {
  const outcome = call.then((answer) => ({
    ...answer,
    data: answer.response.ok ? null : undefined,
  }));
  const result = await settle(op, outcome, z.null());
  return result.ok ? ok(undefined) : result;
}
