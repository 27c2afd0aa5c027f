import type { Route, ServiceName } from '../framework/types';

type CountedService = Exclude<ServiceName, 'ops'>;
const COUNTED_SERVICES: CountedService[] = [
  'catalog',
  'search',
  'inventory',
  'cart',
  'checkout',
  'media',
  'admin',
  'events',
];

/** Request counts per route template and per service, so e2e tests can assert caching. */
export class RequestCounters {
  private routes = new Map<string, number>();
  private services = new Map<CountedService, number>();

  count(route: Route): void {
    if (route.service === 'ops') return;
    const label = `${route.method} ${route.template}`;
    this.routes.set(label, (this.routes.get(label) ?? 0) + 1);
    this.services.set(route.service, (this.services.get(route.service) ?? 0) + 1);
  }

  snapshot(): { routes: Record<string, number>; services: Record<CountedService, number> } {
    const services = Object.fromEntries(
      COUNTED_SERVICES.map((name) => [name, this.services.get(name) ?? 0]),
    );
    return {
      routes: Object.fromEntries(this.routes),
      services: services as Record<CountedService, number>,
    };
  }

  reset(): void {
    this.routes = new Map();
    this.services = new Map();
  }
}
