const KEY = 'recent-searches';
const MAX = 5;

/** The shopper's last searches, kept only in this browser. Storage may be unavailable (privacy modes). */
export function readRecentSearches(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter((item): item is string => typeof item === 'string').slice(0, MAX)
      : [];
  } catch {
    return [];
  }
}

export function rememberSearch(q: string): void {
  const text = q.trim();
  if (!text) return;
  try {
    localStorage.setItem(
      KEY,
      JSON.stringify([text, ...readRecentSearches().filter((item) => item !== text)].slice(0, MAX)),
    );
  } catch {
    // storage full or blocked: recent searches are a convenience
  }
}
