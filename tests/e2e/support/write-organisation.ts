import { transactionRunner } from '@db/transaction';
import { openDatabase } from '@db/open';
import { databasePath } from '@main/app/data-dir';
import { systemClock } from '@main/app/system-clock';
import { newId } from '@shared/ids';
import { writePlainOrganisation, type PlainOrganisation } from '../../helpers/plain-organisation';

/**
 * `write-organisation.ts DATA_DIR ORGANISATION_JSON`: writes the organisation
 * into that folder's database and exits, so the database's file lock goes with
 * the process before a preview opens the same file.
 */
const [dataDir, json] = process.argv.slice(2);
if (dataDir === undefined || json === undefined) {
  throw new Error('usage: write-organisation.ts DATA_DIR ORGANISATION_JSON');
}
const database = await openDatabase({ path: databasePath(dataDir) });
try {
  await writePlainOrganisation(
    {
      db: () => database.db,
      transaction: transactionRunner(() => database),
      clock: systemClock,
      ids: newId,
      deviceId: `device-${newId()}`,
    },
    JSON.parse(json) as PlainOrganisation,
  );
} finally {
  await database.close();
}
