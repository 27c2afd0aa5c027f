import { serverEnv } from '@/lib/env/server';

/** Runs once when the server starts: a misconfigured deployment stops here with a clear message. */
export function register(): void {
  serverEnv();
}
