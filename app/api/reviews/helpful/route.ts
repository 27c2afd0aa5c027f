import { voteFromForm } from '@/lib/reviews/helpful-vote';

/** The reviews' "helpful" button, posted as a plain form (lib/reviews/helpful-vote.ts). */
export function POST(request: Request): Promise<Response> {
  return voteFromForm(request);
}
