import { deserialize, generatePermutations } from 'flags/next';
import { serverEnv } from '@/lib/env/server';
import { experiments } from './definitions';
import { fallbackVariant, NOT_ENROLLED, type ExperimentPage } from './experiment';
import { pageFlags } from './flags';

/** Experiment key → the flag value a page was rendered for: a variant, or NOT_ENROLLED. */
export type PageVariants = Readonly<Record<string, string>>;

/** What a page without a code renders: nobody enrolled (crawlers, experiments off). */
export const NO_VARIANTS: PageVariants = {};

/** The values encoded in a page's code; undefined for a code that is forged, stale or not this page's. */
export async function variantsFromCode(
  page: ExperimentPage,
  code: string,
): Promise<PageVariants | undefined> {
  const secret = serverEnv().FLAGS_SECRET;
  if (!secret) return undefined;
  try {
    return (await deserialize(pageFlags(page), decodeURIComponent(code), secret)) as PageVariants;
  } catch {
    return undefined;
  }
}

/** Every code of a page, for generateStaticParams: one ISR page per combination of variants. */
export async function pageCodes(page: ExperimentPage): Promise<string[]> {
  const secret = serverEnv().FLAGS_SECRET;
  return secret && pageFlags(page).length > 0
    ? generatePermutations(pageFlags(page), null, secret)
    : [];
}

export interface ExperimentView {
  /** What to render. */
  variant: string;
  /** Whether this view counts: the visitor is in the experiment (an exposure is logged). */
  enrolled: boolean;
}

/** The one call a Server Component makes to read its variant. */
export function experimentVariant(variants: PageVariants, key: string): ExperimentView {
  const experiment = experiments.find((candidate) => candidate.key === key);
  if (!experiment) throw new Error(`Unknown experiment "${key}" (lib/experiments/definitions.ts)`);
  const value = variants[key];
  if (value === undefined || value === NOT_ENROLLED)
    return { variant: fallbackVariant(experiment), enrolled: false };
  return { variant: value, enrolled: true };
}

/** The enrolled experiments of a page, for the exposure beacon and RUM labels. */
export function enrolledVariants(variants: PageVariants): Record<string, string> {
  return Object.fromEntries(Object.entries(variants).filter(([, value]) => value !== NOT_ENROLLED));
}
