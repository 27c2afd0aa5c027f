import type { StockLedger } from './stock-ledger';
import type { Database } from '../db/database';
import { HttpError } from '../framework/errors';
import type { KeyedMutex } from '../shared/keyed-mutex';
import { randomId } from '../shared/random-id';

export interface ReservationLine {
  sku: string;
  quantity: number;
}

export interface Reservation {
  id: string;
  lines: ReservationLine[];
}

/**
 * Holds stock for a checkout in progress: reserving lowers the available
 * count at once (so nobody else can buy it), releasing gives it back,
 * committing keeps it sold. All-or-nothing per reservation, serialized
 * across SKUs by one lock so two checkouts never oversell.
 */
export class InventoryReservations {
  constructor(
    private readonly db: Database,
    private readonly ledger: StockLedger,
    private readonly locks: KeyedMutex,
  ) {}

  /** `reference` names what the stock is held for (the order id), so recovery can settle it. */
  reserve(requested: ReservationLine[], reference: string): Promise<Reservation> {
    const lines = aggregate(requested);
    return this.locks.run('inventory:reservations', async () => {
      for (const line of lines) {
        const available = this.ledger.item(line.sku)?.available ?? 0;
        if (line.quantity > available) {
          throw new HttpError(
            422,
            'insufficient_stock',
            `Only ${available} of ${line.sku} available`,
            { sku: line.sku, available },
          );
        }
      }
      const reservation: Reservation = { id: `res_${randomId(12)}`, lines };
      await this.db.query(
        'INSERT INTO inventory_reservations (id, lines, status, reference) VALUES ($1, $2, $3, $4)',
        [reservation.id, JSON.stringify(lines), 'held', reference],
      );
      for (const line of lines) {
        const available = this.ledger.item(line.sku)?.available ?? 0;
        await this.ledger.set(line.sku, available - line.quantity);
      }
      return reservation;
    });
  }

  /** Gives the stock back; a no-op unless the reservation is still held. */
  release(reservationId: string): Promise<void> {
    return this.locks.run('inventory:reservations', async () => {
      const result = await this.db.query<{ lines: ReservationLine[] }>(
        `UPDATE inventory_reservations SET status = 'released', updated_at = now()
         WHERE id = $1 AND status = 'held' RETURNING lines`,
        [reservationId],
      );
      const lines = result.rows[0]?.lines ?? [];
      for (const line of lines) {
        const available = this.ledger.item(line.sku)?.available ?? 0;
        await this.ledger.set(line.sku, available + line.quantity);
      }
    });
  }

  /** Releases every reservation still held; only safe when no checkout can be running (start-up). */
  async releaseAllHeld(): Promise<number> {
    const held = await this.db.query<{ id: string }>(
      `SELECT id FROM inventory_reservations WHERE status = 'held'`,
    );
    for (const { id } of held.rows) await this.release(id);
    return held.rows.length;
  }

  /** Keeps the stock held for `reference` (an order id) sold. */
  async commitFor(reference: string): Promise<void> {
    await this.db.query(
      `UPDATE inventory_reservations SET status = 'committed', updated_at = now() WHERE reference = $1 AND status = 'held'`,
      [reference],
    );
  }

  /** The stock stays sold. */
  async commit(reservationId: string): Promise<void> {
    await this.db.query(
      `UPDATE inventory_reservations SET status = 'committed', updated_at = now() WHERE id = $1 AND status = 'held'`,
      [reservationId],
    );
  }
}

function aggregate(lines: ReservationLine[]): ReservationLine[] {
  const bySku = new Map<string, number>();
  for (const line of lines) bySku.set(line.sku, (bySku.get(line.sku) ?? 0) + line.quantity);
  return [...bySku].map(([sku, quantity]) => ({ sku, quantity }));
}
