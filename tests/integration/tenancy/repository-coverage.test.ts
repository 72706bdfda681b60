import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coveredFunctionNames, repositoryModules } from './repository-cases';

const dbDir = resolve(import.meta.dirname, '../../../db');
const repositoryDir = join(dbDir, 'repositories');

/** Every TypeScript module under db/, as a path relative to db/. */
function dbModulePaths(dir = dbDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dbModulePaths(path);
    return entry.name.endsWith('.ts') ? [relative(dbDir, path)] : [];
  });
}

/** Every function (and class) each module under db/ exports, as [module, name]. */
async function exportedFunctions(): Promise<Array<[module: string, fn: string]>> {
  const all: Array<[string, string]> = [];
  for (const path of dbModulePaths()) {
    const exports = (await import(join(dbDir, path))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'function') all.push([path.replace(/\.ts$/, ''), name]);
    }
  }
  return all;
}

describe('tenancy cases cover the repositories', () => {
  let exported: Array<[module: string, fn: string]>;

  beforeAll(async () => {
    exported = await exportedFunctions();
  });

  it('lists every repository module', () => {
    const files = readdirSync(repositoryDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(repositoryModules).sort()).toEqual(files);
  });

  it('sees the functions of every module under db/, not only the repositories', () => {
    const modules = new Set(exported.map(([module]) => module));
    for (const module of ['repositories/tests', 'mutation', 'sync/change-log', 'sync/engine']) {
      expect(modules).toContain(module);
    }
  });

  it('has a tenancy case, or a stated reason for none, for every function db/ exports', () => {
    const covered = coveredFunctionNames();
    const missing = exported
      .filter(([, fn]) => !covered.has(fn))
      .map(([module, fn]) => `${module}.${fn}`);
    expect(missing).toEqual([]);
  });

  it('names no function that does not exist', () => {
    const names = new Set(exported.map(([, fn]) => fn));
    expect([...coveredFunctionNames()].filter((fn) => !names.has(fn))).toEqual([]);
  });
});
