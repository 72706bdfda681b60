import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { newId } from '@shared/ids';
import { exportRescue } from '../services/backup/rescue-export';

const USAGE = `Usage: npm run rescue -- DATA_DIR --out FILE [--all]
  Reads the unsent attempts of a computer's data folder (also one the app cannot open:
  whatever can be read, from the database and its newest snapshot) and writes them,
  signed with the computer's key, to FILE. Import FILE on any enrolled computer of the
  organisation: Admin -> Backup -> Import a rescue file.
  --all   every attempt the computer ran, not only those not yet sent`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, all: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dataDir = positionals[0];
  if (!dataDir || positionals.length > 1 || !values.out) {
    console.error(USAGE);
    return 1;
  }
  const written = await exportRescue({
    dataDir,
    nowIso: new Date().toISOString(),
    newId,
    everything: values.all ?? false,
  });
  writeFileSync(values.out, written.text, { mode: 0o600 });
  console.log(
    `Wrote ${values.out} (rescue ${written.rescueId}) from ${written.readFrom.join(', ')}:`,
  );
  for (const [table, n] of Object.entries(written.counts)) console.log(`  ${table}: ${n}`);
  for (const problem of written.problems) console.warn(`  could not read: ${problem}`);
  if (written.unregisteredKey) {
    console.warn(
      'This computer never registered a signing key with its organisation (it was not enrolled with this version), so other computers will refuse the file.',
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
