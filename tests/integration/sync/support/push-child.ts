/**
 * A device process for the kill tests: opens the app database enrolled at
 * URL, commits answers one transaction each (printing each id once its commit
 * returned), then pushes until it is done. The parent kills it with SIGKILL at
 * random points. Run as a bundled script: `node push-child.mjs DB URL COUNT [wire]`.
 *
 * With `wire` it pushes as the app's runner does, through the sync transport,
 * which merges consecutive compact statements on the wire: it prints the mode
 * its database opened in (`mode compact` once the schema change of the first
 * open has been pushed and pulled), and `merged` for each push request that
 * carried more row changes than steps. Its first run (COUNT 0) pulls after
 * pushing, so later runs open compact.
 */
import { randomUUID } from 'node:crypto';
import { openDatabase } from '@db/open';
import { describePushRequest } from '@db/sync/push-request';
import { SyncTransport } from '@main/services/sync/transport';

/** Steps around a push batch's row changes (see describePushRequest). */
const FRAMING_STEPS = 4;

function stepsIn(body: unknown): number {
  if (!(body instanceof Uint8Array)) return 0;
  return Buffer.from(body).toString('utf8').split('"stmt":{').length - 1;
}

async function main(): Promise<void> {
  const [path, url, countText, mode] = process.argv.slice(2);
  if (!path || !url) throw new Error('usage: push-child DB URL COUNT [wire]');
  const count = Number(countText ?? '20');
  const wire = mode === 'wire';
  const transport = new SyncTransport({
    fetch: (input, init) => {
      const batch = describePushRequest(init?.body);
      if (batch && batch.rowChanges > stepsIn(init?.body) - FRAMING_STEPS) {
        process.stdout.write('merged\n');
      }
      return fetch(input, init);
    },
  });
  const database = await openDatabase({
    path,
    remote: { url: () => url, ...(wire ? { fetch: transport.fetch } : {}) },
  });
  if (wire) process.stdout.write(`mode ${database.pushStatements}\n`);
  const { client } = database;
  const org = (await client.get("SELECT id FROM clients WHERE id = 'kill-org'")) as
    { id: string } | undefined;
  if (!org) {
    await client.transactionAsync(async (tx) => {
      await tx.run("INSERT INTO clients (id, name) VALUES ('kill-org', 'Kill test')");
      await tx.run(
        "INSERT INTO profiles (id, name, email, client_id, role) VALUES ('kill-student', 'S', 's@kill.example', 'kill-org', 'student')",
      );
      await tx.run(
        "INSERT INTO tests (id, client_id, test_name) VALUES ('kill-test', 'kill-org', 'T')",
      );
    })();
    for (let i = 0; i < 40; i += 1) {
      await client.run(
        "INSERT INTO questions (id, client_id, question_text, question_type) VALUES (?, 'kill-org', 'Q', 'essay')",
        `kill-q-${i}`,
      );
    }
  }
  const attemptId = randomUUID();
  await client.run(
    "INSERT INTO attempts (id, student_id, test_id, client_id, status) VALUES (?, 'kill-student', 'kill-test', 'kill-org', 'in_progress')",
    attemptId,
  );
  process.stdout.write(`attempt ${attemptId}\n`);
  for (let i = 0; i < count; i += 1) {
    const id = randomUUID();
    await client.transactionAsync(async (tx) => {
      await tx.run(
        "INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer) VALUES (?, ?, ?, 'kill-org', ?)",
        id,
        attemptId,
        `kill-q-${i % 40}`,
        `answer ${i}`,
      );
      // On the wire, answers in a row merge; the attempt's update between them ends a run.
      if (!wire || i % 3 === 2) {
        await tx.run('UPDATE attempts SET elapsed_ms = elapsed_ms + 1000 WHERE id = ?', attemptId);
      }
    })();
    process.stdout.write(`committed ${id}\n`);
  }
  for (let round = 0; round < 3; round += 1) {
    process.stdout.write('push-start\n');
    await client.push();
    process.stdout.write('push-done\n');
  }
  // The first run takes its own schema change back with a pull, so the next open is compact.
  if (wire && count === 0) await client.pull();
  await database.close();
  process.stdout.write('exit\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
});
