import { HttpError } from '../http/errors';
import type { HttpResult } from '../http/types';

/**
 * A checkout error whose details belong inside `error` (the shared handler
 * puts extras next to it): `{ error: { code, message, fields?, reason? } }`.
 */
export class CheckoutError extends HttpError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(status, code, message, {}, headers);
  }

  toJSON(): { error: Record<string, unknown> } {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }

  toResult(): HttpResult {
    return { status: this.status, json: this.toJSON(), headers: this.headers };
  }
}
