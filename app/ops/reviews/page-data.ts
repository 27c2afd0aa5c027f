import { reviews, type ReviewStatus } from '@/lib/services/reviews/client';

const STATUSES: readonly ReviewStatus[] = ['pending', 'approved', 'rejected'];

export function statusOf(param: string | string[] | undefined): ReviewStatus {
  return STATUSES.find((status) => status === param) ?? 'pending';
}

/** One state's reviews (pending: the queue, oldest first), or undefined when the service failed. */
export async function loadModerationList(status: ReviewStatus) {
  const found = await reviews.forModeration(status);
  return found.ok ? found.value.items : undefined;
}
