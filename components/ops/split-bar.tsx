import type { RatingSplit } from '@/lib/rum/store/vitals-summary';
import { percent, RATING_COLORS } from './vital-format';

/** Good / needs improvement / poor shares as one stacked bar, with the numbers spelled out. */
export function SplitBar({ split }: { split: RatingSplit }) {
  const total = split.good + split.needsImprovement + split.poor;
  const parts = [
    { share: split.good, color: RATING_COLORS.good },
    { share: split.needsImprovement, color: RATING_COLORS['needs-improvement'] },
    { share: split.poor, color: RATING_COLORS.poor },
  ];
  let x = 0;
  const label = `good ${percent(split.good, total)}, needs improvement ${percent(split.needsImprovement, total)}, poor ${percent(split.poor, total)}`;
  return (
    <span className="flex items-center gap-2">
      <svg width="120" height="10" viewBox="0 0 120 10" role="img" aria-label={label}>
        <rect width="120" height="10" fill="#e5e7eb" />
        {total > 0 &&
          parts.map(({ share, color }) => {
            const width = (120 * share) / total;
            const rect = <rect key={color} x={x} width={width} height="10" fill={color} />;
            x += width;
            return rect;
          })}
      </svg>
      <span className="text-xs text-ink-muted tabular-nums" aria-hidden="true">
        {percent(split.good, total)} · {percent(split.needsImprovement, total)} ·{' '}
        {percent(split.poor, total)}
      </span>
    </span>
  );
}
