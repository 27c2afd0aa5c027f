import type { ReactNode } from 'react';

/**
 * The bottom edge where notices appear. They stack instead of covering one another, and sit
 * above the phone's sticky add-to-cart bar where a page has one. Fixed, so a notice coming or
 * going never moves the page; only the notices themselves take clicks. `edge` is a full-width
 * strip below the stack.
 */
export function ToastDock({ children, edge }: { children: ReactNode; edge?: ReactNode }) {
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col max-sm:[body:has([data-sticky-cart])_&]:bottom-20">
      <div className="flex flex-col items-center gap-2 px-4 pb-4 *:pointer-events-auto sm:items-start">
        {children}
      </div>
      <div className="*:pointer-events-auto">{edge}</div>
    </div>
  );
}
