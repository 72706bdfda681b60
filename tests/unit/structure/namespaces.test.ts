import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '@shared/api/contract';

const root = resolve(import.meta.dirname, '../../..');
const namespaceOf = (method: string): string => method.slice(0, method.indexOf('.'));
const namespaces = [...new Set(methodNames.map(namespaceOf))].sort();
const methodsOf = (ns: string): string[] => methodNames.filter((m) => namespaceOf(m) === ns).sort();

/** The method names a source file names as quoted `'ns.method'` keys or arguments. */
function quotedMethods(file: string, pattern: RegExp): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '').sort();
}

const isDirectory = (path: string): boolean =>
  existsSync(join(root, path)) && statSync(join(root, path)).isDirectory();

describe('one map of the code: a method name names its files', () => {
  it('has the namespaces the product is built around', () => {
    expect(namespaces).toEqual(
      expect.arrayContaining(['auth', 'exams', 'questions', 'tests', 'people', 'results']),
    );
  });

  it.each(namespaces)('%s: its contract file holds exactly its methods', (ns) => {
    expect(
      quotedMethods(`shared/api/contract/${ns}.ts`, /^ {2}'([a-zA-Z]+\.[a-zA-Z]+)':/gm),
    ).toEqual(methodsOf(ns));
  });

  it.each(namespaces)('%s: its handler file binds exactly its methods', (ns) => {
    expect(
      quotedMethods(
        `electron/api/handlers/${ns}.ts`,
        /router\.handle\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g,
      ),
    ).toEqual(methodsOf(ns));
  });

  it.each(namespaces)('%s: has a service folder and a renderer feature folder', (ns) => {
    expect(isDirectory(`electron/services/${ns}`)).toBe(true);
    expect(isDirectory(`renderer/src/${ns}`)).toBe(true);
  });

  it('has no contract or handler file without a namespace', () => {
    const files = (dir: string) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => f.replace(/\.ts$/, ''));
    expect(files('shared/api/contract').sort()).toEqual(namespaces);
    expect(
      files('electron/api/handlers')
        .filter((f) => !['index', 'handler-deps'].includes(f))
        .sort(),
    ).toEqual(namespaces);
  });
});
