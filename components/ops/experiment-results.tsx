import type { ExperimentResultsView } from '@/lib/experiments/results-view';
import { GUARDRAILS } from '@/lib/experiments/results-view';
import type { Interval } from '@/lib/experiments/stats';
import { formatVital } from './vital-format';

const pct = (value: number | null, digits = 1) =>
  value === null ? '–' : `${(value * 100).toFixed(digits)}%`;
const signedPct = (value: number | null) =>
  value === null ? '–' : `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
const range = (interval: Interval | null, format: (value: number) => string) =>
  interval ? `${format(interval.lower)} to ${format(interval.upper)}` : '–';
const usd = (cents: number | null) => (cents === null ? '–' : `$${(cents / 100).toFixed(2)}`);
const pValue = (value: number | null) =>
  value === null ? '–' : value < 0.001 ? '< 0.001' : value.toFixed(3);

/** One experiment: its definition, the sample-ratio check, and per variant the statistics and guardrails. */
export function ExperimentResults({ result }: { result: ExperimentResultsView }) {
  const { experiment, report, guardrails, status, unavailable } = result;
  const srm = report?.sampleRatioMismatch;
  const headingId = `experiment-${experiment.key}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 border-t border-ink/10 pt-6"
      data-experiment={experiment.key}
    >
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 text-xl font-semibold">
        {experiment.key}
        <span className="text-sm font-normal text-ink-muted">
          {status} · primary metric {experiment.primaryMetric} · weights{' '}
          {Object.entries(experiment.variants)
            .map(([variant, weight]) => `${variant} ${weight}`)
            .join(' / ')}
          {experiment.targeting?.devices && ` · ${experiment.targeting.devices.join(', ')} only`}
        </span>
      </h2>
      <p className="text-sm">{experiment.hypothesis}</p>
      {unavailable && (
        <p role="alert" className="text-sm text-sale">
          Results unavailable: the events service did not answer ({unavailable}).
        </p>
      )}
      {srm?.mismatch && (
        <p role="alert" className="rounded border border-sale px-3 py-2 text-sm text-sale">
          Sample ratio mismatch (χ² = {srm.chiSquare?.toFixed(1) ?? '–'}, p = {pValue(srm.pValue)}):
          the split of visitors differs from the weights more than chance explains. Assignment or
          exposure logging is broken for some visitors; do not trust the results until that is
          found.
        </p>
      )}
      {report && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs tracking-wide text-ink-subtle uppercase">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Variant
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Visitors
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Converted
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Rate (95% CI)
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Lift (95% CI)
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  p-value
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Revenue / visitor (95% CI)
                </th>
                {GUARDRAILS.map((name) => (
                  <th key={name} scope="col" className="py-1 pr-4 text-right font-medium">
                    p75 {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.variants.map((row) => (
                <tr key={row.variant} className="border-t border-ink/5" data-variant={row.variant}>
                  <th scope="row" className="py-1.5 pr-4 font-medium">
                    {row.variant}
                    {row.isControl && (
                      <span className="ml-1 text-xs font-normal text-ink-muted">(control)</span>
                    )}
                  </th>
                  <td className="py-1.5 pr-4 text-right tabular-nums" data-testid="visitors">
                    {row.visitors}
                  </td>
                  <td className="py-1.5 pr-4 text-right tabular-nums" data-testid="converters">
                    {row.converters}
                  </td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">
                    {pct(row.conversion.rate)}{' '}
                    <span className="text-ink-muted">
                      ({range(row.conversion.interval, (v) => pct(v))})
                    </span>
                  </td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">
                    {row.vsControl ? (
                      <>
                        {signedPct(row.vsControl.lift)}{' '}
                        <span className="text-ink-muted">
                          ({range(row.vsControl.liftInterval, signedPct)})
                        </span>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">
                    {pValue(row.vsControl?.pValue ?? null)}
                  </td>
                  <td
                    className="py-1.5 pr-4 text-right tabular-nums"
                    data-testid="revenue-per-visitor"
                    data-revenue-cents={Math.round(
                      (row.revenuePerVisitor.meanUsdCents ?? 0) * row.visitors,
                    )}
                  >
                    {usd(row.revenuePerVisitor.meanUsdCents)}{' '}
                    <span className="text-ink-muted">
                      ({range(row.revenuePerVisitor.interval, (v) => usd(Math.max(0, v)))})
                    </span>
                  </td>
                  {GUARDRAILS.map((name) => {
                    const vital = guardrails[row.variant]?.[name];
                    return (
                      <td key={name} className="py-1.5 pr-4 text-right tabular-nums">
                        {formatVital(name, vital?.p75 ?? null)}{' '}
                        <span className="text-xs text-ink-muted">n={vital?.count ?? 0}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
