import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  bundleEngineWorkerBeside,
  bundleQuestionFileWorkerBeside,
  bundleRescueExportWorkerBeside,
} from '../../../helpers/engine-worker-bundle';

const root = resolve(import.meta.dirname, '../../../..');

/**
 * Bundles a TypeScript entry into one ESM file under node_modules/.cache, so
 * each child starts in plain Node in a fraction of a second (the kill tests
 * start hundreds) and still resolves the installed packages.
 */
export async function bundleChild(entry: string): Promise<string> {
  const outDir = join(root, 'node_modules', '.cache', 'exam-desk-tests');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(
    outDir,
    `${entry.split('/').pop()?.replace(/\.ts$/, '')}-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  await bundleEngineWorkerBeside(outfile);
  // Imports read their file in this worker thread, looked for beside the bundle.
  await bundleQuestionFileWorkerBeside(outfile);
  // A rescue file is read and signed in this worker thread, looked for beside the bundle.
  await bundleRescueExportWorkerBeside(outfile);
  return outfile;
}

export interface ChildRun {
  child: ChildProcess;
  lines: string[];
  /** Resolves when a line satisfying `match` is printed (or the child exits first: null). */
  waitForLine(match: (line: string) => boolean): Promise<string | null>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function runChild(script: string, args: string[]): ChildRun {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let buffer = '';
  const waiters: Array<{
    match: (line: string) => boolean;
    resolve: (line: string | null) => void;
  }> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let at = buffer.indexOf('\n');
    while (at >= 0) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
      at = buffer.indexOf('\n');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((r) => {
    child.once('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.resolve(null);
      r({ code, signal, stderr });
    });
  });
  return {
    child,
    lines,
    exited,
    waitForLine(match) {
      const found = lines.find(match);
      if (found !== undefined) return Promise.resolve(found);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(null);
      return new Promise((r) => waiters.push({ match, resolve: r }));
    },
  };
}
