import type { getTranslations } from 'next-intl/server';

type WriteTranslator = Awaited<ReturnType<typeof getTranslations<'Reviews.write'>>>;

/** The review form's fields and their limits; the reviews service holds the same ones. */
export const REVIEW_FIELDS = [
  { name: 'rating', max: 1 },
  { name: 'title', max: 120 },
  { name: 'body', max: 2000 },
  { name: 'authorName', max: 60 },
] as const;

export const REVIEW_LIMITS = Object.fromEntries(
  REVIEW_FIELDS.map(({ name, max }) => [name, max]),
) as Record<(typeof REVIEW_FIELDS)[number]['name'], number>;

// The service refuses the same: control characters other than tab and line breaks.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

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
