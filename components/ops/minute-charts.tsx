import type { MinutePoint } from '@/lib/rum/store/vitals-summary';
import type { VitalName } from '@/lib/rum/vitals';
import { formatVital, RATING_COLORS } from './vital-format';

const WIDTH = 180;
const HEIGHT = 32;

/** Views per minute over the hour, each bar split good / needs improvement / poor from the bottom up. */
export function RatingBars({ minutes }: { minutes: MinutePoint[] }) {
  const most = Math.max(1, ...minutes.map((point) => point.count));
  const step = WIDTH / minutes.length;
  const total = minutes.reduce((sum, point) => sum + point.count, 0);
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${total} views in the last hour, per minute`}
    >
      {minutes.map((point, i) => {
        let y = HEIGHT;
        return (['good', 'needsImprovement', 'poor'] as const).map((key) => {
          const height = (HEIGHT * point.split[key]) / most;
          y -= height;
          const color = RATING_COLORS[key === 'needsImprovement' ? 'needs-improvement' : key];
          return height > 0 ? (
            <rect
              key={`${i}-${key}`}
              x={i * step}
              y={y}
              width={step - 0.5}
              height={height}
              fill={color}
            />
          ) : null;
        });
      })}
    </svg>
  );
}

/** p75 per minute as a line (broken where a minute had no views), with both thresholds dashed. */
export function P75Line({
  name,
  minutes,
  good,
  poor,
}: {
  name: VitalName;
  minutes: MinutePoint[];
  good: number;
  poor: number;
}) {
  const top = Math.max(poor * 1.25, ...minutes.map((point) => point.p75 ?? 0));
  const step = WIDTH / minutes.length;
  const y = (value: number) => HEIGHT - (HEIGHT * value) / top;
  let path = '';
  minutes.forEach((point, i) => {
    if (point.p75 === null) return;
    const joined = i > 0 && minutes[i - 1]?.p75 !== null;
    const at = `${((i + 0.5) * step).toFixed(1)},${y(point.p75).toFixed(1)}`;
    // A segment starts with a zero-length line: with round caps a lone minute shows as a dot.
    path += joined ? `L${at}` : `M${at}h0`;
  });
  const last = minutes.findLast((point) => point.p75 !== null);
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`p75 per minute; latest ${formatVital(name, last?.p75 ?? null)}`}
    >
      <line
        x1="0"
        x2={WIDTH}
        y1={y(good)}
        y2={y(good)}
        stroke={RATING_COLORS.good}
        strokeDasharray="3 3"
      />
      <line
        x1="0"
        x2={WIDTH}
        y1={y(poor)}
        y2={y(poor)}
        stroke={RATING_COLORS.poor}
        strokeDasharray="3 3"
      />
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
