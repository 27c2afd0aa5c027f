/**
 * Reference values come from scipy 1.17 (scipy.stats.norm, chi2.sf, binomtest(...).proportion_ci
 * (method='wilson'), chi2_contingency(correction=False) — the same test as R's
 * prop.test(correct = FALSE) —, contingency.relative_risk (Katz log interval) and chisquare),
 * with the hand arithmetic written out where it is short.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  compareToControl,
  conversionInterval,
  experimentReport,
  normalCdf,
  normalQuantile,
  revenuePerVisitor,
  sampleRatioMismatch,
} from './stats';

const Z975 = 1.959963984540054; // scipy.stats.norm.ppf(0.975), R qnorm(0.975)

describe('normalCdf / normalQuantile', () => {
  it.each([
    [0, 0.5],
    [Z975, 0.975],
    [-Z975, 0.025],
    [1, 0.8413447460685429],
    [-3, 0.0013498980316300933],
    [5, 0.9999997133484281],
  ])('Φ(%f) = %f (scipy norm.cdf)', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 12);
  });

  it('keeps relative precision far in the lower tail', () => {
    // scipy norm.cdf(-8.5) = 9.47953482220325e-18; 1 − Φ(8.5) in doubles would be 0.
    expect(normalCdf(-8.5) / 9.47953482220325e-18).toBeCloseTo(1, 10);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });

  it.each([
    [0.5, 0],
    [0.975, Z975],
    [0.025, -Z975],
    [0.995, 2.5758293035489004],
    [0.9, 1.2815515655446004],
    [0.01, -2.3263478740408408],
    [0.02425, -1.972961051311885], // the boundary between Acklam's regions
    [1e-10, -6.361340902404056],
  ])('Φ⁻¹(%f) = %f (scipy norm.ppf / R qnorm)', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 10);
  });

  it('round-trips and handles the ends', () => {
    for (const p of [1e-6, 0.001, 0.3, 0.7, 0.999])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe('chiSquareSurvival', () => {
  it.each([
    [3.841458820694124, 1, 0.05], // the familiar 5% critical value, df = 1
    [1, 1, 0.31731050786291115], // = 2·(1 − Φ(1))
    [10, 1, 0.001565402258002549],
    [100, 1, 1.5239706048320995e-23],
    [7.814727903251178, 3, 0.05], // 5% critical value, df = 3
    [0.5, 3, 0.9188914116546758],
    [2, 3, 0.5724067044708798],
    [20, 3, 0.00016974243555282632],
    [30, 10, 0.000856641210775301],
    [0.01, 2, 0.9950124791926823], // df = 2 is exp(−x/2) = exp(−0.005) by hand
  ])('P(χ² ≥ %f; df %i) = %f (scipy chi2.sf / R pchisq(lower.tail = FALSE))', (x, df, p) => {
    expect(chiSquareSurvival(x, df) / p).toBeCloseTo(1, 9);
  });

  it('is 1 at 0 and rejects df ≤ 0', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(Infinity, 3)).toBe(0);
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
  });
});

describe('conversionInterval (Wilson)', () => {
  it.each([
    [50, 100, 0.5, 0.4038315303659956, 0.5961684696340044],
    [0, 10, 0, 0, 0.2775327998628892],
    [10, 10, 1, 0.7224672001371109, 1],
    [7, 40, 0.175, 0.08745413746035918, 0.3194999033178771],
  ])('%i/%i (scipy binomtest(...).proportion_ci(method="wilson"))', (x, n, rate, lower, upper) => {
    const result = conversionInterval(x, n);
    expect(result.rate).toBe(rate);
    expect(result.interval?.lower).toBeCloseTo(lower, 10);
    expect(result.interval?.upper).toBeCloseTo(upper, 10);
  });

  it('50/100 by hand: centre 0.5, half-width z/(1+z²/n)·√(0.25/100 + z²/40000) = 0.0961685', () => {
    const { interval } = conversionInterval(50, 100);
    expect(interval!.upper - 0.5).toBeCloseTo(0.0961685, 6);
  });

  it('stays within [0, 1] and narrows at lower confidence', () => {
    const { interval } = conversionInterval(0, 10);
    expect(interval!.lower).toBe(0);
    expect(conversionInterval(10, 10).interval!.upper).toBe(1);
    expect(conversionInterval(50, 100, 0.8).interval!.lower).toBeGreaterThan(0.4038);
  });

  it('gives nulls without visitors and rejects impossible counts', () => {
    expect(conversionInterval(0, 0)).toEqual({ rate: null, interval: null });
    expect(() => conversionInterval(11, 10)).toThrow(RangeError);
    expect(() => conversionInterval(-1, 10)).toThrow(RangeError);
  });
});

describe('compareToControl', () => {
  it('control 200/2000 vs treatment 250/2000', () => {
    const result = compareToControl(
      { converters: 200, visitors: 2000 },
      { converters: 250, visitors: 2000 },
    );
    // Pooled p = 450/4000 = 0.1125; SE = √(0.1125·0.8875·(2/2000)) = 0.0099922;
    // z = 0.025 / 0.0099922 = 2.50196 (scipy chi2_contingency(correction=False): χ² = 6.25978 = z²).
    expect(result.zScore).toBeCloseTo(2.5019554168026716, 10);
    expect(result.pValue).toBeCloseTo(0.012350947711191402, 10);
    // Lift 0.125/0.1 − 1 = 0.25; Katz: SE(ln RR) = √(1/250 − 1/2000 + 1/200 − 1/2000) = √0.008,
    // RR·exp(±1.959964·0.0894427) = [1.049002, 1.489511] (scipy relative_risk(250, 2000, 200, 2000)).
    expect(result.lift).toBeCloseTo(0.25, 12);
    expect(result.liftInterval!.lower).toBeCloseTo(0.0490017977617259, 10);
    expect(result.liftInterval!.upper).toBeCloseTo(0.4895112699844126, 10);
  });

  it('a negative, non-significant lift: control 120/1000 vs treatment 96/1000', () => {
    const result = compareToControl(
      { converters: 120, visitors: 1000 },
      { converters: 96, visitors: 1000 },
    );
    expect(result.zScore).toBeCloseTo(-1.729027652128102, 10);
    expect(result.pValue).toBeCloseTo(0.08380414617101387, 10);
    expect(result.lift).toBeCloseTo(-0.2, 12);
    expect(result.liftInterval!.lower).toBeCloseTo(0.620763193558414 - 1, 10);
    expect(result.liftInterval!.upper).toBeCloseTo(1.0309889610743743 - 1, 10);
  });

  it('gives nulls, not NaN, where a quantity is undefined', () => {
    const none = { lift: null, liftInterval: null, zScore: null, pValue: null };
    expect(
      compareToControl({ converters: 0, visitors: 0 }, { converters: 5, visitors: 100 }),
    ).toEqual(none);
    expect(
      compareToControl({ converters: 5, visitors: 100 }, { converters: 0, visitors: 0 }),
    ).toEqual(none);
    // Nobody converted anywhere: pooled SE is 0, no test.
    expect(
      compareToControl({ converters: 0, visitors: 100 }, { converters: 0, visitors: 100 }),
    ).toEqual(none);
    // Control never converted: the ratio is undefined but the z-test still is: z = 0.05/√(0.025·0.975·0.02).
    const zeroControl = compareToControl(
      { converters: 0, visitors: 100 },
      { converters: 5, visitors: 100 },
    );
    expect(zeroControl.lift).toBeNull();
    expect(zeroControl.liftInterval).toBeNull();
    expect(zeroControl.zScore).toBeCloseTo(0.05 / Math.sqrt(0.025 * 0.975 * 0.02), 10);
    // Treatment never converted: lift is −100%, but ln 0 leaves no interval.
    const zeroTreatment = compareToControl(
      { converters: 5, visitors: 100 },
      { converters: 0, visitors: 100 },
    );
    expect(zeroTreatment.lift).toBe(-1);
    expect(zeroTreatment.liftInterval).toBeNull();
    expect(zeroTreatment.pValue).toBeCloseTo(zeroControl.pValue!, 12);
  });
});

describe('sampleRatioMismatch', () => {
  const halves = { inline: 50, sticky: 50 };

  it('fires on 10,000 vs 10,700 at 50/50', () => {
    // Expected 10,350 each: χ² = 2·350²/10350 = 23.6715, df 1 (scipy chisquare: p = 1.1426e-6).
    const result = sampleRatioMismatch({ inline: 10_000, sticky: 10_700 }, halves);
    expect(result.chiSquare).toBeCloseTo(23.67149758454106, 10);
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.pValue! / 1.142623348759872e-6).toBeCloseTo(1, 8);
    expect(result.mismatch).toBe(true);
    expect(result.expectedVisitorsByVariant).toEqual({ inline: 10_350, sticky: 10_350 });
  });

  it('does not fire on 10,000 vs 10,400 (p = 0.0051, suspicious but above 0.001)', () => {
    // χ² = 2·200²/10200 = 7.843137 (scipy chisquare: p = 0.005101399646004981).
    const result = sampleRatioMismatch({ inline: 10_000, sticky: 10_400 }, halves);
    expect(result.chiSquare).toBeCloseTo(7.8431372549019605, 10);
    expect(result.pValue).toBeCloseTo(0.005101399646004981, 10);
    expect(result.mismatch).toBe(false);
  });

  it('three arms at 50/25/25, df 2', () => {
    // Expected 5000/2500/2500: χ² = 0 + 100²/2500 + 100²/2500 = 8; df 2 survival is exp(−8/2) = 0.0183156.
    const fine = sampleRatioMismatch({ a: 5000, b: 2600, c: 2400 }, { a: 50, b: 25, c: 25 });
    expect(fine.chiSquare).toBeCloseTo(8, 10);
    expect(fine.degreesOfFreedom).toBe(2);
    expect(fine.pValue).toBeCloseTo(Math.exp(-4), 12);
    expect(fine.mismatch).toBe(false);
    // 200 off on each small arm: χ² = 32, p = exp(−16) = 1.125e-7.
    expect(
      sampleRatioMismatch({ a: 5000, b: 2700, c: 2300 }, { a: 50, b: 25, c: 25 }).mismatch,
    ).toBe(true);
  });

  it('counts a weighted variant without visitors as observed 0', () => {
    const result = sampleRatioMismatch({ inline: 100 }, halves);
    expect(result.chiSquare).toBeCloseTo(100, 10); // 2·50²/50
    expect(result.mismatch).toBe(true);
  });

  it('flags visitors in a variant without weight, and gives nulls when there is nothing to test', () => {
    const stray = sampleRatioMismatch({ inline: 100, sticky: 100, legacy: 3 }, halves);
    expect(stray).toMatchObject({
      chiSquare: null,
      pValue: null,
      mismatch: true,
      unexpectedVariants: ['legacy'],
    });
    const empty = sampleRatioMismatch({}, halves);
    expect(empty).toMatchObject({
      chiSquare: null,
      pValue: null,
      mismatch: false,
      degreesOfFreedom: 1,
    });
    expect(empty.expectedVisitorsByVariant).toEqual({ inline: 0, sticky: 0 });
    const single = sampleRatioMismatch({ inline: 100 }, { inline: 100, sticky: 0 });
    expect(single).toMatchObject({
      chiSquare: null,
      pValue: null,
      mismatch: false,
      degreesOfFreedom: 0,
    });
  });
});

describe('revenuePerVisitor', () => {
  it('mean and normal interval from Σx, Σx² and n', () => {
    // Visitors spent [0, 0, 0, 1000, 2500, 0, 0, 500, 0, 0] cents: Σx = 4000, Σx² = 7,500,000.
    // Mean 400; s² = (7,500,000 − 4000·400)/9 = 655,555.6; SE = √(s²/10) = 256.0382;
    // 400 ± 1.959964·256.0382 = [−101.8256, 901.8256] (numpy std(ddof=1), scipy norm.interval).
    const result = revenuePerVisitor(4000, 7_500_000, 10);
    expect(result.meanUsdCents).toBe(400);
    expect(result.interval!.lower).toBeCloseTo(-101.82563419418159, 8);
    expect(result.interval!.upper).toBeCloseTo(901.8256341941816, 8);
  });

  it('gives nulls below two visitors and a zero-width interval without spread', () => {
    expect(revenuePerVisitor(0, 0, 0)).toEqual({ meanUsdCents: null, interval: null });
    expect(revenuePerVisitor(2500, 6_250_000, 1)).toEqual({ meanUsdCents: 2500, interval: null });
    expect(revenuePerVisitor(5000, 12_500_000, 2)).toEqual({
      meanUsdCents: 2500,
      interval: { lower: 2500, upper: 2500 },
    });
    expect(revenuePerVisitor(0, 0, 50)).toEqual({
      meanUsdCents: 0,
      interval: { lower: 0, upper: 0 },
    });
  });
});

describe('experimentReport', () => {
  const input = {
    controlVariant: 'inline',
    weightsByVariant: { inline: 50, sticky: 50 },
    variants: [
      {
        variant: 'inline',
        visitors: 2000,
        converters: 200,
        revenueUsdCents: 800_000,
        revenueSquaresUsdCents2: 4e9,
      },
      {
        variant: 'sticky',
        visitors: 2000,
        converters: 250,
        revenueUsdCents: 1_000_000,
        revenueSquaresUsdCents2: 5e9,
      },
    ],
  };

  it('combines the per-variant numbers with the SRM check', () => {
    const report = experimentReport(input);
    expect(report.controlVariant).toBe('inline');
    expect(report.variants.map((v) => [v.variant, v.isControl])).toEqual([
      ['inline', true],
      ['sticky', false],
    ]);
    const [control, sticky] = report.variants;
    expect(control!.vsControl).toBeNull();
    expect(control!.conversion).toEqual(conversionInterval(200, 2000));
    expect(sticky!.vsControl).toEqual(
      compareToControl({ visitors: 2000, converters: 200 }, { visitors: 2000, converters: 250 }),
    );
    expect(sticky!.revenuePerVisitor).toEqual(revenuePerVisitor(1_000_000, 5e9, 2000));
    expect(report.sampleRatioMismatch).toMatchObject({ chiSquare: 0, pValue: 1, mismatch: false });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('adds a zero row for a configured variant without data, and stays serializable', () => {
    const report = experimentReport({
      ...input,
      weightsByVariant: { inline: 50, sticky: 50, floating: 50 },
    });
    const floating = report.variants[2]!;
    expect(floating.variant).toBe('floating');
    expect(floating.conversion).toEqual({ rate: null, interval: null });
    expect(floating.vsControl).toEqual({
      lift: null,
      liftInterval: null,
      zScore: null,
      pValue: null,
    });
    expect(floating.revenuePerVisitor).toEqual({ meanUsdCents: null, interval: null });
    expect(report.sampleRatioMismatch.mismatch).toBe(true); // 2000/2000/0 against thirds
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('rejects an unknown control and duplicate rows', () => {
    expect(() => experimentReport({ ...input, controlVariant: 'nope' })).toThrow(/control/);
    expect(() =>
      experimentReport({ ...input, variants: [input.variants[0]!, input.variants[0]!] }),
    ).toThrow(/twice/);
  });
});
