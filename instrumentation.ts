import { serverEnv } from '@/lib/env/server';

/** Runs once when the server starts: a misconfigured deployment stops here with a clear message. */
export async function register(): Promise<void> {
  serverEnv();
  // Tracing and Server-Timing hook into Node (async_hooks, diagnostics_channel, http): imported
  // here so an edge bundle never includes them.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNodeTelemetry } = await import('@/lib/telemetry/register-node');
    registerNodeTelemetry();
  }
}
