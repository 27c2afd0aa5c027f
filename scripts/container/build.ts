/**
 * The Dockerfile's build stage in one command: `next build` into .next with the reference
 * services answering, then the image's files assembled into the folder given
 * (scripts/container/assemble.ts), which the final stage copies from.
 * The build secrets (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, FLAGS_SECRET) come from the env file a
 * build mounts as the secret `storefront_build`, never from build arguments, which the build's
 * history would keep.
 * Usage: node --import tsx scripts/container/build.ts /image
 */
import { existsSync } from 'node:fs';
import { assembleImage } from './assemble';
import { buildWithServices } from './build-with-services';

const SECRETS = '/run/secrets/storefront_build';

const out = process.argv[2];
if (!out) {
  console.error('Usage: node --import tsx scripts/container/build.ts <output folder>');
  process.exit(2);
}
if (existsSync(SECRETS)) process.loadEnvFile(SECRETS);
await buildWithServices('.next', false);
await assembleImage(process.cwd(), '.next', out);
console.log(`Image files in ${out}`);
