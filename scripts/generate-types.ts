/**
 * Generates TypeScript types from the services' OpenAPI documents into each typed client's
 * folder. With --check it writes nothing and fails when a committed file is stale, which CI
 * runs so a contract change can never land without its types.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const SERVICES = [
  'catalog',
  'search',
  'inventory',
  'cart',
  'checkout',
  'payment',
  'events',
  'customers',
  'reviews',
] as const;
const check = process.argv.includes('--check');

async function generate(service: string): Promise<{ target: string; source: string }> {
  const document = pathToFileURL(`openapi/${service}.yaml`);
  const ast = await openapiTS(document, { alphabetize: true });
  const source = astToString(ast);
  // A mis-indented `paths:` block still parses, as a document with no operations at all.
  if (source.includes('export type paths = Record<string, never>'))
    throw new Error(`openapi/${service}.yaml defines no paths`);
  const target = `lib/services/${service}/schema.ts`;
  // Formatted like the hand-written code, so the format gate covers generated files too.
  const options = await resolveConfig(target);
  return {
    target,
    source: await format(COMMENT_HEADER + source, { ...options, filepath: target }),
  };
}

const stale: string[] = [];
for (const service of SERVICES) {
  const { target, source } = await generate(service);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === source) continue;
  if (check) stale.push(target);
  else {
    writeFileSync(target, source);
    console.log(`wrote ${target}`);
  }
}
if (stale.length > 0) {
  console.error(
    `Generated types are stale; run \`npm run types:generate\` and commit:\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
if (check) console.log(`Generated types match openapi/ (${SERVICES.length} services).`);
