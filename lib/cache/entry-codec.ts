/**
 * How a cache entry travels through Redis. Next's values hold Buffers (`rscData`, image bytes,
 * route bodies) and Maps (`segmentData`) that JSON alone would flatten into objects that break
 * RSC navigations (`segmentData.get is not a function`), so both are tagged on the way out and
 * rebuilt on the way in. Anything that does not decode into this shape is a miss, never a
 * crash: a corrupt or foreign value is reported and ignored.
 */
export interface StoredEntry<Value = unknown> {
  /** When the entry was rendered, ms since the epoch. */
  lastModified: number;
  /** The lifetime set() was given, so any instance serves the entry with it. */
  cacheControl?: { revalidate: number | false; expire: number | undefined };
  /** Every tag the entry depends on: ctx.tags and the value's x-next-cache-tags header. */
  tags: string[];
  value: Value;
}

const FORMAT = 1;

interface Envelope {
  format: typeof FORMAT;
  entry: StoredEntry;
}

export function encodeEntry(entry: StoredEntry): string {
  const envelope: Envelope = { format: FORMAT, entry };
  return JSON.stringify(envelope, function replace(this: Record<string, unknown>, key, value) {
    // `this[key]` is the value before Buffer#toJSON turned it into {type, data: number[]}.
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return value as unknown;
  });
}

export type Decoded = { ok: true; entry: StoredEntry } | { ok: false; reason: string };

export function decodeEntry(text: string): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (isTagged(value, '$buffer') && typeof value.$buffer === 'string')
        return Buffer.from(value.$buffer, 'base64');
      if (isTagged(value, '$map') && Array.isArray(value.$map))
        return new Map(value.$map as [unknown, unknown][]);
      return value;
    });
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT) return { ok: false, reason: 'unknown format' };
  const entry = parsed.entry;
  if (
    !isRecord(entry) ||
    typeof entry.lastModified !== 'number' ||
    !Array.isArray(entry.tags) ||
    !entry.tags.every((tag) => typeof tag === 'string') ||
    !isRecord(entry.value) ||
    typeof entry.value.kind !== 'string'
  )
    return { ok: false, reason: 'not a cache entry' };
  return { ok: true, entry: entry as unknown as StoredEntry };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTagged<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return isRecord(value) && Object.keys(value).length === 1 && key in value;
}
