/**
 * Statistics for an A/B experiment results page: conversion rates with intervals, lift against
 * control, revenue per visitor and the sample-ratio-mismatch check. Pure functions, no
 * dependencies; every result is plain JSON (nulls where a number is undefined, never NaN or
 * Infinity) so a page can render it without more math.
 */

export interface Interval {
  lower: number;
  upper: number;
}

// --- Distributions ---

const EPSILON = 1e-15;
const MAX_ITERATIONS = 10_000;
const TINY = 1e-300;

/** Horner's rule: coefficients from the highest power down. */
function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(a) for a > 0 by the Lanczos approximation (g = 7, n = 9), relative error ~1e-15. */
function lnGamma(a: number): number {
  if (a < 0.5) return lnGamma(a + 1) - Math.log(a); // Γ(a) = Γ(a + 1) / a
  const x = a - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Regularized incomplete gamma functions P(a, x) (lower) and Q(a, x) = 1 − P (upper), Numerical
 * Recipes style: the power series converges fast for x < a + 1, the continued fraction (modified
 * Lentz) for x ≥ a + 1. Each regime computes the tail that is small there directly and derives
 * the other as its complement, so small tail probabilities keep their relative precision.
 */
function regularizedGamma(a: number, x: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  const prefactor = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        const lower = Math.min(1, sum * prefactor);
        return { lower, upper: 1 - lower };
      }
    }
  } else {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i <= MAX_ITERATIONS; i++) {
      const an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) d = TINY;
      c = b + an / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      const delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        const upper = Math.min(1, prefactor * h);
        return { lower: 1 - upper, upper };
      }
    }
  }
  throw new RangeError(`incomplete gamma did not converge for a=${a}, x=${x}`);
}

/**
 * Standard normal CDF Φ(z). Uses Φ(z) = ½·erfc(−z/√2) with erfc(t) = Q(½, t²): one
 * incomplete-gamma routine then serves both this and the chi-square tail, and the lower tail
 * (z < 0) is computed directly rather than as 1 − Φ(|z|), so p-values stay accurate far out.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0;
  const { lower, upper } = regularizedGamma(0.5, (z * z) / 2);
  return z < 0 ? 0.5 * upper : 0.5 + 0.5 * lower;
}

const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1, 1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const ACKLAM_D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416, 1,
];

/**
 * Inverse standard normal CDF. Acklam's rational approximation (relative error < 1.15e-9: short,
 * with far fewer coefficients than AS241) followed by one Halley step against normalCdf, which
 * brings it to ~1e-15. Solved for p ≤ ½ and mirrored, so only two regions are needed.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = polynomial(ACKLAM_C, q) / polynomial(ACKLAM_D, q);
  } else {
    const q = p - 0.5;
    x = (q * polynomial(ACKLAM_A, q * q)) / polynomial(ACKLAM_B, q * q);
  }
  const u = (normalCdf(x) - p) * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return Number.isFinite(u) ? x - u / (1 + (x * u) / 2) : x; // exp overflows only for p < 1e-300
}

/** Upper tail P(χ²ₖ ≥ x) = Q(k/2, x/2), the p-value of a chi-square statistic. */
export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0))
    throw new RangeError(`degrees of freedom must be > 0, got ${degreesOfFreedom}`);
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return 0;
  return regularizedGamma(degreesOfFreedom / 2, x / 2).upper;
}

/** Two-sided critical value: 1.959964 for 0.95. */
function criticalZ(confidence: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}

function assertCount(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
}

// --- Conversion ---

export interface BinomialCounts {
  visitors: number;
  converters: number;
}

function assertBinomial({ visitors, converters }: BinomialCounts): void {
  assertCount('visitors', visitors);
  assertCount('converters', converters);
  if (converters > visitors)
    throw new RangeError(`converters (${converters}) exceed visitors (${visitors})`);
}

export interface ConversionEstimate {
  /** converters / visitors; null without visitors. */
  rate: number | null;
  interval: Interval | null;
}

/**
 * Conversion rate with a Wilson score interval. Chosen over the textbook Wald interval
 * (p ± z·√(p(1−p)/n)), which collapses to zero width at 0/n and n/n and under-covers for small
 * counts or rates near 0 — exactly the early days of an experiment; Wilson stays inside [0, 1].
 */
