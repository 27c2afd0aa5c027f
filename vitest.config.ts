import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'services/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // next-intl's ESM imports 'next/server' without an extension; inlining lets Vite resolve it.
    server: { deps: { inline: ['next-intl'] } },
    testTimeout: 20_000,
  },
});
