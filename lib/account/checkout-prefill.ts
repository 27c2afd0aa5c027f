import { customers } from '@/lib/services/customers/client';
import type { ShippingAddress } from '@/lib/services/checkout/client';
import { lookUpCustomer } from './current-customer';

export interface CheckoutPrefill {
  signedIn: boolean;
  email?: string;
  /** The address book's default (or only) address. */
  address?: ShippingAddress;
}

/**
 * What a signed-in shopper's checkout starts with: the account's e-mail and default address.
 * The customer service being down only means typing them: checkout never waits on accounts.
 */
export async function checkoutPrefill(): Promise<CheckoutPrefill> {
  const lookup = await lookUpCustomer();
  if (lookup.state !== 'signed-in') return { signedIn: false };
  const { token, customer } = lookup.account;
  const addresses = await customers.addresses(token);
  const saved = addresses.ok
    ? (addresses.value.find((entry) => entry.isDefault) ?? addresses.value[0])
    : undefined;
  return { signedIn: true, email: customer.email, address: saved?.address };
}

/** "Save this address to my account" at checkout: the first saved address becomes the default. */
export async function saveCheckoutAddress(address: ShippingAddress): Promise<void> {
  const lookup = await lookUpCustomer();
  if (lookup.state !== 'signed-in') return;
  const { token } = lookup.account;
  const existing = await customers.addresses(token);
  const isDefault = existing.ok && existing.value.length === 0;
  // Best effort: the checkout step is saved either way, and the book can be edited later.
  await customers.addAddress(token, { ...address, isDefault });
}

/** The signed-in shopper's id for the order, so it shows in their order history. */
export async function orderCustomerId(): Promise<string | undefined> {
  const lookup = await lookUpCustomer();
  return lookup.state === 'signed-in' ? lookup.account.customer.id : undefined;
}
