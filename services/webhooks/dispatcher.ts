import type { WebhookEvent } from './event';
import { signWebhook } from './sign';
import type { Database } from '../db/database';

export interface Delivery {
  eventId: string;
  delivered: boolean;
  status: number | null;
  error?: string;
}

export interface DispatcherOptions {
  url: string;
  secret: string;
  /** Waits before each background retry; its length bounds the retries. */
  retryDelaysMs: number[];
  timeoutMs?: number;
}

/**
 * Signs and POSTs events to the storefront. The first attempt is awaited (its
 * outcome goes back to the admin caller); failures retry in the background with
 * backoff. Every attempt updates the webhook_deliveries log.
 */
export class WebhookDispatcher {
  private readonly pendingRetries = new Set<NodeJS.Timeout>();

  constructor(
    private readonly db: Database,
    private readonly options: DispatcherOptions,
  ) {}

  async dispatch(event: WebhookEvent): Promise<Delivery> {
    const payload = JSON.stringify(event);
    await this.db.query(
      'INSERT INTO webhook_deliveries (event_id, type, payload) VALUES ($1, $2, $3)',
      [event.id, event.type, payload],
    );
    const delivery = await this.attempt(event.id, payload);
    if (!delivery.delivered) this.scheduleRetry(event.id, payload, 0);
    return delivery;
  }

  /** Stops background retries (they remain logged as undelivered). */
  close(): void {
    for (const timer of this.pendingRetries) clearTimeout(timer);
    this.pendingRetries.clear();
  }

  private scheduleRetry(eventId: string, payload: string, retry: number): void {
    const delay = this.options.retryDelaysMs[retry];
    if (delay === undefined) return;
    const timer = setTimeout(() => {
      this.pendingRetries.delete(timer);
      void this.attempt(eventId, payload).then(
        (delivery) => {
          if (!delivery.delivered) this.scheduleRetry(eventId, payload, retry + 1);
        },
        () => undefined,
      );
    }, delay);
    timer.unref();
    this.pendingRetries.add(timer);
  }

  private async attempt(eventId: string, payload: string): Promise<Delivery> {
    const delivery = await this.post(eventId, payload);
    await this.db.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, delivered = $2, last_status = $3, last_error = $4, updated_at = now()
       WHERE event_id = $1`,
      [eventId, delivery.delivered, delivery.status, delivery.error ?? null],
    );
    return delivery;
  }

  private async post(eventId: string, payload: string): Promise<Delivery> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 3000),
        headers: {
          'content-type': 'application/json',
          'x-webhook-id': eventId,
          'x-webhook-timestamp': String(timestamp),
          'x-webhook-signature': signWebhook(this.options.secret, timestamp, payload),
        },
      });
      await response.body?.cancel();
      return response.ok
        ? { eventId, delivered: true, status: response.status }
        : { eventId, delivered: false, status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      return { eventId, delivered: false, status: null, error: describeFailure(error) };
    }
  }
}

/** fetch() reports "fetch failed"; the useful part (ECONNREFUSED, timeout...) is in `cause`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
