import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { bundleChildScript } from '../../helpers/child-bundle';
import { PLAY_LIMIT } from './support/plays-limit';

const root = resolve(import.meta.dirname, '../../..');
const bundle = join(root, 'node_modules/.cache/exam-plays-child/child.mjs');
const KILLS = 25;
// Kills land within this long after the child is ready; each play takes a few milliseconds.
const KILL_WITHIN_MS = 25;

/** Runs the child until it prints LIMIT or is killed `afterMs` after its STATE; answers what it printed. */
function runOnce(dataDir: string, afterMs: number | null): Promise<string[]> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child hung:\n${lines.join('\n')}\n${stderr}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (line.startsWith('STATE ') && afterMs !== null) {
          setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', () => {
      clearTimeout(timer);
      if (buffer !== '') lines.push(buffer);
      const bad = lines.find((l) => l.startsWith('FATAL') || l.startsWith('ERR'));
      if (bad) reject(new Error(`${bad}\n${stderr}`));
      else resolveRun(lines);
    });
  });
}

describe('audio plays through crashes', () => {
  beforeAll(async () => {
    // The helper writes node_modules/.cache/NAME/child.mjs, the path `bundle` names.
    await bundleChildScript(
      'tests/integration/delivery/support/plays-child.ts',
      'exam-plays-child',
    );
  });

  it(`keeps every counted play through ${KILLS} SIGKILLs, and the limit holds after them`, async () => {
    const dataDir = tempDir('exam-plays-');
    let acked = 0;
    let inFlight = false;
    let killedMidCount = 0;
    for (let i = 0; i < KILLS; i += 1) {
      const lines = await runOnce(dataDir, Math.floor(Math.random() * KILL_WITHIN_MS));
      const state = JSON.parse(lines.find((l) => l.startsWith('STATE '))!.slice(6)) as {
        plays: number;
      };
      // Every acknowledged play is there; a play sent but not acknowledged may have landed.
      expect(state.plays, `kill ${i}`).toBeGreaterThanOrEqual(acked);
      expect(state.plays, `kill ${i}`).toBeLessThanOrEqual(acked + (inFlight ? 1 : 0));
      acked = state.plays;
      inFlight = false;
      for (const line of lines) {
        if (line === 'SEND') inFlight = true;
        if (line.startsWith('ACK ')) {
          acked = Number(line.slice(4));
          inFlight = false;
        }
      }
      if (lines.includes('LIMIT')) break;
      killedMidCount += 1;
    }
    // The kills landed while plays were being counted, not only after the last one.
    expect(killedMidCount).toBeGreaterThanOrEqual(5);
    // Run to the end: the count stops at the limit, and one more play is refused.
    const last = await runOnce(dataDir, null);
    const acks = last.filter((l) => l.startsWith('ACK ')).map((l) => Number(l.slice(4)));
    expect(last.at(-1)).toBe('LIMIT');
    expect(acks.at(-1) ?? acked).toBe(PLAY_LIMIT);
    const again = await runOnce(dataDir, null);
    expect(again.filter((l) => l.startsWith('ACK '))).toEqual([]);
    expect(JSON.parse(again[0]!.slice(6))).toEqual({ plays: PLAY_LIMIT });
    expect(again.at(-1)).toBe('LIMIT');
  }, 600_000);
});
