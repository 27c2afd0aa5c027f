import {
  ErrorCode,
  StandardResolutionReasons,
  type EvaluationContext,
  type JsonValue,
  type Provider,
  type ResolutionDetails,
} from '@openfeature/server-sdk';

/**
 * A minimal OpenFeature provider for the OpenFeature Remote Evaluation Protocol (OFREP): one
 * `POST <base>/ofrep/v1/evaluate/flags/<key>` per evaluation, which flag vendors (flagd,
 * GO Feature Flag, ConfigCat, ...) serve. String flags only: experiments are variant names.
 * Each call has its own deadline, so a slow remote costs a request at most `timeoutMs`.
 */
export class OfrepProvider implements Provider {
  readonly metadata = { name: 'ofrep' } as const;
  readonly runsOn = 'server';

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async resolveStringEvaluation(
    flagKey: string,
    defaultValue: string,
    context: EvaluationContext,
  ): Promise<ResolutionDetails<string>> {
    const failed = (errorCode: ErrorCode, errorMessage: string) => ({
      value: defaultValue,
      reason: StandardResolutionReasons.ERROR,
      errorCode,
      errorMessage,
    });
    try {
      const response = await fetch(
        `${this.baseUrl.replace(/\/+$/, '')}/ofrep/v1/evaluate/flags/${encodeURIComponent(flagKey)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ context }),
          signal: AbortSignal.timeout(this.timeoutMs),
        },
      );
      if (!response.ok)
        return failed(
          response.status === 404 ? ErrorCode.FLAG_NOT_FOUND : ErrorCode.GENERAL,
          `HTTP ${response.status}`,
        );
      const body = (await response.json()) as {
        value?: unknown;
        variant?: string;
        reason?: string;
      };
      if (typeof body.value !== 'string')
        return failed(ErrorCode.TYPE_MISMATCH, 'value is not a string');
      return {
        value: body.value,
        variant: body.variant,
        reason: body.reason ?? StandardResolutionReasons.TARGETING_MATCH,
      };
    } catch (error) {
      return failed(ErrorCode.GENERAL, error instanceof Error ? error.message : String(error));
    }
  }

  async resolveBooleanEvaluation(
    _: string,
    defaultValue: boolean,
  ): Promise<ResolutionDetails<boolean>> {
    return unsupported(defaultValue);
  }

  async resolveNumberEvaluation(
    _: string,
    defaultValue: number,
  ): Promise<ResolutionDetails<number>> {
    return unsupported(defaultValue);
  }

  async resolveObjectEvaluation<T extends JsonValue>(
    _: string,
    defaultValue: T,
  ): Promise<ResolutionDetails<T>> {
    return unsupported(defaultValue);
  }
}

function unsupported<T>(value: T): ResolutionDetails<T> {
  return {
    value,
    reason: StandardResolutionReasons.ERROR,
    errorCode: ErrorCode.TYPE_MISMATCH,
    errorMessage: 'only string flags are supported',
  };
}
