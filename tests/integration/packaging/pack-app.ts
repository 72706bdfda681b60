import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Arch, build as buildInstallers, Platform } from 'electron-builder';
import { build as buildApp } from 'electron-vite';
import type { Plugin } from 'vite';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export interface PackedApp {
  /** The folder that holds app.asar and app.asar.unpacked. */
  resourcesDir: string;
  /** Every module (absolute path, or a package id) bundled into out/main/index.js. */
  mainModules: string[];
}

/** Records the modules each bundled chunk was made from. */
function recordModules(into: Map<string, string[]>): Plugin {
  return {
    name: 'exam-desk:record-modules',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') into.set(output.fileName, [...output.moduleIds]);
      }
    },
  };
}

/**
 * Does what `npm run package` does, short of the Electron binary: builds the app into out/
 * with electron-vite (as `npm run build` does), then runs electron-builder with
 * electron-builder.yml for its `dir` target, into `workDir`: the same file selection,
 * production-dependency collection, asar packing and unpacking an installer build does.
 * The Electron binary cannot be downloaded here, so a placeholder stands in for the
 * Electron distribution electron-builder copies next to the app, and the fuses (flipped
 * inside that binary, and checked by builder-config.test.ts) are left out of this run.
 */
export async function packApp(workDir: string): Promise<PackedApp> {
  const chunks = new Map<string, string[]>();
  await buildApp({
    configFile: join(projectRoot, 'electron/electron.vite.config.ts'),
    plugins: [recordModules(chunks)],
    logLevel: 'error',
  });

  const electronDist = join(workDir, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\nexit 1\n');
  chmodSync(join(electronDist, 'electron'), 0o755);

  const output = join(workDir, 'release');
  await buildInstallers({
    projectDir: projectRoot,
    targets: Platform.LINUX.createTarget('dir', process.arch === 'arm64' ? Arch.arm64 : Arch.x64),
    config: { electronDist, electronFuses: null, directories: { output } },
    publish: 'never',
  });
  const unpacked = readdirSync(output).find((name) => name.endsWith('-unpacked'));
  if (!unpacked) throw new Error(`electron-builder wrote no *-unpacked folder to ${output}`);
  return {
    resourcesDir: join(output, unpacked, 'resources'),
    mainModules: chunks.get('index.js') ?? [],
  };
}
