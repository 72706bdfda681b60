import { count, eq } from 'drizzle-orm';
import { auditLogs, profiles, questions } from '@db/schema/index';
import { createCore } from '@main/app/core';

/**
 * A child process for the command line tests: `bank-state DATA_DIR [--seed]`
 * seeds the demo organisation (with --seed), or prints the question count and
 * the audit rows (action, who, changes) as JSON. It runs in its own process
 * because the database engine keeps its file lock until the process that
 * opened it exits, and the scripts under test need the file.
 */
const [dataDir, flag] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: bank-state DATA_DIR [--seed]');
const core = await createCore({
  dataDir,
  seedDemo: flag === '--seed',
  startSync: false,
});
try {
  const [q] = await core.env.db().select({ n: count() }).from(questions);
  const audit = await core.env
    .db()
    .select({ action: auditLogs.action, email: profiles.email, changes: auditLogs.changes })
    .from(auditLogs)
    .leftJoin(profiles, eq(profiles.id, auditLogs.userId));
  console.log(JSON.stringify({ questions: q?.n ?? 0, audit }));
} finally {
  await core.close();
}
