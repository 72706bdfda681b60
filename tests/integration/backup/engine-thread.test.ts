import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabaseContent } from '@db/backup/content-check';
import { digestFiles } from '@db/backup/engine-thread';
import { createTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

describe('database checks and digests on a worker thread', () => {
  it('checks the database while the main thread never yields: the work is on another thread', async () => {
    const core = await createTestCore();
    await core.database.client.checkpoint();
    const scratch = tempDir('exam-engine-scratch-');
    const check = checkDatabaseContent(core.database.path, scratch);
    // The main thread spins without yielding until the check's scratch copy has come and gone.
    const deadline = Date.now() + 30_000;
    let seen = false;
    let done = false;
    while (!done && Date.now() < deadline) {
      const inUse = existsSync(scratch) && readdirSync(scratch).length > 0;
      if (inUse) seen = true;
      done = seen && !inUse;
    }
    expect({ seen, done }).toEqual({ seen: true, done: true });
    const report = await check;
    expect(report.problems).toEqual([]);
    const questions = (await core.database.client.get('SELECT count(*) AS n FROM questions')) as {
      n: number;
    };
    expect(report.rowCounts.questions).toBe(questions.n);
    expect(report.schemaVersion).toBeGreaterThan(0);
  });

  it('names what is wrong with a file that is not a database, and fails for one that is missing', async () => {
    const dir = tempDir('exam-engine-');
    const notADatabase = join(dir, 'notes.db');
    writeFileSync(notADatabase, 'these are not the pages of a database '.repeat(200));
    const report = await checkDatabaseContent(notADatabase, join(dir, 'scratch'));
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.join(' ')).toMatch(/cannot open it|integrity check|reading the tables/);
    await expect(
      checkDatabaseContent(join(dir, 'absent.db'), join(dir, 'scratch')),
    ).rejects.toThrow(/absent\.db/);
    // The thread answers the next job after one that failed.
    const [digest] = await digestFiles([notADatabase]);
    expect(digest?.bytes).toBe(readFileSync(notADatabase).length);
  });

  it('runs background jobs below the main thread’s priority on Linux, where threads have their own', async () => {
    if (process.platform !== 'linux') return;
    const dir = tempDir('exam-engine-');
    writeFileSync(join(dir, 'one'), 'one');
    const niceOf = (tid: string): number => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name; nice is the 19th field of the whole line.
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const nices = () => readdirSync('/proc/self/task').map(niceOf);
    await digestFiles([join(dir, 'one')], 'background');
    expect(nices()).toContain(10);
    expect(getPriority(0)).toBe(0);
  });

  it('digests each file: its size and SHA-256, in the order asked', async () => {
    const dir = tempDir('exam-engine-');
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    big.write('the end', big.length - 7);
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'empty'), '');
    const digests = await digestFiles([join(dir, 'big'), join(dir, 'empty')]);
    expect(digests).toEqual([
      {
        path: join(dir, 'big'),
        bytes: big.length,
        sha256: createHash('sha256').update(big).digest('hex'),
      },
      { path: join(dir, 'empty'), bytes: 0, sha256: createHash('sha256').digest('hex') },
    ]);
  });
});
