import type { MetricSummary } from '@/lib/rum/store/vitals-summary';
import { P75Line, RatingBars } from './minute-charts';
import { SplitBar } from './split-bar';
import { TopTargets } from './top-targets';
import { formatVital, RATING_COLORS } from './vital-format';

const TARGET_TITLES: Record<MetricSummary['name'], string | undefined> = {
  LCP: 'Top LCP elements',
  INP: 'Top INP targets',
  CLS: 'Top layout shift sources',
  FCP: undefined,
  TTFB: undefined,
};

/** One vital: overall p75 and split, then one row per route template and device class. */
export function MetricSection({ metric }: { metric: MetricSummary }) {
  const { name, overall, good, poor } = metric;
  const targetsTitle = TARGET_TITLES[name];
  return (
    <section
      aria-labelledby={`vital-${name}`}
      className="flex flex-col gap-3 border-t border-ink/10 pt-6"
    >
      <h2
        id={`vital-${name}`}
        className="flex flex-wrap items-baseline gap-x-4 text-xl font-semibold"
      >
        {name}
        <span
          className="text-base font-normal"
          style={{ color: overall.rating ? RATING_COLORS[overall.rating] : undefined }}
          data-testid={`p75-${name}`}
        >
          p75 {formatVital(name, overall.p75)}
        </span>
        <span className="text-sm font-normal text-ink-muted">
          {overall.count} views · good ≤ {formatVital(name, good)}, poor &gt;{' '}
          {formatVital(name, poor)}
        </span>
      </h2>
      {overall.count === 0 ? (
        <p className="text-sm text-ink-muted">No views in the last hour.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs tracking-wide text-ink-subtle uppercase">
              <tr>
                <th className="py-1 pr-4 font-medium">Route</th>
                <th className="py-1 pr-4 font-medium">Device</th>
                <th className="py-1 pr-4 text-right font-medium">Views</th>
                <th className="py-1 pr-4 text-right font-medium">p75</th>
                <th className="py-1 pr-4 font-medium">Good · NI · Poor</th>
                <th className="py-1 pr-4 font-medium">p75 per minute</th>
                <th className="py-1 font-medium">Views per minute</th>
              </tr>
            </thead>
            <tbody>
              {[overall, ...metric.series].map((row) => (
                <tr
                  key={`${row.route}|${row.device}`}
                  className="border-t border-ink/5 align-middle"
                >
                  <td className="py-1.5 pr-4 font-mono text-xs">
                    {row.route === 'all' ? <strong>all routes</strong> : row.route}
                  </td>
                  <td className="py-1.5 pr-4">
                    {row.device === 'all' ? <strong>all</strong> : row.device}
                  </td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">{row.count}</td>
                  <td
                    className="py-1.5 pr-4 text-right font-semibold tabular-nums"
                    style={{ color: row.rating ? RATING_COLORS[row.rating] : undefined }}
                  >
                    {formatVital(name, row.p75)}
                  </td>
                  <td className="py-1.5 pr-4">
                    <SplitBar split={row.split} />
                  </td>
                  <td className="py-1.5 pr-4">
                    <P75Line name={name} minutes={row.minutes} good={good} poor={poor} />
                  </td>
                  <td className="py-1.5">
                    <RatingBars minutes={row.minutes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {targetsTitle && metric.topTargets.length > 0 && (
        <TopTargets title={targetsTitle} name={name} targets={metric.topTargets} />
      )}
    </section>
  );
}
