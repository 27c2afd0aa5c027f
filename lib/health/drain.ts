import type { Server } from 'node:http';
import { lifecycle, setLifecycle } from './lifecycle';

/**
 * Stops `server` the gentle way: no new connections, idle keep-alive connections closed now,
 * and each busy one as soon as its last request has been answered. Resolves once none is left.
 */
function drain(server: Server): Promise<void> {
  return new Promise((settle) => {
    // server.close() closes only the connections idle at that moment; one busy then becomes idle
    // when its response ends and would otherwise wait for its keep-alive timeout.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(idle);
      settle();
    });
    server.closeIdleConnections();
  });
}

export interface GracefulOptions {
  /** Past this, exit 1 with whatever is still in flight (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /** After the last request: close what the process holds open (the Redis client). */
  cleanup?: () => void | Promise<void>;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}

/**
 * The production server's life as the probes report it (lib/health/lifecycle.ts): starting until
 * it listens, then serving; on SIGTERM or SIGINT draining (readiness 503), then `drain`, the
 * cleanup, exit 0 — or exit 1 at the deadline, which must come before the orchestrator's own
 * SIGKILL (30 s by default in Kubernetes and Compose). Returns what removes the signal handlers.
 */
export function shutDownGracefully(server: Server, options: GracefulOptions): () => void {
  const { timeoutMs, cleanup, log = console.log, exit = (code) => process.exit(code) } = options;
  if (!server.listening) {
    setLifecycle('starting');
    server.once('listening', () => setLifecycle('serving'));
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (lifecycle() === 'draining') return;
    setLifecycle('draining');
    log(`${signal}: draining, at most ${timeoutMs / 1000} s`);
    const deadline = setTimeout(() => {
      log(`Requests still in flight after ${timeoutMs / 1000} s: exiting anyway`);
      exit(1);
    }, timeoutMs);
    void drain(server)
      .then(cleanup)
      .then(
        () => 0,
        (error: unknown) => {
          console.error(error);
          return 1;
        },
      )
      .then((code) => {
        clearTimeout(deadline);
        exit(code);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