export function conversionInterval(
  converters: number,
  visitors: number,
  confidence = 0.95,
): ConversionEstimate {
  assertBinomial({ visitors, converters });
  const z = criticalZ(confidence);
  if (visitors === 0) return { rate: null, interval: null };
  const rate = converters / visitors;
  const z2n = (z * z) / visitors;
  const center = (rate + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((rate * (1 - rate)) / visitors + z2n / (4 * visitors));
  // The bounds are exactly 0 at 0/n and 1 at n/n; say so rather than keep the rounding error.
  const lower = converters === 0 ? 0 : center - half;
  return { rate, interval: { lower, upper: converters === visitors ? 1 : center + half } };
}

export interface ControlComparison {
  /** Relative lift, treatment rate / control rate − 1; null when the control rate is 0 or undefined. */
  lift: number | null;
  liftInterval: Interval | null;
  /** Pooled two-proportion z statistic (positive: treatment converts better). */
  zScore: number | null;
  /** Two-sided p-value of that z-test; null when undefined (no visitors, or nobody/everybody converted). */
  pValue: number | null;
}

/**
 * Treatment against control. The lift interval is the Katz log method (delta method on ln of the
 * rate ratio, SE = √(1/x₁ − 1/n₁ + 1/x₀ − 1/n₀)): a ratio's sampling distribution is skewed and
 * its log is close to normal, so the interval is asymmetric like the truth and never below −100%.
 * The p-value is the pooled two-proportion z-test (R's prop.test(correct = FALSE)): under the null
 * both arms share one rate, so pooling gives the right standard error for the test.
 */
export function compareToControl(
  control: BinomialCounts,
  treatment: BinomialCounts,
  confidence = 0.95,
): ControlComparison {
  assertBinomial(control);
  assertBinomial(treatment);
  const z = criticalZ(confidence);
  const none: ControlComparison = { lift: null, liftInterval: null, zScore: null, pValue: null };
  if (control.visitors === 0 || treatment.visitors === 0) return none;

  const controlRate = control.converters / control.visitors;
  const treatmentRate = treatment.converters / treatment.visitors;
  const pooled =
    (control.converters + treatment.converters) / (control.visitors + treatment.visitors);
  const standardError = Math.sqrt(
    pooled * (1 - pooled) * (1 / control.visitors + 1 / treatment.visitors),
  );
  const zScore = standardError > 0 ? (treatmentRate - controlRate) / standardError : null;
  const pValue = zScore === null ? null : 2 * normalCdf(-Math.abs(zScore));
  if (control.converters === 0) return { ...none, zScore, pValue };

  const ratio = treatmentRate / controlRate;
  let liftInterval: Interval | null = null;
  if (treatment.converters > 0) {
    const logSe = Math.sqrt(
      1 / treatment.converters -
        1 / treatment.visitors +
        1 / control.converters -
        1 / control.visitors,
    );
    liftInterval = {
      lower: ratio * Math.exp(-z * logSe) - 1,
      upper: ratio * Math.exp(z * logSe) - 1,
    };
  }
  return { lift: ratio - 1, liftInterval, zScore, pValue };
}

// --- Sample ratio mismatch ---

export interface SampleRatioMismatchResult {
  /** Pearson's X²; null when there is nothing to test or a variant without weight got visitors. */
  chiSquare: number | null;
  degreesOfFreedom: number;
  pValue: number | null;
  mismatch: boolean;
  expectedVisitorsByVariant: Record<string, number>;
  /** Variants with visitors but no (or zero) weight: assignment is broken, whatever the p-value. */
  unexpectedVariants: string[];
}

/**
 * 0.001 rather than 0.05: the check runs on every experiment, usually many times while it runs,
 * and a false alarm discards the experiment's data; real SRMs (bots, redirects, broken bucketing)
 * are gross, so with the visitor counts of a live test they reach p < 0.001 at once anyway.
 */
const SRM_P_VALUE_THRESHOLD = 0.001;

/**
 * Pearson chi-square goodness of fit of the observed visitors against the configured split,
 * degrees of freedom = variants − 1. Variants with weight but no visitors count as observed 0.
 */
export function sampleRatioMismatch(
  observedVisitorsByVariant: Readonly<Record<string, number>>,
  weightsByVariant: Readonly<Record<string, number>>,
): SampleRatioMismatchResult {
  for (const [variant, weight] of Object.entries(weightsByVariant))
    assertCount(`weight of ${variant}`, weight);
  for (const [variant, seen] of Object.entries(observedVisitorsByVariant))
    assertCount(`visitors of ${variant}`, seen);
  const weighted = Object.keys(weightsByVariant).filter((v) => weightsByVariant[v]! > 0);
  const unexpectedVariants = Object.keys(observedVisitorsByVariant).filter(
    (v) => !weighted.includes(v) && observedVisitorsByVariant[v]! > 0,
  );
  const totalWeight = weighted.reduce((sum, v) => sum + weightsByVariant[v]!, 0);
  const totalVisitors = Object.values(observedVisitorsByVariant).reduce((sum, n) => sum + n, 0);
  const expectedVisitorsByVariant = Object.fromEntries(
    weighted.map((v) => [v, (totalVisitors * weightsByVariant[v]!) / totalWeight]),
  );
  const degreesOfFreedom = Math.max(0, weighted.length - 1);
  const untested = {
    chiSquare: null,
    degreesOfFreedom,
    pValue: null,
    expectedVisitorsByVariant,
    unexpectedVariants,
  };
  if (unexpectedVariants.length > 0) return { ...untested, mismatch: true };
  if (degreesOfFreedom === 0 || totalVisitors === 0) return { ...untested, mismatch: false };
  const chiSquare = weighted.reduce((sum, v) => {
    const expected = expectedVisitorsByVariant[v]!;
    return sum + ((observedVisitorsByVariant[v] ?? 0) - expected) ** 2 / expected;
  }, 0);
  const pValue = chiSquareSurvival(chiSquare, degreesOfFreedom);
  return {
    chiSquare,
    degreesOfFreedom,
    pValue,
    mismatch: pValue < SRM_P_VALUE_THRESHOLD,
    expectedVisitorsByVariant,
    unexpectedVariants,
  };
}

// --- Revenue per visitor ---

export interface RevenuePerVisitor {
  /** Mean revenue per visitor in US cents; null without visitors. */
  meanUsdCents: number | null;
  /** Null below 2 visitors (no sample variance). */
  interval: Interval | null;
}

/**
 * Mean revenue per visitor with a normal (CLT) interval from the n − 1 sample variance, computed
 * from the running sums Σx and Σx² the aggregates already keep. Revenue is heavily skewed (most
 * visitors 0), but at experiment sample sizes the mean is close enough to normal; the variance
 * is clamped at 0 against rounding in Σx² − (Σx)²/n.
 */
export function revenuePerVisitor(
  revenueUsdCents: number,
  revenueSquaresUsdCents2: number,
  visitors: number,
  confidence = 0.95,
): RevenuePerVisitor {
  assertCount('visitors', visitors);
  assertCount('revenueSquaresUsdCents2', revenueSquaresUsdCents2);
  if (!Number.isFinite(revenueUsdCents))
    throw new RangeError(`revenueUsdCents must be finite, got ${revenueUsdCents}`);
  const z = criticalZ(confidence);
  if (visitors === 0) return { meanUsdCents: null, interval: null };
  const mean = revenueUsdCents / visitors;
  if (visitors < 2) return { meanUsdCents: mean, interval: null };
  const variance = Math.max(0, (revenueSquaresUsdCents2 - revenueUsdCents * mean) / (visitors - 1));
  const half = z * Math.sqrt(variance / visitors);
  return { meanUsdCents: mean, interval: { lower: mean - half, upper: mean + half } };
}

// --- Report ---

interface VariantTotals extends BinomialCounts {
  variant: string;
  revenueUsdCents: number;
  /** Σ over visitors of each visitor's revenue squared. */
  revenueSquaresUsdCents2: number;
}

export interface ExperimentInput {
  controlVariant: string;
  weightsByVariant: Readonly<Record<string, number>>;
  variants: readonly VariantTotals[];
}

interface VariantReport {
  variant: string;
  isControl: boolean;
  visitors: number;
  converters: number;
  conversion: ConversionEstimate;
  /** Null on the control row itself. */
  vsControl: ControlComparison | null;
  revenuePerVisitor: RevenuePerVisitor;
}

export interface ExperimentReport {
  controlVariant: string;
  variants: VariantReport[];
  sampleRatioMismatch: SampleRatioMismatchResult;
}

/**
 * Everything the results page shows, at 95%. Rows keep the input order; a weighted variant with
 * no totals yet gets a zero row after them, so the page lists every configured arm.
 */
export function experimentReport(input: ExperimentInput): ExperimentReport {
  const seen = new Set(input.variants.map((row) => row.variant));
  if (seen.size < input.variants.length) throw new Error('a variant appears twice');
  const missing = Object.keys(input.weightsByVariant).filter(
    (v) => !seen.has(v) && input.weightsByVariant[v]! > 0,
  );
  const rows: VariantTotals[] = [
    ...input.variants,
    ...missing.map((variant) => ({
      variant,
      visitors: 0,
      converters: 0,
      revenueUsdCents: 0,
      revenueSquaresUsdCents2: 0,
    })),
  ];
  const control = rows.find((row) => row.variant === input.controlVariant);
  if (!control)
    throw new Error(`control variant ${input.controlVariant} is neither configured nor observed`);

  return {
    controlVariant: input.controlVariant,
    variants: rows.map((row) => ({
      variant: row.variant,
      isControl: row === control,
      visitors: row.visitors,
      converters: row.converters,
      conversion: conversionInterval(row.converters, row.visitors),
      vsControl: row === control ? null : compareToControl(control, row),
      revenuePerVisitor: revenuePerVisitor(
        row.revenueUsdCents,
        row.revenueSquaresUsdCents2,
        row.visitors,
      ),
    })),
    sampleRatioMismatch: sampleRatioMismatch(
      Object.fromEntries(rows.map((row) => [row.variant, row.visitors])),
      input.weightsByVariant,
    ),
  };
}
