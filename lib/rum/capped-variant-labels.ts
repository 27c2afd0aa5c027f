import { formatVariantLabel } from '@/lib/rum/variant-label';

/**
 * The `variant` label: the experiments a visitor was in, as sorted "key:variant" pairs joined
 * by commas, or "none". Experiment keys come from the browser, so the number of distinct
 * labels is capped: past the cap a combination is labelled "other" rather than becoming one
 * more series in every histogram (Prometheus memory grows with series, and the OTel SDK drops
 * data past 2,000 series per instrument). When experiments land, checking keys against their
 * registry can replace the cap.
 */
export function createVariantLabeler(maxLabels = 20) {
  const seen = new Set<string>();
  return (variants: Readonly<Record<string, string>>): string => {
    if (Object.keys(variants).length === 0) return 'none';
    const label = formatVariantLabel(variants);
    if (seen.has(label)) return label;
    if (seen.size >= maxLabels) return 'other';
    seen.add(label);
    return label;
  };
}
