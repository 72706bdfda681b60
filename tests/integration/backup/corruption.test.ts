import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError } from '@db/backup/damage';
import { databasePath } from '@main/app/data-dir';
import { restoreOffline } from '@main/services/backup/recovery';
import { createTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { offlineContext } from '@main/cli/offline-context';
import { writeAnswers } from '../sync/support/answers';
import { newDevice, rows } from '../sync/support/devices';

/**
 * A computer whose database is damaged while the app is closed. Every answer
 * was acknowledged (its save committed). The app must refuse to open the
 * damaged file, and the recovery (newest snapshot, then whatever the damaged
 * file still gives) must bring every answer back that is still anywhere on
 * the disk.
 */
async function damagedComputer(): Promise<{
  dataDir: string;
  beforeSnapshot: string[];
  afterSnapshot: string[];
}> {
  const dataDir = tempDir('exam-damaged-');
  const device = await newDevice({ dataDir });
  const early = await writeAnswers(device, 30);
  // The sync runner checkpoints every few minutes: most of the data is in the main file then.
  await device.core.database.client.checkpoint();
  const beforeSnapshot = [...early, ...(await writeAnswers(device, 10))];
  await device.core.backup.snapshot('scheduled');
  const afterSnapshot = await writeAnswers(device, 10);
  await device.core.close();
  return { dataDir, beforeSnapshot, afterSnapshot };
}

async function answersIn(dataDir: string): Promise<string[]> {
  const device = await newDevice({ dataDir });
  return (await rows<{ id: string }>(device, 'SELECT id FROM attempt_answers ORDER BY id')).map(
    (r) => r.id,
  );
}

async function refusedWith(dataDir: string): Promise<DatabaseDamagedError> {
  const error: unknown = await createTestCore({ dataDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseDamagedError);
  return error as DatabaseDamagedError;
}

describe('a damaged database at start', () => {
  it('cut short: refused before anything writes, recovered with every answer', async () => {
    const { dataDir, beforeSnapshot, afterSnapshot } = await damagedComputer();
    const path = databasePath(dataDir);
    const size = readFileSync(path).length;
    truncateSync(path, Math.floor(size / 2) + 100);
    const untouched = readFileSync(path);
    const error = await refusedWith(dataDir);
    expect(error.problems.join(' ')).toContain('cut short');
    expect(readFileSync(path).equals(untouched)).toBe(true);

    const result = await restoreOffline(await offlineContext(dataDir), null);
    expect(result.damaged.length).toBeGreaterThan(0);
    expect(await answersIn(dataDir)).toEqual([...beforeSnapshot, ...afterSnapshot].sort());
  });

  it('bytes flipped in the main file: refused, recovered with every answer', async () => {
    const { dataDir, beforeSnapshot, afterSnapshot } = await damagedComputer();
    const path = databasePath(dataDir);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the headers of pages 2 to 6 (b-tree pages the check walks).
    for (let page = 1; page <= 5; page += 1) {
      for (let i = 0; i < 64; i += 1) bytes[page * pageSize + i] = 0xa5;
    }
    writeFileSync(path, bytes);
    const error = await refusedWith(dataDir);
    expect(error.problems.length).toBeGreaterThan(0);

    await restoreOffline(await offlineContext(dataDir), null);
    expect(await answersIn(dataDir)).toEqual([...beforeSnapshot, ...afterSnapshot].sort());
  });

  it('the WAL deleted: refused; the snapshot brings back what it holds, the commits only the WAL held are gone', async () => {
    const { dataDir, beforeSnapshot, afterSnapshot } = await damagedComputer();
    rmSync(`${databasePath(dataDir)}-wal`);
    const error = await refusedWith(dataDir);
    expect(error.problems.join(' ')).toContain('WAL was deleted');

    await restoreOffline(await offlineContext(dataDir), null);
    const after = await answersIn(dataDir);
    // Saved before the snapshot: back. Saved after it and never checkpointed: they were only in
    // the deleted WAL, so nothing on this computer has them (a synced computer gets them back
    // from the server: npm run db:restore -- --from-server).
    expect(after).toEqual([...beforeSnapshot].sort());
    for (const id of afterSnapshot) expect(after).not.toContain(id);
  });
});
