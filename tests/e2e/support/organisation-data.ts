import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PlainOrganisation } from '../../helpers/plain-organisation';

const root = resolve(import.meta.dirname, '../../..');

/**
 * A data folder whose database holds one organisation that is not the demo
 * one, as a computer that joined a real organisation would have. The preview
 * started on it seeds nothing (there is an organisation already). Written in
 * a child process: the database keeps its file locked until its process ends.
 */
export function dataDirWithOrganisation(organisation: PlainOrganisation): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'exam-e2e-org-'));
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'tests/e2e/support/write-organisation.ts'),
      dataDir,
      JSON.stringify(organisation),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`Could not write the organisation:\n${run.stderr}`);
  return dataDir;
}
