import type { getTranslations } from 'next-intl/server';
import rules from '@/openapi/review-rules.json';

type WriteTranslator = Awaited<ReturnType<typeof getTranslations<'Reviews.write'>>>;

/** The review form's fields and their limits, from the file the reviews service reads too. */
export const REVIEW_FIELDS = [
  { name: 'rating', max: 1 },
  { name: 'title', max: rules.maxLength.title },
  { name: 'body', max: rules.maxLength.body },
  { name: 'authorName', max: rules.maxLength.authorName },
] as const;

export const REVIEW_LIMITS = Object.fromEntries(
  REVIEW_FIELDS.map(({ name, max }) => [name, max]),
) as Record<(typeof REVIEW_FIELDS)[number]['name'], number>;

// Control characters other than tab and line breaks, which the service refuses too.
const CONTROL = new RegExp(rules.forbiddenCharacters);

/** Localized messages per field, or undefined when every field may be sent. */
export function reviewFieldErrors(
  values: Record<string, string>,
  t: WriteTranslator,
): Record<string, string> | undefined {
  const errors: Record<string, string> = {};
  if (!/^[1-5]$/.test(values.rating ?? '')) errors.rating = t('errors.ratingRequired');
  for (const { name, max } of REVIEW_FIELDS) {
    if (name === 'rating') continue;
    const value = values[name] ?? '';
    if (value.length === 0) errors[name] = t('errors.required');
    else if (value.length > max) errors[name] = t('errors.tooLong', { max });
    else if (CONTROL.test(value)) errors[name] = t('errors.invalidCharacters');
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}
