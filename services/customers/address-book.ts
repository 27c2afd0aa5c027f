import type { ShippingAddress } from '../checkout/address';
import type { Database, Queryable } from '../db/database';
import { DetailedError } from '../framework/errors';
import { randomId } from '../shared/random-id';

const MAX_ADDRESSES = 20;

export interface SavedAddress {
  id: string;
  isDefault: boolean;
  address: ShippingAddress;
  createdAt: string;
}

interface AddressRow {
  id: string;
  is_default: boolean;
  address: ShippingAddress;
  created_at: Date;
}

const toSaved = (row: AddressRow): SavedAddress => ({
  id: row.id,
  isDefault: row.is_default,
  address: row.address,
  createdAt: new Date(row.created_at).toISOString(),
});

/** Saved shipping addresses; one may be the default, which checkout fills in. */
export class AddressBook {
  constructor(private readonly db: Database) {}

  async list(customerId: string, db: Queryable = this.db): Promise<SavedAddress[]> {
    const { rows } = await db.query<AddressRow>(
      `SELECT id, is_default, address, created_at FROM customer_addresses
       WHERE customer_id = $1 ORDER BY is_default DESC, created_at DESC`,
      [customerId],
    );
    return rows.map(toSaved);
  }

  async add(
    customerId: string,
    address: ShippingAddress,
    isDefault: boolean,
  ): Promise<SavedAddress> {
    return this.db.transaction(async (tx) => {
      const { rows: counted } = await tx.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM customer_addresses WHERE customer_id = $1`,
        [customerId],
      );
      if ((counted[0]?.count ?? 0) >= MAX_ADDRESSES)
        throw new DetailedError(409, 'address_limit', `At most ${MAX_ADDRESSES} addresses`);
      if (isDefault) await this.clearDefault(tx, customerId);
      const { rows } = await tx.query<AddressRow>(
        `INSERT INTO customer_addresses (id, customer_id, address, is_default)
         VALUES ($1, $2, $3, $4) RETURNING id, is_default, address, created_at`,
        [`adr_${randomId(9)}`, customerId, JSON.stringify(address), isDefault],
      );
      return toSaved(rows[0]!);
    });
  }

  /** Undefined when the customer has no such address (another's id included). */
  async update(
    customerId: string,
    id: string,
    address: ShippingAddress,
    isDefault: boolean,
  ): Promise<SavedAddress | undefined> {
    return this.db.transaction(async (tx) => {
      if (isDefault) await this.clearDefault(tx, customerId);
      const { rows } = await tx.query<AddressRow>(
        `UPDATE customer_addresses SET address = $3, is_default = $4
         WHERE id = $1 AND customer_id = $2 RETURNING id, is_default, address, created_at`,
        [id, customerId, JSON.stringify(address), isDefault],
      );
      return rows[0] && toSaved(rows[0]);
    });
  }

  async remove(customerId: string, id: string): Promise<boolean> {
    const { rows } = await this.db.query(
      `DELETE FROM customer_addresses WHERE id = $1 AND customer_id = $2 RETURNING id`,
      [id, customerId],
    );
    return rows.length > 0;
  }

  private async clearDefault(tx: Queryable, customerId: string): Promise<void> {
    await tx.query(`UPDATE customer_addresses SET is_default = false WHERE customer_id = $1`, [
      customerId,
    ]);
  }
}
