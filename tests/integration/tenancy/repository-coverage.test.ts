import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveredFunctionNames, repositoryModules } from './repository-cases';

const repositoryDir = resolve(import.meta.dirname, '../../../db/repositories');

function exportedFunctions(): Array<[module: string, fn: string]> {
  return Object.entries(repositoryModules).flatMap(([module, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]): [string, string] => [module, name]),
  );
}

describe('tenancy cases cover the repositories', () => {
  it('lists every repository module', () => {
    const files = readdirSync(repositoryDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(repositoryModules).sort()).toEqual(files);
  });

  it('has a tenancy case, or a stated reason for none, for every exported function', () => {
    const covered = coveredFunctionNames();
    const missing = exportedFunctions()
      .filter(([, fn]) => !covered.has(fn))
      .map(([module, fn]) => `${module}.${fn}`);
    expect(missing).toEqual([]);
  });

  it('names no function that does not exist', () => {
    const exported = new Set(exportedFunctions().map(([, fn]) => fn));
    expect([...coveredFunctionNames()].filter((fn) => !exported.has(fn))).toEqual([]);
  });
});
