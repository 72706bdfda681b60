import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '@main/app/core';
import type { ImportJson } from '@main/cli/import-report-output';
import { readQuestionFile } from '@main/services/files/read-file';
import { DEMO_PASSWORD, demoEmail } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { fixtureDir } from '../../unit/interchange/fixtures';
import { bundleChild } from '../sync/support/child-process';

const root = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the scripts as `npm run import`/`export` does (tsx on the source), on a data folder. */
async function cli(
  script: 'question-import' | 'question-export',
  args: string[],
  env: Record<string, string>,
): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `electron/cli/${script}.ts`, ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let dataDir = '';
let stateScript = '';
const as = (who: keyof typeof demoEmail) => ({
  EXAM_DATA_DIR: dataDir,
  EXAM_USER: demoEmail[who],
  EXAM_PASSWORD: DEMO_PASSWORD,
});

interface BankState {
  questions: number;
  audit: Array<{ action: string; email: string | null; changes: string | null }>;
}

/** The bank as the scripts left it, read in a child process (see support/bank-state.ts). */
async function bankState(): Promise<BankState> {
  const { stdout } = await run(process.execPath, [stateScript, dataDir], { cwd: root });
  return JSON.parse(stdout) as BankState;
}

const questionCount = async () => (await bankState()).questions;
const auditOf = async (action: string) =>
  (await bankState()).audit.filter((row) => row.action === action);

beforeAll(async () => {
  dataDir = tempDir('exam-cli-', 'file');
  stateScript = await bundleChild('tests/integration/admin/support/bank-state.ts');
  await run(process.execPath, [stateScript, dataDir, '--seed'], { cwd: root });
});

