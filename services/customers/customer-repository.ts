import type { Locale } from '../catalog/locale';
import type { Database, Queryable } from '../db/database';
import { randomId } from '../shared/random-id';

export interface Customer {
  id: string;
  email: string;
  name: string | null;
  locale: Locale;
  emailVerified: boolean;
  hasPassword: boolean;
  createdAt: string;
}

interface CustomerRow {
  id: string;
  email: string;
  name: string | null;
  locale: Locale;
  password_hash: string | null;
  email_verified_at: Date | null;
  created_at: Date;
}

export interface StoredCustomer {
  customer: Customer;
  passwordHash: string | null;
}

function toStored(row: CustomerRow): StoredCustomer {
  return {
    passwordHash: row.password_hash,
    customer: {
      id: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale,
      emailVerified: row.email_verified_at !== null,
      hasPassword: row.password_hash !== null,
      createdAt: new Date(row.created_at).toISOString(),
    },
  };
}

const COLUMNS = 'id, email, name, locale, password_hash, email_verified_at, created_at';

export class CustomerRepository {
  constructor(private readonly db: Database) {}

  async byEmail(email: string, db: Queryable = this.db): Promise<StoredCustomer | undefined> {
    const { rows } = await db.query<CustomerRow>(
      `SELECT ${COLUMNS} FROM customers WHERE email = $1`,
      [email],
    );
    return rows[0] && toStored(rows[0]);
  }

  async byId(id: string, db: Queryable = this.db): Promise<StoredCustomer | undefined> {
    const { rows } = await db.query<CustomerRow>(`SELECT ${COLUMNS} FROM customers WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toStored(rows[0]);
  }

  /** A new account whose e-mail the sign-up link has just proven. */
  async create(
    tx: Queryable,
    account: { email: string; locale: Locale; name?: string; passwordHash: string | null },
  ): Promise<Customer> {
    const { rows } = await tx.query<CustomerRow>(
      `INSERT INTO customers (id, email, name, locale, password_hash, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, now()) RETURNING ${COLUMNS}`,
      [
        `cus_${randomId(12)}`,
        account.email,
        account.name ?? null,
        account.locale,
        account.passwordHash,
      ],
    );
    return toStored(rows[0]!).customer;
  }

  async setPassword(tx: Queryable, id: string, passwordHash: string): Promise<void> {
    await tx.query(`UPDATE customers SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
  }
}
