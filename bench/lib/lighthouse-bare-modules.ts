import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Gives the bare app a node_modules of its own made of hard links to the repo's files: the same
 * bytes as the storefront runs (same inodes), in a few seconds, without a download.
 *
 * Why not let it resolve the repo's node_modules from inside the repo: Turbopack then takes the
 * repo as its root (it must: files outside the root are never compiled), and from there looks
 * for `instrumentation` and `proxy` in every folder up to that root, so the storefront's
 * instrumentation.ts (which throws without the storefront's secrets) and proxy.ts were compiled
 * into the "bare" app. With the bare folder as its own root nothing above it is seen. A symlinked
 * node_modules does not work: Turbopack refuses a link that leaves its root. `--webpack` would
 * work too, but would measure another bundler's runtime than the storefront's.
 */
export function linkPackages(fromRoot: string, toRoot: string, names: string[]): number {
  const done = new Set<string>();
  let files = 0;
  // Each entry: the package's name and the folder whose node_modules it is resolved from.
  const queue = names.map((name) => ({ name, from: fromRoot }));
  while (queue.length) {
    const { name, from } = queue.shift()!;
    const found = resolvePackage(fromRoot, from, name);
    // An optional package for another platform (@next/swc-darwin-arm64 and kin) is not there.
    if (!found || done.has(found)) continue;
    done.add(found);
    // A package nested in another's node_modules came along with that one's folder.
    const topLevel = join(fromRoot, 'node_modules', name);
    if (found === topLevel) files += linkTree(found, join(toRoot, 'node_modules', name));
    const manifest = JSON.parse(readFileSync(join(found, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    // Peer dependencies are left out but for react and react-dom, which are asked for by name:
    // Next's others (sass, Playwright, OpenTelemetry...) are optional extras a bare app lacks.
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
      queue.push({ name: dep, from: found });
  }
  return files;
}

/** Node's lookup: the package's own node_modules first, then the top-level one. */
function resolvePackage(root: string, from: string, name: string): string | undefined {
  for (const dir of [join(from, 'node_modules', name), join(root, 'node_modules', name)])
    if (existsSync(join(dir, 'package.json'))) return dir;
  return undefined;
}

/** Hard-links every file of a folder (a copy where linking fails, across file systems). */
function linkTree(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let files = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) files += linkTree(source, target);
    else if (entry.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      files++;
    }
  }
  return files;
}
