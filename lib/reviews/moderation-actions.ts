'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { serverEnv } from '@/lib/env/server';
import { postedForm } from '@/lib/forms/posted-form';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { reviews } from '@/lib/services/reviews/client';

const REVIEW_ID = /^rv-[A-Za-z0-9_-]{1,60}$/;

/**
 * Approve or reject one review from /ops/reviews. The action checks the ops session itself (a
 * server action is reachable by anyone who knows its id), then leads back to the queue with the
 * outcome in the URL, so it works with and without JavaScript.
 */
export async function moderateReview(posted: unknown): Promise<void> {
  const cookie = (await cookies()).get(OPS_COOKIE)?.value;
  if (!(await opsAuthorized(await headers(), cookie, serverEnv().OPS_TOKEN)))
    redirect('/ops/reviews');
  const form = postedForm(posted);
  const reviewId = String(form.get('reviewId') ?? '');
  const decision = form.get('decision');
  if (!REVIEW_ID.test(reviewId) || (decision !== 'approve' && decision !== 'reject'))
    redirect('/ops/reviews?outcome=invalid');
  const result = await reviews.moderate(reviewId, decision);
  if (!result.ok) redirect(`/ops/reviews?outcome=failed&review=${reviewId}`);
  const told = result.value.webhook?.delivered !== false;
  redirect(
    `/ops/reviews?outcome=${decision}d&review=${reviewId}${told ? '' : '&webhook=retrying'}`,
  );
}
