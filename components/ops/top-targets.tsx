import type { TargetSummary } from '@/lib/rum/store/vitals-summary';
import type { VitalName } from '@/lib/rum/vitals';
import { formatVital } from './vital-format';

/** The elements the attribution blames most often, with how bad they tend to be. */
export function TopTargets({
  title,
  name,
  targets,
}: {
  title: string;
  name: VitalName;
  targets: TargetSummary[];
}) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <table className="w-full text-left text-sm">
        <thead className="text-xs tracking-wide text-ink-subtle uppercase">
          <tr>
            <th className="py-1 pr-4 font-medium">Element</th>
            <th className="py-1 pr-4 font-medium">Route</th>
            <th className="py-1 pr-4 text-right font-medium">Views</th>
            <th className="py-1 pr-4 text-right font-medium">Mean</th>
            <th className="py-1 text-right font-medium">Poor</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={`${target.route}|${target.target}`} className="border-t border-ink/5">
              <td className="max-w-md truncate py-1 pr-4 font-mono text-xs" title={target.target}>
                {target.target}
              </td>
              <td className="py-1 pr-4 font-mono text-xs">{target.route}</td>
              <td className="py-1 pr-4 text-right tabular-nums">{target.count}</td>
              <td className="py-1 pr-4 text-right tabular-nums">
                {formatVital(name, target.mean)}
              </td>
              <td className="py-1 text-right tabular-nums">
                {Math.round(target.poorShare * 100)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
