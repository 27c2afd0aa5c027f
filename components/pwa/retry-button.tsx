'use client';

/** Loads the page the shopper asked for again; the offline page stands in for it. */
export function RetryButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => location.reload()}
      className="rounded-full bg-brand px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-strong"
    >
      {label}
    </button>
  );
}
