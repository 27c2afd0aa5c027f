import { NOT_ENROLLED, variantNames, type Experiment } from './experiment';

/**
 * QA overrides: `?exp=home-hero:best-sellers,pdp-add-to-cart:sticky` forces variants and is
 * kept in a cookie for the following pages; `?exp=` (empty) clears it. Visitors with an
 * override are never counted (the collector drops their events). Pairs naming an unknown
 * experiment or variant, and anything malformed, are ignored.
 */
export const OVERRIDE_PARAM = 'exp';
export const OVERRIDE_COOKIE = 'exp_override';

export type Overrides = Record<string, string>;

function parseOverrides(
  value: string | undefined | null,
  experiments: readonly Experiment[],
): Overrides {
  const overrides: Overrides = {};
  if (!value) return overrides;
  for (const pair of value.slice(0, 512).split(',')) {
    const [key, variant, extra] = pair.trim().split(':');
    const experiment = experiments.find((candidate) => candidate.key === key);
    if (!experiment || variant === undefined || extra !== undefined) continue;
    if (variantNames(experiment).includes(variant) || variant === NOT_ENROLLED)
      overrides[experiment.key] = variant;
  }
  return overrides;
}

/**
 * The overrides of this request and what to do with the cookie: a new value, null to clear it
 * (`?exp=`), undefined to leave it. A parameter with nothing valid in it is ignored like a typo.
 */
export function resolveOverrides(
  param: string | null,
  cookie: string | undefined,
  experiments: readonly Experiment[],
): { overrides: Overrides; cookie: string | null | undefined } {
  const fromParam = parseOverrides(param, experiments);
  if (param === '') return { overrides: {}, cookie: null };
  if (Object.keys(fromParam).length > 0)
    return { overrides: fromParam, cookie: formatOverrides(fromParam) };
  return { overrides: parseOverrides(cookie, experiments), cookie: undefined };
}

function formatOverrides(overrides: Overrides): string {
  return Object.entries(overrides)
    .map(([key, variant]) => `${key}:${variant}`)
    .join(',');
}
