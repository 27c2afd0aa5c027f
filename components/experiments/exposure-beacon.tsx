'use client';

import { useEffect } from 'react';
import { logExposures } from '@/lib/experiments/client/exposure';

/** Logs the exposures once the variant has rendered in the browser (an effect never runs for a prefetch). */
export function ExposureBeacon({ variants }: { variants: Record<string, string> }) {
  useEffect(() => logExposures(variants), [variants]);
  return null;
}
