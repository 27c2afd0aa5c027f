import { spawn } from 'node:child_process';
import { freePort } from './free-port';
import { stack } from './stack';

export interface StorefrontServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A second storefront server of the e2e build (scripts/serve.ts, as `npm start` runs it),
 * exporting spans to `otlpUrl`, beside the suite's own server (which runs without an endpoint,
 * as a default deployment does). Same build and services, so it costs a second or two rather
 * than another build.
 */
export function startTracedStorefront(otlpUrl: string): Promise<StorefrontServer> {
  return startStorefrontServer({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl, OTEL_BSP_SCHEDULE_DELAY: '200' },
  });
}

/** Another server beside the suite's: of the e2e build, or of `distDir`, on `port` or a free one. */
export async function startStorefrontServer(
  options: { distDir?: string; port?: number; env?: Record<string, string> } = {},
): Promise<StorefrontServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: options.distDir ?? '.next-e2e',
        NEXT_TELEMETRY_DISABLED: '1',
        SERVICES_URL: stack.servicesUrl,
        WEBHOOK_SECRET: stack.webhookSecret,
        FLAGS_SECRET: stack.flagsSecret,
        SITE_URL: url,
        ...options.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The storefront server exited with ${child.exitCode}:\n${log}`);
    const ready = await fetch(`${url}/en-US`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The storefront server did not answer within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
