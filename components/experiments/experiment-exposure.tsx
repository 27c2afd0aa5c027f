import { enrolledVariants, type PageVariants } from '@/lib/experiments/page-variants';
import { formatVariantLabel } from '@/lib/rum/variant-label';
import { ExposureBeacon } from './exposure-beacon';

/**
 * What a page under experiment tells the browser: the variants this HTML was rendered for, in a
 * meta tag (the RUM reporter labels vitals with it) and to the exposure beacon. Renders nothing
 * for a visitor in no experiment.
 */
export function ExperimentExposure({ variants }: { variants: PageVariants }) {
  const enrolled = enrolledVariants(variants);
  if (Object.keys(enrolled).length === 0) return null;
  const label = formatVariantLabel(enrolled);
  return (
    <>
      <meta name="experiments" content={label} />
      <ExposureBeacon label={label} />
    </>
  );
}
