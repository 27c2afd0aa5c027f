import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { isCrossSite } from '@/lib/http/same-origin';
import { jsonError } from '@/lib/http/json-error';
import { readCappedText } from '@/lib/http/json-body';
import { reviews } from '@/lib/services/reviews/client';
import { siteUrl } from '@/lib/seo/site-url';

const VOTER_COOKIE = 'review_voter';
const VOTER = /^[A-Za-z0-9_-]{32}$/;
const REVIEW_ID = /^rv-[A-Za-z0-9_-]{1,60}$/;
// Reviews are shown on product pages and their review pages only: the vote leads back there.
const REVIEW_PAGE =
  /^\/(en-US|de-DE|fr-FR|ja-JP)\/p\/[a-z0-9-]{1,200}(\/reviews\/(helpful|newest)\/\d{1,4})?$/;
const PRIVATE = { 'Cache-Control': 'private, no-store' } as const;

/** This browser's voter id: an opaque random value, so a vote counts once per browser. */
async function voterId(): Promise<string> {
  const jar = await cookies();
  const held = jar.get(VOTER_COOKIE)?.value;
  if (held && VOTER.test(held)) return held;
  const fresh = randomBytes(24).toString('base64url');
  jar.set(VOTER_COOKIE, fresh, {
    httpOnly: true,
    secure: siteUrl().startsWith('https:'),
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  });
  return fresh;
}

/**
 * The no-script "helpful" form: counts the vote, then sends the browser back to the review. On
 * success the fragment is the thanks line's id (its `:target` style shows it); when the service
 * did not take the vote, the review's own, so no thanks is shown for a vote that did not count.
 */
export async function voteFromForm(request: Request): Promise<Response> {
  if (isCrossSite(request))
    return jsonError(403, 'cross_site', 'Votes are taken from this shop only.', PRIVATE);
  const read = await readCappedText(request, 2048);
  if (!read.ok) return read.response;
  const form = new URLSearchParams(read.text);
  const reviewId = form.get('reviewId') ?? '';
  const returnTo = form.get('returnTo') ?? '';
  if (!REVIEW_ID.test(reviewId) || !REVIEW_PAGE.test(returnTo))
    return jsonError(
      400,
      'invalid_vote',
      'A review id and the page it is on are required.',
      PRIVATE,
    );
  const vote = await reviews.voteHelpful(reviewId, await voterId());
  const fragment = vote.ok ? `helpful-${reviewId}` : `review-${reviewId}`;
  return new Response(null, {
    status: 303,
    headers: { ...PRIVATE, Location: `${returnTo}#${fragment}` },
  });
}
