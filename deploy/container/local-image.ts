import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FinalStage } from './dockerfile';

/**
 * The image's final stage carried out on this machine's file system, for a test without a Docker
 * engine: its COPY lines lay files into `root` (a stand-in for the image's /), its ENV, WORKDIR,
 * USER and ENTRYPOINT start a process from there.
 */

/** `source` of `COPY --from=build` maps to this machine's folder for the build stage's /image. */
export function layImage(stage: FinalStage, buildOutput: string, root: string): void {
  for (const { from, source, destination, chown } of stage.copies) {
    if (from !== 'build' || !source.startsWith('/image/'))
      throw new Error(`Only COPY --from=build /image/…, not --from=${from} ${source}`);
    const target = join(root, destination);
    mkdirSync(target, { recursive: true });
    // As Docker does: a folder's contents go into the destination, symbolic links stay links.
    cpSync(join(buildOutput, source.slice('/image/'.length)), target, {
      recursive: true,
      verbatimSymlinks: true,
    });
    if (chown) chownTree(target, ...ids(chown));
  }
}

function ids(spec: string): [number, number] {
  const [user, group = user] = spec.split(':').map(Number);
  if (!Number.isInteger(user) || !Number.isInteger(group))
    throw new Error(`Numeric user and group expected, not "${spec}"`);
  return [user!, group!];
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else chownSync(child, uid, gid);
  }
}

/**
 * Runs the image's entry point with `args` as its user (when we are root and may switch), in its
 * working directory, with only its ENV and `env` (paths under /app moved under `root`), and this
 * machine's Node as `node`.
 */
export function runImage(
  stage: FinalStage,
  root: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess {
  const inRoot = (value: string) => (value.startsWith('/app/') ? join(root, value) : value);
  const imageEnv = Object.fromEntries(
    Object.entries({ ...stage.env, ...env }).map(([key, value]) => [key, inRoot(value)]),
  );
  const [program, ...entryArgs] = stage.entrypoint;
  if (program !== 'node') throw new Error(`The entry point runs ${program}, not node`);
  const [uid, gid] = ids(stage.user);
  const asUser = process.getuid?.() === 0 ? { uid, gid } : {};
  // Nothing of this process's environment but PATH: the image has only what its ENV says.
  const childEnv: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...imageEnv,
  };
  return spawn(process.execPath, [...entryArgs, ...args], {
    cwd: join(root, stage.workdir),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...asUser,
  });
}
