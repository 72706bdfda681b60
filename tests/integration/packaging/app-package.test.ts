import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportRescue } from '@main/services/backup/rescue-export';
import {
  RESCUE_EXPORT_WORKER,
  type RescueExportReply,
  type RescueExportRequest,
} from '@main/services/backup/rescue-export-thread';
import { readRescueFile } from '@main/services/backup/rescue-file';
import { readQuestionFile } from '@main/services/files/read-file';
import type { ReadRequest } from '@main/services/files/read-off-thread';
import { READ_LIMITS } from '@shared/interchange/limits';
import type { ParsedFile } from '@shared/interchange/types';
import { createTestCore } from '../../helpers/core';
import { prepareDemoFixture } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/temp-dir';
import { packApp, projectRoot, type PackedApp } from './pack-app';

interface PackageJson {
  name?: string;
  version?: string;
  main?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const rootPackage = readJson(join(projectRoot, 'package.json'));

/** Where Node looks for `name` required from the package folder `fromDir` ('' is the project). */
function lookupPaths(fromDir: string, name: string): string[] {
  const paths: string[] = [];
  for (let dir = fromDir; ;) {
    paths.push(dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`);
    if (!dir) return paths;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/**
 * The installed packages the app needs at run time, by folder relative to the project
 * (`node_modules/a/node_modules/b`) and as `name@version`: its dependencies and theirs,
 * resolved the way Node does. Optional dependencies for other platforms are not installed
 * and so not found.
 */
function productionPackages(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (fromDir: string, name: string) => {
    const dir = lookupPaths(fromDir, name).find((path) =>
      existsSync(join(projectRoot, path, 'package.json')),
    );
    if (!dir || found.has(dir)) return;
    const pkg = readJson(join(projectRoot, dir, 'package.json'));
    found.set(dir, `${pkg.name ?? dir}@${pkg.version ?? ''}`);
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      visit(dir, dep);
    }
  };
  for (const name of Object.keys(rootPackage.dependencies ?? {})) visit('', name);
  return found;
}

/** The installed platform build of a native package, e.g. `@tursodatabase/sync-linux-x64-gnu`. */
function installedNative(scope: string, prefix: string): { name: string; binary: string } {
  const names = readdirSync(join(projectRoot, 'node_modules', scope)).filter(
    (name) => name.startsWith(prefix) && /^(?:.*-)?(linux|darwin|win32)-/.test(name),
  );
  for (const name of names) {
    const binary = readdirSync(join(projectRoot, 'node_modules', scope, name)).find((file) =>
      file.endsWith('.node'),
    );
    if (binary) return { name: `${scope}/${name}`, binary };
  }
  throw new Error(`No platform binary of ${scope}/${prefix}* is installed`);
}

/** One request to a built thread in out/main (`file`), as the main process sends it; its one reply. */
function askBuiltThread<Reply>(file: string, request: unknown): Promise<Reply> {
  const worker = new Worker(join(projectRoot, 'out/main', file), { workerData: request });
  return new Promise<Reply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the built thread exited (${code})`)));
  }).finally(() => void worker.terminate());
}

const askBuiltRescueThread = (request: RescueExportRequest) =>
  askBuiltThread<RescueExportReply>('rescue-export-worker.js', request);