describe('npm run import', () => {
  const gift = join(fixtureDir, 'all-types.gift');

  it('checks a file with --dry-run --json: the same items as the reader, counts by type, nothing saved', async () => {
    const before = await questionCount();
    const ran = await cli('question-import', [gift, '--dry-run', '--json'], as('author'));
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const json = JSON.parse(ran.stdout) as ImportJson;
    expect(json).toMatchObject({
      file: 'all-types.gift',
      format: 'gift',
      dryRun: true,
      committed: false,
      rejection: null,
    });
    expect(json.counts.total).toBe(15);
    const importable = json.items.filter((i) => i.status === 'would_import');
    expect(json.counts.importable).toBe(importable.length);
    const byType: Record<string, number> = {};
    for (const i of importable) if (i.type) byType[i.type] = (byType[i.type] ?? 0) + 1;
    expect(json.byType).toEqual(byType);
    expect(json.items[0]).toEqual({
      index: 1,
      line: 4,
      column: 1,
      label: 'Capital',
      status: 'would_import',
      reason: null,
      field: null,
      questionId: null,
      type: 'single_choice',
      text: 'What is the capital of Australia?',
      options: [
        { id: 'a', text: 'Canberra' },
        { id: 'b', text: 'Sydney' },
        { id: 'c', text: 'Melbourne' },
      ],
      key: { optionId: 'a' },
      weights: { a: 1, b: 0, c: 0 },
      marks: 1,
      tags: ['Geography'],
      mediaCount: 0,
      warnings: [],
    });
    expect(json.items[1]).toMatchObject({
      type: 'multiple_response',
      key: { optionIds: ['a', 'b'] },
      weights: { a: 0.5, b: 0.5, c: -1 },
    });
    expect(json.items[11]).toMatchObject({
      status: 'would_import',
      line: 38,
      column: 1,
      reason: null,
      type: 'matching',
      text: 'Match the capitals.',
    });
    // What the reader made of the file, item for item.
    const read = readQuestionFile('gift', readFileSync(gift), 'all-types.gift');
    expect(json.items.map((i) => [i.line, i.column, i.warnings])).toEqual(
      read.items.map((i) => [i.line, i.column, i.warnings]),
    );
    expect(await questionCount()).toBe(before);
  });

  it('imports, prints the report the screen shows, and audits it under the person who ran it', async () => {
    const before = await questionCount();
    const csv = join(fixtureDir, 'european-excel.csv');
    const ran = await cli('question-import', [csv], as('author'));
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('european-excel.csv (csv): 4 items');
    expect(ran.stdout).toMatch(
      /row 5, line 6:28 +skipped +answer: a numeric question needs a number/,
    );
    expect(ran.stdout).toMatch(
      /row 4, line 4:1 +imported +short_answer +Welche Stadt\? \/ Ein Wort\./,
    );
    expect(ran.stdout.trim().split('\n').at(-1)).toBe('Imported 3 questions. 1 item skipped.');
    expect(await questionCount()).toBe(before + 3);
    const audit = await auditOf('questions.import');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.email).toBe(demoEmail.author);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({
      import: [null, { format: 'csv', fileName: 'european-excel.csv', imported: 3, skipped: 1 }],
    });
  });

  it('exits 1 when nothing can be imported, and audits the refusal', async () => {
    const bad = join(tempDir('exam-cli-file-', 'file'), 'bad.txt');
    writeFileSync(bad, 'A question with no options\nANSWER: A\n');
    const before = await questionCount();
    const ran = await cli('question-import', [bad, '--format', 'aiken'], as('admin'));
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(
      /line 1:1 +skipped +.*the question has no options before its ANSWER line/,
    );
    expect(ran.stdout.trim().split('\n').at(-1)).toMatch(/^Nothing was imported: /);
    expect(await questionCount()).toBe(before);
    const refused = await auditOf('questions.import_rejected');
    expect(refused.map((r) => r.email)).toEqual([demoEmail.admin]);
  });

  it('refuses a student, wrong passwords and bad arguments with exit 2, saving nothing', async () => {
    const before = await questionCount();
    const student = await cli('question-import', [gift], as('student1'));
    expect(student.code).toBe(2);
    expect(student.stderr).toContain(
      `${demoEmail.student1} is a student; importing and exporting questions needs an admin or an author`,
    );
    const wrong = await cli('question-import', [gift], { ...as('author'), EXAM_PASSWORD: 'nope' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/signing in as author@northfield\.example failed/);
    const format = await cli('question-import', [gift, '--format', 'docx'], as('author'));
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(
      /--format must be auto or one of gift, moodle-xml, aiken, csv, qti/,
    );
    const missing = await cli('question-import', ['/nonexistent/bank.gift'], as('author'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/bank\.gift: ENOENT/);
    expect(await questionCount()).toBe(before);
  });

  it('tells a Moodle XML file by its <quiz>, and reports it with weights, media and positions', async () => {
    const before = await questionCount();
    const file = join(fixtureDir, 'moodle/all-types.moodle.xml');
    const ran = await cli('question-import', [file, '--dry-run', '--json'], as('author'));
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const json = JSON.parse(ran.stdout) as ImportJson;
    expect(json).toMatchObject({
      format: 'moodle-xml',
      counts: { total: 21, importable: 16, skipped: 5 },
      byType: { single_choice: 2, multiple_response: 2, cloze: 3, description: 1 },
    });
    expect(json.items[0]).toMatchObject({
      line: 12,
      label: 'Capital of Australia',
      weights: { a: 1, b: 0.5, c: 0.25, d: 0 },
      mediaCount: 1,
    });
    expect(json.items[16]).toMatchObject({
      line: 247,
      status: 'skipped',
      reason: expect.stringMatching(/"calculated"/) as unknown,
    });
    expect(await questionCount()).toBe(before);
  });
});

describe('npm run export', () => {
  it('writes the tagged questions, which import again to the same ones', async () => {
    const out = join(tempDir('exam-cli-out-', 'file'), 'maths.gift');
    const ran = await cli(
      'question-export',
      ['--format', 'gift', '--out', out, '--tag', 'mathe'],
      as('admin'),
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`Wrote 1 question to ${out}.`);
    const read = readQuestionFile('gift', readFileSync(out), 'maths.gift');
    expect(read.items).toHaveLength(1);
    expect(read.items[0]).toMatchObject({
      ok: true,
      content: {
        type: 'numeric',
        text: 'Wie viel ist 1/4?',
        tags: ['mathe'],
        key: { value: 0.25 },
      },
    });
    const none = await cli(
      'question-export',
      ['--format', 'csv', '--out', `${out}.csv`, '--tag', 'no-such-tag'],
      as('admin'),
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Nothing was exported: No questions match/);
  });
});

describe('while the app has the database open', () => {
  // Last in the file: the engine keeps this process's lock on the file until the process ends.
  it('says so and exits 2, instead of failing on the lock', async () => {
    const app = await createCore({ dataDir, seedDemo: false, startSync: false });
    try {
      const ran = await cli('question-import', [join(fixtureDir, 'all-types.gift')], as('author'));
      expect(ran.code).toBe(2);
      expect(ran.stderr.trim()).toBe(
        `the database ${join(dataDir, 'exam.db')} is open in another program (is Exam Desk running?); close it and try again`,
      );
    } finally {
      await app.close();
    }
  });
});
