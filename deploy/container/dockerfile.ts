import { readFileSync } from 'node:fs';

/** What the image's last stage says, as far as running it needs. */
export interface FinalStage {
  workdir: string;
  env: Record<string, string>;
  /** Each `COPY --from=<stage> <source> <destination>`, in order. */
  copies: { from: string; source: string; destination: string; chown?: string }[];
  user: string;
  entrypoint: string[];
}

/** Instructions with their continuation lines joined, comments and blank lines dropped. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** `KEY=value KEY2="value two"`, as ENV writes them. */
function envPairs(rest: string): [string, string][] {
  return [...rest.matchAll(/(\w+)=("[^"]*"|\S*)/g)].map(([, key, value]) => [
    key!,
    value!.replace(/^"|"$/g, ''),
  ]);
}

/**
 * Reads the Dockerfile's final stage (from its last FROM): enough to assemble and run the image
 * without a Docker engine (deploy/container/image-filesystem.test.ts). Instructions it does not
 * know in that stage are an error, so a new one cannot be silently left out of the test.
 */
export function finalStage(file: string): FinalStage {
  const lines = instructions(readFileSync(file, 'utf8'));
  const from = lines.findLastIndex((line) => /^FROM\s/i.test(line));
  const stage: FinalStage = { workdir: '/', env: {}, copies: [], user: '0:0', entrypoint: [] };
  for (const line of lines.slice(from + 1)) {
    const [, word, rest = ''] = /^(\w+)\s*(.*)$/.exec(line) ?? [];
    switch (word?.toUpperCase()) {
      case 'WORKDIR':
        stage.workdir = rest;
        break;
      case 'ENV':
        Object.assign(stage.env, Object.fromEntries(envPairs(rest)));
        break;
      case 'COPY': {
        const words = rest.split(/\s+/);
        const flags = Object.fromEntries(
          words.filter((w) => w.startsWith('--')).map((w) => w.slice(2).split('=')),
        ) as Record<string, string>;
        const [source, destination] = words.filter((w) => !w.startsWith('--'));
        if (!flags.from || !source || !destination)
          throw new Error(`${file}: only COPY --from=<stage> <source> <destination>: ${line}`);
        stage.copies.push({ from: flags.from, source, destination, chown: flags.chown });
        break;
      }
      case 'USER':
        stage.user = rest;
        break;
      case 'ENTRYPOINT':
        stage.entrypoint = JSON.parse(rest) as string[];
        break;
      case 'EXPOSE':
        break;
      default:
        throw new Error(`${file}: the final stage's ${word} is unknown to this reader: ${line}`);
    }
  }
  return stage;
}
