import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { bundleChildScript } from '../../helpers/child-bundle';

// Bundled once, beside node_modules so the native database package resolves; each start is then fast.
let bundle = '';
const ITERATIONS = 200;

interface Run {
  lines: string[];
  stderr: string;
}

interface State {
  attemptId: string;
  order: string[];
  answers: Record<string, unknown>;
  elapsedMs: number;
}

/** Starts the child, resolves with its STATE, and SIGKILLs it `afterMs` later. */
function runOnce(
  dataDir: string,
  salt: number,
  afterMs: number,
): Promise<{ state: State; run: Run }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, String(salt)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { lines: [], stderr: '' };
    let buffer = '';
    let state: State | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no STATE in time:\n${run.lines.join('\n')}\n${run.stderr}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        run.lines.push(line);
        if (line.startsWith('STATE ') && !state) {
          state = JSON.parse(line.slice(6)) as State;
          setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.once('exit', () => {
      clearTimeout(timer);
      if (buffer !== '') run.lines.push(buffer);
      if (state) resolveRun({ state, run });
      else
        reject(new Error(`the child exited before STATE:\n${run.lines.join('\n')}\n${run.stderr}`));
    });
  });
}

describe('crash safety', () => {
  beforeAll(async () => {
    bundle = await bundleChildScript(
      'tests/integration/delivery/support/crash-child.ts',
      'exam-crash-child',
    );
  });

  it(`keeps every acknowledged answer through ${ITERATIONS} SIGKILLs at random moments, and resumes the same attempt`, async () => {
    const dataDir = tempDir('exam-crash-');
    // Per question: every value sent, and how many of them were acknowledged (the last acked index).
    const sent = new Map<string, string[]>();
    const lastAcked = new Map<string, number>();
    let first: State | null = null;
    let previousElapsed = 0;
    let acknowledged = 0;

    const check = (state: State, iteration: number) => {
      if (!first) first = state;
      expect(state.attemptId, `iteration ${iteration}`).toBe(first.attemptId);
      expect(state.order, `iteration ${iteration}`).toEqual(first.order);
      // No time gained by crashing: the clock only moves forward.
      expect(state.elapsedMs, `iteration ${iteration}`).toBeGreaterThanOrEqual(previousElapsed);
      previousElapsed = state.elapsedMs;
      for (const questionId of state.order) {
        const stored = JSON.stringify(state.answers[questionId] ?? null);
        const values = sent.get(questionId) ?? [];
        const acked = lastAcked.get(questionId);
        // The stored answer is the last acknowledged one, or one sent after it whose commit
        // landed just before the kill; never anything older than the acknowledgement.
        const allowed = acked === undefined ? ['null', ...values] : values.slice(acked);
        expect(allowed, `iteration ${iteration}, question ${questionId}`).toContain(stored);
      }
    };

    for (let i = 0; i < ITERATIONS; i += 1) {
      const { state, run } = await runOnce(dataDir, i + 1, Math.floor(Math.random() * 120));
      check(state, i);
      for (const line of run.lines) {
        const [kind, questionId, ...rest] = line.split(' ');
        if (kind === 'ERR' || kind === 'FATAL') throw new Error(`${line}\n${run.stderr}`);
        if (!questionId) continue;
        const value = rest.join(' ');
        if (kind === 'SEND') sent.set(questionId, [...(sent.get(questionId) ?? []), value]);
        if (kind === 'ACK') {
          const values = sent.get(questionId) ?? [];
          lastAcked.set(questionId, values.lastIndexOf(value));
          acknowledged += 1;
        }
      }
    }
    // One more start, with no kill pending mid-save, checks the last round.
    const { state } = await runOnce(dataDir, ITERATIONS + 1, 0);
    check(state, ITERATIONS);
    expect(acknowledged).toBeGreaterThan(ITERATIONS);
    console.log(`[crash-safety] ${ITERATIONS} kills, ${acknowledged} acknowledged saves, all kept`);
  }, 900_000);
});
