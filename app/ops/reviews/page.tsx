import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ModerationOutcome, ReviewQueue } from '@/components/ops/review-queue';
import { serverEnv } from '@/lib/env/server';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { loadModerationList, statusOf } from './page-data';

export const metadata: Metadata = { title: 'Reviews · Storefront operations' };

/**
 * The review moderation queue, behind OPS_TOKEN like the other ops pages: approving publishes a
 * review on the product page within seconds (the reviews service sends the tag webhook).
 */
export default async function ReviewsModerationPage({ searchParams }: PageProps<'/ops/reviews'>) {
  const cookie = (await cookies()).get(OPS_COOKIE)?.value;
  if (!(await opsAuthorized(await headers(), cookie, serverEnv().OPS_TOKEN))) notFound();
  const query = await searchParams;
  const status = statusOf(query.status);
  const items = await loadModerationList(status);
  return (
    <>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Reviews</h1>
        <p className="text-sm text-ink-muted">
          Reviews buyers wrote wait here until approved. Approving publishes one on its product page
          at once (a signed webhook expires the cached pages); rejecting hides it, also one approved
          before.
        </p>
      </header>
      <ModerationOutcome query={query} />
      <nav aria-label="Review states">
        <ul className="flex gap-4 text-sm">
          {(['pending', 'approved', 'rejected'] as const).map((option) => (
            <li key={option}>
              <Link
                href={`/ops/reviews?status=${option}`}
                aria-current={option === status ? 'page' : undefined}
                className="underline-offset-4 aria-[current=page]:font-bold aria-[current=page]:underline"
              >
                {option}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items ? (
        <ReviewQueue reviews={items} />
      ) : (
        <p role="alert">The reviews service did not answer (or ADMIN_TOKEN is not set here).</p>
      )}
    </>
  );
}
