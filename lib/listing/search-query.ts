/** The shopper's search text from the URL: trimmed, control characters removed, at most 200 characters. */
const MAX_QUERY_LENGTH = 200;

export function cleanSearchQuery(raw: string | string[] | undefined): {
  q: string;
  truncated: boolean;
} {
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const cleaned = text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...cleaned];
  return {
    q: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(),
    truncated: chars.length > MAX_QUERY_LENGTH,
  };
}
