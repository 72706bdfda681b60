/**
 * An author importing a big question bank, in a process the staged-import
 * test kills part-way. Opens the app on DATA_DIR, signs in, and imports an
 * Aiken file of COUNT questions, printing `saving DONE` after each staged
 * transaction and `done COMMITTED ID` at the end. Run as a bundled script:
 * `node import-child.mjs DATA_DIR COUNT`.
 */
import { writeSync } from 'node:fs';
import { createCore } from '@main/app/core';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import type { ImportProgress } from '@shared/domain/imports';

const say = (line: string): void => {
  // Synchronous, so a line is on the pipe before the next transaction starts.
  writeSync(1, `${line}\n`);
};

async function main(): Promise<void> {
  const [dataDir, count] = process.argv.slice(2);
  if (!dataDir || !count) throw new Error('usage: import-child DATA_DIR COUNT');
  const core = await createCore({
    dataDir,
    seedDemo: true,
    startSync: false,
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
  });
  const caller = { sessionKey: 'import-child', transport: 'test' as const, ipAddress: null };
  const call = async <K extends MethodName>(method: K, input: MethodInput<K>) => {
    const result = (await core.router.dispatch(method, input, caller)) as ApiResult<
      MethodOutput<K>
    >;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await call('auth.signIn', { email: 'author@northfield.example', password: 'demo1234' });
  core.events.subscribe((name, payload) => {
    const progress = payload as ImportProgress;
    if (name === 'import.progress' && progress.phase === 'saving') say(`saving ${progress.done}`);
  });
  const items = Array.from(
    { length: Number(count) },
    (_, n) =>
      `Which of these is number ${String(n)} in the big bank, as the long text says? ${'More words. '.repeat(40)}\nA. This one\nB. That one\nANSWER: A\n`,
  );
  const report = await call('questions.import', {
    format: 'aiken',
    fileName: 'big-bank.txt',
    base64: Buffer.from(items.join('\n')).toString('base64'),
    skipDuplicates: false,
    progressToken: 'import-child-token',
  });
  say(`done ${String(report.committed)} ${report.importId}`);
  await core.close();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(3);
});
