/**
 * Deterministic bucketing: the same visitor and experiment always land in the same variant,
 * on any server, with no stored assignment. MurmurHash3 (x86, 32-bit) because it is small,
 * pure JavaScript (the proxy stays Web-API only) and spreads short similar keys evenly.
 */
export function murmur3(text: string, seed = 0): number {
  const bytes = new TextEncoder().encode(text);
  let hash = seed >>> 0;
  const blocks = bytes.length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    hash ^= k;
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  switch (bytes.length & 3) {
    case 3:
      tail ^= bytes[blocks + 2]! << 16; // falls through
    case 2:
      tail ^= bytes[blocks + 1]! << 8; // falls through
    case 1:
      tail ^= bytes[blocks]!;
      tail = Math.imul(tail, 0xcc9e2d51);
      tail = (tail << 15) | (tail >>> 17);
      hash ^= Math.imul(tail, 0x1b873593);
  }
  hash ^= bytes.length;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The variant for a position in [0, 1), each variant taking a share of the line equal to its weight. */
export function pickWeighted(weights: Readonly<Record<string, number>>, position: number): string {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let edge = 0;
  for (const [variant, weight] of entries) {
    edge += weight / total;
    if (position < edge) return variant;
  }
  return entries.at(-1)![0];
}

/** The visitor's variant: experiment key and visitor id hashed together, so experiments split independently. */
export function bucket(
  visitorId: string,
  experimentKey: string,
  weights: Readonly<Record<string, number>>,
): string {
  return pickWeighted(weights, murmur3(`${experimentKey}:${visitorId}`) / 2 ** 32);
}
