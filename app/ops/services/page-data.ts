import { breakerStates } from '@/lib/services/transport/circuit-breaker';

/** This process's breakers, by service name; a service never called yet has none. */
export function loadServiceBreakers() {
  return breakerStates().sort((a, b) => a.service.localeCompare(b.service));
}
