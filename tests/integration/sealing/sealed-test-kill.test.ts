import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { bundleChildScript } from '../../helpers/child-bundle';
import { rawHits } from '../../helpers/raw-scan';
import { tempDir } from '../../helpers/temp-dir';
import { SEALED_TEXT } from './support/sealed-paper';

let bundle = '';

interface ChildState {
  testId: string;
  attemptId: string;
  questionIds: string[];
}

/** Runs the child until it prints STATE, then kills it with SIGKILL; answers the state it printed. */
function runAndKill(dataDir: string): Promise<ChildState> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let state: ChildState | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child hung:\n${buffer}\n${stderr}`));
    }, 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n')) {
        if (line.startsWith('FATAL')) reject(new Error(`${line}\n${stderr}`));
        if (line.startsWith('STATE ') && state === null) {
          state = JSON.parse(line.slice(6)) as ChildState;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (state && signal === 'SIGKILL') resolveRun(state);
      else reject(new Error(`the child ended without being killed:\n${buffer}\n${stderr}`));
    });
  });
}

describe('a sealed test through a kill', () => {
  beforeAll(async () => {
    bundle = await bundleChildScript(
      'tests/integration/sealing/support/sealed-child.ts',
      'exam-sealed-child',
    );
  }, 120_000);

  it('is still sealed at rest after a SIGKILL mid-exam, and the attempt resumes readable in a new process', async () => {
    const dataDir = tempDir('exam-sealed-kill-');
    const state = await runAndKill(dataDir);
    const texts = Object.values(SEALED_TEXT);
    expect(rawHits(dataDir, texts)).toEqual([]);

    const core = await createTestCore({ dataDir });
    const proctor = await signedIn(core, 'proctor');
    const { code } = await proctor.ok('proctor.issueResumeCode', { attemptId: state.attemptId });
    const student = await signedIn(core, 'student1');
    const resumed = await student.ok('exams.resume', {
      attemptId: state.attemptId,
      resumeCode: code,
    });
    expect(resumed.questions.map((q) => q.text)).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
    // The answer saved before the kill is there.
    expect(resumed.answers.find((a) => a.questionId === state.questionIds[0])?.answer).toEqual({
      type: 'single_choice',
      optionId: 'a',
    });
    const result = await student.ok('exams.submit', { attemptId: state.attemptId });
    expect(result.score).toBe(2);
  }, 180_000);
});
