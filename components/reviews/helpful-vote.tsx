/**
 * "Helpful" as a plain form posted to a route handler: no script on the cached page. The
 * handler answers with a redirect to this review's `#helpful-…` fragment, whose `:target` style
 * shows the thanks (the count on a cached page catches up when the page regenerates).
 */
export function HelpfulVote({
  reviewId,
  returnTo,
  messages,
}: {
  reviewId: string;
  returnTo: string;
  messages: { button: string; label: string; count: string; thanks: string };
}) {
  return (
    <form
      method="post"
      action="/api/reviews/helpful"
      className="flex flex-wrap items-center gap-x-3 gap-y-1"
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        aria-label={messages.label}
        className="rounded-full border border-paper-line px-3 py-1 text-sm hover:border-ink"
      >
        {messages.button}
      </button>
      <span className="text-sm text-ink-muted">{messages.count}</span>
      <span id={`helpful-${reviewId}`} className="hidden text-sm font-medium target:inline">
        {messages.thanks}
      </span>
    </form>
  );
}
