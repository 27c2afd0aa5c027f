import type { RequestCounters } from './counters';
import { faultSettingsSchema, type FaultInjector } from './faults';
import type { Route } from '../framework/types';
import { validate } from '../framework/validate';

interface OpsDependencies {
  catalogSize: number;
  counters: RequestCounters;
  faults: FaultInjector;
  testControls: boolean;
}

export function opsRoutes({
  catalogSize,
  counters,
  faults,
  testControls,
}: OpsDependencies): Route[] {
  const routes: Route[] = [
    {
      method: 'GET',
      template: '/__ops/health',
      service: 'ops',
      // pid lets tests crash this very process and tell when a restarted one answers.
      handler: () => ({ status: 200, json: { ok: true, catalogSize, pid: process.pid } }),
    },
    {
      method: 'GET',
      template: '/__ops/counters',
      service: 'ops',
      handler: () => ({ status: 200, json: counters.snapshot() }),
    },
    {
      method: 'POST',
      template: '/__ops/counters/reset',
      service: 'ops',
      handler: () => {
        counters.reset();
        return { status: 200, json: counters.snapshot() };
      },
    },
  ];
  // Fault injection can take the services down, so it only exists when explicitly enabled.
  if (testControls) {
    routes.push({
      method: 'POST',
      template: '/__ops/faults',
      service: 'ops',
      handler: async ({ readJson }) => {
        faults.configure(validate(faultSettingsSchema, await readJson()));
        return { status: 200, json: faults.current() };
      },
    });
  }
  return routes;
}
