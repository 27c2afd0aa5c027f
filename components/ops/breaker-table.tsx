import type { BreakerState } from '@/lib/services/transport/circuit-breaker';

const STATE_STYLE: Record<BreakerState, string> = {
  closed: 'text-ok',
  'half-open': 'text-warn',
  open: 'text-sale font-semibold',
};

export function BreakerTable({
  breakers,
}: {
  breakers: Array<{ service: string; state: BreakerState; refused: number }>;
}) {
  if (breakers.length === 0)
    return <p className="text-sm">No service has been called by this instance yet.</p>;
  return (
    <table className="w-full max-w-xl text-left text-sm">
      <thead>
        <tr className="border-b border-paper-line">
          <th scope="col" className="py-2">
            Service
          </th>
          <th scope="col">Breaker</th>
          <th scope="col" className="text-right">
            Calls refused
          </th>
        </tr>
      </thead>
      <tbody>
        {breakers.map(({ service, state, refused }) => (
          <tr key={service} className="border-b border-paper-line">
            <th scope="row" className="py-2 font-medium">
              {service}
            </th>
            <td className={STATE_STYLE[state]}>{state}</td>
            <td className="text-right tabular-nums">{refused}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
