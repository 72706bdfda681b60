/**
 * A device process for the resume test: opens the app database at DB,
 * enrolled at URL under the engine client name NAME, and pushes what is
 * waiting, printing `taken ROWS MARK` for each push batch the server answered.
 * The parent kills it part-way with SIGKILL. Run as a bundled script:
 * `node push-batch-child.mjs DB URL NAME`.
 */
import { openDatabase } from '@db/open';
import { describePushRequest } from '@db/sync/push-request';

async function main(): Promise<void> {
  const [path, url, clientName] = process.argv.slice(2);
  if (!path || !url || !clientName) throw new Error('usage: push-batch-child DB URL NAME');
  const database = await openDatabase({
    path,
    remote: {
      url: () => url,
      clientName,
      fetch: async (input, init) => {
        const batch = describePushRequest(init?.body);
        const response = await fetch(input, init);
        if (batch && response.ok) {
          process.stdout.write(`taken ${batch.rowChanges} ${batch.watermark}\n`);
        }
        return response;
      },
    },
  });
  await database.client.push();
  process.stdout.write('pushed\n');
  await database.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
});
