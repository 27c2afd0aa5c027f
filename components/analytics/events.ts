/**
 * Product events (add to cart, purchase), one call site each. Today they go to Vercel Web
 * Analytics, and only where it runs (deployed on Vercel); the experiments issue will also send
 * them to the first-party collector from here, so call sites never change.
 */
export type EventName = 'add_to_cart' | 'purchase';
export type EventProps = Record<string, string | number | boolean | null>;

let vercelEnabled = false;

/** Called by components/analytics/vercel-analytics.tsx, which the layout renders only on Vercel. */
export function enableVercelEvents(): void {
  vercelEnabled = true;
}

export function trackEvent(name: EventName, props: EventProps): void {
  if (!vercelEnabled) return;
  // Vercel's documented queue stub: an event fired before its script has loaded waits in
  // `vaq` and is sent by the script, instead of being lost.
  window.va ??= (...params) => (window.vaq ??= []).push(params as [string, unknown?]);
  // The library loads only when an event is tracked, so pages off Vercel never carry it.
  void import('@vercel/analytics').then(({ track }) => track(name, props));
}
