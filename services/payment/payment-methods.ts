import { summarizeCard, type Card, type CardBrand } from './cards';
import { randomId } from '../shared/random-id';

/** What the storefront may see and keep of a tokenized card. */
export interface PaymentMethod {
  id: string;
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  expiresAt: string;
}

interface Entry {
  method: PaymentMethod;
  card: Card;
  expiresAtMs: number;
}

/**
 * Tokenized cards, like a PSP's payment methods: the storefront sends the card
 * once and afterwards only handles `pm_…`. Held in memory only, so the
 * reference PSP never writes a card number to disk; a restart forgets the
 * methods and checkout answers 422 payment_method_invalid (enter the card
 * again). Every method lives `ttlMs`; the oldest are dropped beyond `capacity`
 * so a flood of tokenizations cannot grow memory without bound.
 */
export class PaymentMethodVault {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly capacity = 100_000,
  ) {}

  create(card: Card): PaymentMethod {
    this.prune();
    const expiresAtMs = Date.now() + this.ttlMs;
    const method: PaymentMethod = {
      id: `pm_${randomId(18)}`,
      ...summarizeCard(card),
      expMonth: card.expMonth,
      expYear: card.expYear,
      expiresAt: new Date(expiresAtMs).toISOString(),
    };
    this.entries.set(method.id, { method, card, expiresAtMs });
    return method;
  }

  /** The card behind a live method; undefined when unknown or expired. */
  resolve(id: string): { method: PaymentMethod; card: Card } | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= Date.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return { method: entry.method, card: entry.card };
  }

  /** Insertion order is expiry order (one TTL for all), so the front of the map is always the oldest. */
  private prune(): void {
    const now = Date.now();
    for (const [id, entry] of this.entries) {
      if (entry.expiresAtMs > now && this.entries.size < this.capacity) break;
      this.entries.delete(id);
    }
  }
}