describe('the packaged app (electron-builder on the built app and the production dependencies)', () => {
  let packed: PackedApp;
  let asar: string;
  let entries: string[];
  /** The packages in the asar's node_modules, by folder and as `name@version`. */
  let packages: Map<string, string>;

  beforeAll(async () => {
    packed = await packApp(tempDir('exam-package-', 'file'));
    asar = join(packed.resourcesDir, 'app.asar');
    entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    packages = new Map(
      entries.flatMap((entry) => {
        const match = /^\/((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/@]+)\/package\.json$/.exec(entry);
        if (!match?.[1]) return [];
        const pkg = JSON.parse(extractFile(asar, entry.slice(1)).toString('utf8')) as PackageJson;
        return [[match[1], `${pkg.name ?? match[1]}@${pkg.version ?? ''}`] as const];
      }),
    );
  }, 180_000);

  it('holds the built main, preload and renderer, and package.json points at main', () => {
    for (const file of [
      '/out/main/index.js',
      // The worker thread of the database checks, found beside index.js at run time.
      '/out/main/engine-worker.js',
      // The rescue export's thread, found beside index.js at run time.
      '/out/main/rescue-export-worker.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(entries).toContain(file);
    }
    const html = extractFile(asar, 'out/renderer/index.html').toString('utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect(entries).toContain(`/out/renderer/${asset ?? ''}`);
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as PackageJson;
    expect(manifest.main).toBe('out/main/index.js');
  });

  it('holds nothing else at its top: no sources, tests, resources or configuration', () => {
    const top = entries.filter((entry) => entry.split('/').length === 2);
    expect(top.sort()).toEqual(['/node_modules', '/out', '/package.json']);
    const outside = entries.filter((e) => !e.startsWith('/node_modules/'));
    expect(outside.filter((e) => /\.(?:tsx?|map)$/.test(e))).toEqual([]);
    expect(outside.filter((e) => /^\/out\/[^/]+$/.test(e)).sort()).toEqual([
      '/out/main',
      '/out/preload',
      '/out/renderer',
    ]);
  });

  it('has a main bundle built without the preview host or any test code', () => {
    const ours = packed.mainModules.filter((id) => id.startsWith(projectRoot));
    expect(ours).toContain(join(projectRoot, 'electron/main/index.ts'));
    expect(ours.filter((id) => id.includes('/electron/preview/'))).toEqual([]);
    expect(ours.filter((id) => id.startsWith(join(projectRoot, 'tests/')))).toEqual([]);
    expect(entries.filter((e) => /preview/i.test(e) && !e.startsWith('/node_modules/'))).toEqual(
      [],
    );
  });

  it('carries the production dependencies and nothing only the development tools need', () => {
    const production = productionPackages();
    // electron-builder may hoist a nested package to the top, so compare packages, not folders.
    const wanted = new Set(production.values());
    expect([...packages.values()].filter((id) => !wanted.has(id))).toEqual([]);
    for (const name of Object.keys(rootPackage.dependencies ?? {})) {
      expect(packages.get(`node_modules/${name}`), name).toBe(
        production.get(`node_modules/${name}`),
      );
    }
    const devOnly = Object.keys(rootPackage.devDependencies ?? {}).filter(
      (name) => !production.has(`node_modules/${name}`),
    );
    expect(devOnly).toEqual(expect.arrayContaining(['electron', 'vitest', 'turso']));
    const packedNames = new Set(
      [...packages.values()].map((id) => id.slice(0, id.lastIndexOf('@'))),
    );
    for (const name of devOnly) expect(packedNames, name).not.toContain(name);
    expect([...packedNames].filter((name) => /^@types\/|^@tursodatabase\/cli-/.test(name))).toEqual(
      [],
    );
  });

  it('keeps each database engine’s native binary outside the asar, where it can be loaded', () => {
    for (const native of [
      installedNative('@tursodatabase', 'sync-'),
      installedNative('@libsql', ''),
    ]) {
      const inAsar = `node_modules/${native.name}/${native.binary}`;
      expect(statFile(asar, inAsar)).toMatchObject({ unpacked: true });
      const onDisk = join(packed.resourcesDir, 'app.asar.unpacked', inAsar);
      expect(existsSync(onDisk), onDisk).toBe(true);
      expect(readFileSync(onDisk).equals(readFileSync(join(projectRoot, inAsar)))).toBe(true);
    }
  });

  it('keeps the engines’ JavaScript and the app inside the asar, under its integrity check', () => {
    for (const file of [
      'out/main/index.js',
      'out/main/engine-worker.js',
      'out/main/rescue-export-worker.js',
      'node_modules/@tursodatabase/sync/dist/promise.js',
      'node_modules/@tursodatabase/sync-common/package.json',
      'node_modules/@libsql/client/package.json',
    ]) {
      expect(statFile(asar, file), file).not.toHaveProperty('unpacked', true);
    }
  });

  it('runs the built rescue thread from out/main in plain Node: a signed file of the folder, and another organisation’s folder refused', async () => {
    const core = await createTestCore();
    try {
      const fx = await prepareDemoFixture(core);
      await core.database.client.checkpoint();
      const nowIso = '2026-06-01T12:00:00.000Z';
      const reply = await askBuiltRescueThread({
        role: RESCUE_EXPORT_WORKER,
        rescueId: 'rescue-built-thread',
        dataDir: core.dataDir,
        nowIso,
        everything: true,
      });
      if (!reply.ok) throw new Error(`the built thread refused: ${reply.message}`);
      expect(reply.value.rescueId).toBe('rescue-built-thread');
      const { payload } = readRescueFile(reply.value.text);
      expect(payload.organisationId).toBe(fx.clientId);
      expect(payload.tables.attempts.map((a) => a.id)).toContain(fx.openAttemptId);
      // The bundle reads the same rows as the sources do.
      const inline = await exportRescue({
        dataDir: core.dataDir,
        nowIso,
        newId: () => 'rescue-inline',
        everything: true,
      });
      expect(payload.tables).toEqual(readRescueFile(inline.text).payload.tables);

      const refused = await askBuiltRescueThread({
        role: RESCUE_EXPORT_WORKER,
        rescueId: 'rescue-built-refused',
        dataDir: core.dataDir,
        nowIso,
        organisationId: 'another-organisation',
      });
      expect(refused).toEqual({
        ok: false,
        message: `${core.dataDir} holds the data of another organisation`,
        otherOrganisation: core.dataDir,
      });
    } finally {
      await core.close();
    }
  });

  it('runs the built import reader from out/main in plain Node: the same questions as the sources read', async () => {
    const gift = [
      '::Capital:: What is the capital of France? {=Paris ~Lyon ~Marseille}',
      '',
      '::Sum:: 2 + 2 = {#4}',
      '',
    ].join('\n');
    const request: ReadRequest = {
      format: 'gift',
      bytes: new TextEncoder().encode(gift),
      fileName: 'bank.gift',
      limits: READ_LIMITS,
    };
    const built = await askBuiltThread<ParsedFile>('question-file-worker.js', request);
    expect(built.problems).toEqual([]);
    expect(built.items).toHaveLength(2);
    expect(built).toEqual(readQuestionFile('gift', request.bytes, 'bank.gift', READ_LIMITS));
  });
});
