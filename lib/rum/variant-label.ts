/** `exp:variant,exp:variant`, sorted by experiment: the form RUM beacons and the meta tag share. */
export function formatVariantLabel(variants: Readonly<Record<string, string>>): string {
  return Object.keys(variants)
    .sort()
    .map((key) => `${key}:${variants[key]}`)
    .join(',');
}

export function parseVariantLabel(label: string | null | undefined): Record<string, string> {
  const variants: Record<string, string> = {};
  for (const pair of (label ?? '').split(',')) {
    const [key, variant] = pair.split(':');
    if (key && variant) variants[key] = variant;
  }
  return variants;
}
