import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md is where a newcomer learns the tree, so its tables must not fall behind it:
 * every `lib/` folder in the layout table, every client module in the client-JavaScript table.
 */
const architecture = readFileSync('ARCHITECTURE.md', 'utf8');

function section(heading: string): string {
  const start = architecture.indexOf(`## ${heading}`);
  expect(start, `ARCHITECTURE.md has a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = architecture.indexOf('\n## ', start + 1);
  return architecture.slice(start, end === -1 ? undefined : end);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => join(dir, file));
}

const isClientModule = (file: string) => /^['"]use client['"];?/.test(readFileSync(file, 'utf8'));

describe('ARCHITECTURE.md', () => {
  const layout = section('Layout');
  const libFolders = readdirSync('lib', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `lib/${entry.name}/`);

  it.each(libFolders)('the layout table names %s', (folder) => {
    const named =
      layout.includes(`\`${folder}\``) ||
      (folder === 'lib/services/' && layout.includes('`lib/services/<service>/`'));
    expect(named, `add ${folder} to the Layout table`).toBe(true);
  });

  const clientTable = section('Client JavaScript');
  const clientModules = [...sourceFiles('components'), ...sourceFiles('app')].filter(
    isClientModule,
  );

  it('finds the client modules', () => {
    expect(clientModules.length).toBeGreaterThan(10);
  });

  it.each(clientModules)('the client-JavaScript table names %s', (file) => {
    const name = file.startsWith('components/') ? relative('components', file) : file;
    expect(clientTable, `add ${name} to the Client JavaScript table`).toContain(`\`${name}\``);
  });
});

describe('paths the docs name', () => {
  const docs = [
    'README.md',
    'ARCHITECTURE.md',
    'BENCHMARKS.md',
    'services/README.md',
    'observability/README.md',
    'lib/rum/README.md',
    'lib/experiments/README.md',
  ];
  // A path in code font that starts at a top-level folder of this repository.
  const PATH =
    /`((?:app|components|lib|services|scripts|bench|e2e|styles|openapi|observability|docs|deploy)\/[\w./[\]-]*)`/g;

  it.each(docs)('every file or folder %s names in code font exists', (doc) => {
    const missing = [...readFileSync(doc, 'utf8').matchAll(PATH)]
      .map((match) => match[1]!.replace(/[.,]$/, ''))
      .filter((path) => !/[<*]/.test(path))
      .filter(
        (path) => ![path, `${path}.ts`, `${path}.tsx`].some((candidate) => existsSync(candidate)),
      );
    expect(missing, `${doc} names paths that do not exist`).toEqual([]);
  });
});
