'use client';

import { useEffect } from 'react';
import { logExposures } from '@/lib/experiments/client/exposure';
import { parseVariantLabel } from '@/lib/rum/variant-label';

/**
 * Logs the exposures once the variant has rendered in the browser (an effect never runs for a
 * prefetch). The variants come as their label, a string, so a re-render with equal variants
 * does not run the effect again.
 */
export function ExposureBeacon({ label }: { label: string }) {
  useEffect(() => logExposures(parseVariantLabel(label)), [label]);
  return null;
}
