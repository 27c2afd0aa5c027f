/** Five stars filled to the rating; the label carries the meaning, the stars are decoration. */
export function StarRating({ value, label }: { value: number; label: string }) {
  const percent = Math.max(0, Math.min(100, (value / 5) * 100));
  return (
    // A text line's height from the start: a slow device can paint the stars before the parser
    // has reached the number after them, and a line growing around them would move them down.
    <span className="inline-flex min-h-5 items-center gap-2 text-sm text-ink-muted">
      <span
        aria-hidden="true"
        className="relative inline-block leading-none tracking-widest text-paper-line"
      >
        ★★★★★
        <span
          className="absolute inset-0 overflow-hidden text-amber-500"
          style={{ width: `${percent}%` }}
        >
          ★★★★★
        </span>
      </span>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true">{value.toFixed(1)}</span>
    </span>
  );
}
