import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.ts',
      'services/**/*.test.ts',
      'app/**/*.test.ts',
      'scripts/**/*.test.ts',
      'observability/**/*.test.ts',
      'docs/**/*.test.ts',
      'deploy/**/*.test.ts',
    ],
    environment: 'node',
    // The PostgreSQL server behind the services tests' second backend (services/testing/test-backends.ts).
    globalSetup: ['services/testing/postgres-global-setup.ts'],
    // next-intl's ESM imports 'next/server' without an extension; inlining lets Vite resolve it.
    server: { deps: { inline: ['next-intl'] } },
    testTimeout: 20_000,
    // Each services test file boots PGlite (WASM) and a seeded catalog; with files running in
    // parallel on two cores that can take well over the default 10 s.
    hookTimeout: 60_000,
  },
});
