/**
 * What a checkout form shows after the server looked at it: a message per field (already in the
 * shopper's language), a message for the whole form, and what was typed, so nothing is lost
 * when the page is rendered again without JavaScript. Card fields are never echoed.
 */
export interface StepState {
  errors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
  /** The form did its job and has nothing more to ask (e.g. "check your inbox"). */
  done?: string;
}
