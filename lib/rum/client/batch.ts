import type { Beacon, MetricRecord } from '@/lib/rum/beacon';
import { VITAL_NAMES } from '@/lib/rum/vitals';

/** The collector's limits (MAX_BEACON_BYTES and the metrics array's max in lib/rum/beacon.ts, which brings zod). */
export const MAX_BEACON_BYTES = 16 * 1024;
export const MAX_RECORDS = VITAL_NAMES.length * 4;

export type BeaconContext = Omit<Beacon, 'metrics'>;

export interface Queued {
  context: BeaconContext;
  record: MetricRecord;
}

/**
 * Each metric id once per page. web-vitals reports CLS and INP again, same id, larger value,
 * when a hidden page is shown and hidden again; the collector's histograms count records, so a
 * second report would count the page view twice. The first report stands (the first time the
 * shopper left is the last moment a phone reliably sends anything); within one flush the latest
 * report of an id wins. `sent` is the page's memory of ids already posted.
 */
export function unsentRecords<T extends Queued>(queued: readonly T[], sent: Set<string>): T[] {
  const latest = new Map<string, T>();
  for (const item of queued) if (!sent.has(item.record.id)) latest.set(item.record.id, item);
  for (const id of latest.keys()) sent.add(id);
  return [...latest.values()];
}

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/**
 * JSON bodies for everything queued: one beacon per context (a soft navigation's records carry
 * another route than the first page's), each within the collector's byte and record limits.
 * A record that could not fit even alone is dropped, never sent to be refused.
 */
export function beaconBodies(queued: readonly Queued[], maxBytes = MAX_BEACON_BYTES): string[] {
  const groups = new Map<string, { context: BeaconContext; records: string[] }>();
  for (const { context, record } of queued) {
    const key = JSON.stringify(context);
    const group = groups.get(key) ?? { context, records: [] };
    group.records.push(JSON.stringify(record));
    groups.set(key, group);
  }
  const bodies: string[] = [];
  for (const { context, records } of groups.values()) {
    // `{...context,"metrics":[` + records joined by commas + `]}`
    const head = JSON.stringify({ ...context, metrics: [] }).slice(0, -2);
    const frame = bytes(head) + 2;
    let batch: string[] = [];
    let size = frame;
    const close = () => {
      if (batch.length > 0) bodies.push(`${head}${batch.join(',')}]}`);
      batch = [];
      size = frame;
    };
    for (const record of records) {
      const length = bytes(record);
      if (frame + length > maxBytes) continue;
      if (batch.length === MAX_RECORDS || size + 1 + length > maxBytes) close();
      size += (batch.length > 0 ? 1 : 0) + length;
      batch.push(record);
    }
    close();
  }
  return bodies;
}
