import type { ReactNode } from 'react';

/** A message about a whole form or page (a refused change, an outage), announced when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-lg border border-sale/30 bg-sale/5 px-4 py-3 text-sm text-sale"
    >
      {children}
    </p>
  );
}
