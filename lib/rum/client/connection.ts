import { CONNECTION_TYPES, type ConnectionType } from '@/lib/rum/vitals';

/** The Network Information API's estimate (Chromium only), or 'unknown'. */
export function connectionType(effectiveType: string | undefined): ConnectionType {
  return CONNECTION_TYPES.find((type) => type === effectiveType) ?? 'unknown';
}

export function browserConnectionType(): ConnectionType {
  return connectionType(
    (navigator as Navigator & { connection?: { effectiveType?: string } }).connection
      ?.effectiveType,
  );
}
