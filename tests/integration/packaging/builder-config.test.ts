import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadBuilderConfig,
  matchesAny,
  validateBuilderConfig,
} from '../../helpers/electron-builder';
import { tempDir } from '../../helpers/temp-dir';

const root = resolve(import.meta.dirname, '../../..');

interface LockEntry {
  os?: string[];
  cpu?: string[];
  dev?: boolean;
}
const lockPackages = (
  JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  }
).packages;

/** Every platform build of a native package the lockfile knows, e.g. `@tursodatabase/sync-win32-x64-msvc`. */
const platformPackages = (prefix: string): { name: string; entry: LockEntry }[] =>
  Object.entries(lockPackages)
    .filter(([key, entry]) => key.startsWith(`node_modules/${prefix}`) && entry.os && !entry.dev)
    .map(([key, entry]) => ({ name: key.slice('node_modules/'.length), entry }));

/** `{ target, arch }` pairs of one platform's `target` list. */
function targetsOf(
  platform: { target?: unknown } | null | undefined,
): { name: string; arch: string[] }[] {
  const list = (platform?.target ?? []) as (string | TargetConfiguration)[];
  return list.map((item) =>
    typeof item === 'string'
      ? { name: item, arch: [] }
      : { name: item.target, arch: [item.arch ?? []].flat().map(String) },
  );
}

describe('electron-builder.yml', () => {
  let config: Configuration;

  beforeAll(async () => {
    config = await loadBuilderConfig(root, 'electron-builder.yml');
  });

  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
  });

  it('is refused by the same validation when an option is misspelt (the check is real)', async () => {
    const dir = tempDir('exam-builder-config-');
    const source = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    writeFileSync(
      join(dir, 'electron-builder.yml'),
      source.replace('  runAsNode: false', '  runAsNod: false'),
    );
    const broken = await loadBuilderConfig(dir, 'electron-builder.yml');
    await expect(validateBuilderConfig(broken)).rejects.toThrow(/electronFuses/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.examdesk.client');
    expect(config.productName).toBe('Exam Desk');
  });

  it('builds AppImage and deb on Linux, NSIS and MSI on Windows, dmg and zip on macOS', () => {
    // No architecture on Linux: the building machine's own (x64 or arm64), whose binaries npm installed.
    expect(targetsOf(config.linux)).toEqual([
      { name: 'AppImage', arch: [] },
      { name: 'deb', arch: [] },
    ]);
    expect(targetsOf(config.win)).toEqual([
      { name: 'nsis', arch: ['x64'] },
      { name: 'msi', arch: ['x64'] },
    ]);
    expect(targetsOf(config.mac)).toEqual([
      { name: 'dmg', arch: ['arm64'] },
      { name: 'zip', arch: ['arm64'] },
    ]);
  });

  it('only targets platforms the Turso Sync engine ships a binary for', () => {
    const sync = platformPackages('@tursodatabase/sync-').map((p) => p.name);
    const wanted = [
      'linux-x64-gnu',
      'linux-arm64-gnu',
      ...targetsOf(config.win).flatMap((t) => t.arch.map((a) => `win32-${a}-msvc`)),
      ...targetsOf(config.mac).flatMap((t) => t.arch.map((a) => `darwin-${a}`)),
    ];
    for (const suffix of new Set(wanted)) {
      expect(sync, `no @tursodatabase/sync binary for ${suffix}`).toContain(
        `@tursodatabase/sync-${suffix}`,
      );
    }
  });

  it('installs per machine on Windows, and keeps the MSI upgrade code fixed', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, runAfterFinish: false });
    // Uninstalling the app must never delete a centre's exam data.
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
    expect(config.msi?.upgradeCode).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('sets every fuse that keeps code from running as, or inside, the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into an asar and ships only the built app', () => {
    expect(config.asar).toBe(true);
    const files = (config.files ?? []) as ({ filter?: string[] } | string)[];
    const patterns = files.flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    const included = (path: string) =>
      matchesAny(
        path,
        patterns.filter((p) => !p.startsWith('!')),
      ) &&
      !matchesAny(
        path,
        patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
      );
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(included(built), built).toBe(true);
    }
    for (const source of [
      'electron/main/index.ts',
      'electron/preview/host.ts',
      'renderer/index.html',
      'shared/api/bridge.ts',
      'db/open.ts',
      'tests/vitest.config.ts',
      'out/main/index.js.map',
      'README.md',
    ]) {
      expect(included(source), source).toBe(false);
    }
  });

  it('unpacks every platform’s Turso and libSQL binary from the asar, and nothing of their JavaScript', () => {
    const unpack = [config.asarUnpack ?? []].flat();
    const natives = [...platformPackages('@tursodatabase/sync-'), ...platformPackages('@libsql/')];
    // Linux, Windows and macOS builds of both engines, as the lockfile lists them.
    for (const os of ['linux', 'win32', 'darwin']) {
      expect(natives.filter((p) => p.entry.os?.includes(os)).length).toBeGreaterThanOrEqual(2);
    }
    for (const { name } of natives) {
      const binary = `node_modules/${name}/${name.split('/')[1] ?? name}.node`;
      expect(matchesAny(binary, unpack), binary).toBe(true);
      expect(matchesAny(`node_modules/${name}/package.json`, unpack)).toBe(true);
    }
    // Unpacked files are outside the asar integrity check, so only the binaries are.
    for (const js of [
      'node_modules/@tursodatabase/sync/dist/promise.js',
      'node_modules/@tursodatabase/sync-common/dist/index.js',
      'node_modules/@tursodatabase/database-common/dist/index.js',
      'node_modules/@libsql/client/lib-esm/http.js',
      'node_modules/@libsql/core/lib-esm/api.js',
      'node_modules/libsql/index.js',
      'out/main/index.js',
    ]) {
      expect(matchesAny(js, unpack), js).toBe(false);
    }
  });

  it('uses the icons in resources/', () => {
    expect(config.directories?.buildResources).toBe('resources');
    const icons = [config.linux?.icon, config.win?.icon, config.mac?.icon];
    expect(icons).toEqual(['resources/icon.png', 'resources/icon.ico', 'resources/icon.icns']);
    for (const icon of icons) expect(existsSync(join(root, icon ?? '')), icon ?? '').toBe(true);
  });

  it('does not rebuild the prebuilt Node-API addons (no compiler or Electron headers needed)', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });
});
