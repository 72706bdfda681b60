import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportRescue, OtherOrganisationFolder } from '@main/services/backup/rescue-export';
import { exportRescueOffThread } from '@main/services/backup/rescue-export-thread';
import { readRescueFile } from '@main/services/backup/rescue-file';
import { scratchRoot } from '@main/services/backup/snapshot-store';
import { createTestCore } from '../../helpers/core';
import { prepareDemoFixture } from '../../helpers/fixtures';

describe('a rescue export on a worker thread', () => {
  it('reads and signs the file while the main thread never yields: the work is on another thread', async () => {
    const core = await createTestCore();
    const fx = await prepareDemoFixture(core);
    await core.database.client.checkpoint();
    const scratch = scratchRoot(core.dataDir);
    const options = {
      dataDir: core.dataDir,
      nowIso: '2026-06-01T12:00:00.000Z',
      newId: () => 'rescue-off-thread',
      everything: true,
    };
    const exported = exportRescueOffThread(options);
    // The main thread spins without yielding until the export's scratch copy has come and gone:
    // run on this thread, the export could not even start, and the copy would never appear.
    const deadline = Date.now() + 60_000;
    let seen = false;
    let done = false;
    while (!done && Date.now() < deadline) {
      const inUse = existsSync(scratch) && readdirSync(scratch).length > 0;
      if (inUse) seen = true;
      done = seen && !inUse;
    }
    expect({ seen, done }).toEqual({ seen: true, done: true });
    const written = await exported;

    expect(written.rescueId).toBe('rescue-off-thread');
    expect(written.deviceId).toBe(core.device.deviceId);
    const { payload } = readRescueFile(written.text);
    expect(payload.organisationId).toBe(fx.clientId);
    expect(payload.tables.attempts.map((a) => a.id)).toContain(fx.openAttemptId);
    // The same rows as the export run here, apart from nothing.
    const inline = await exportRescue(options);
    expect(written.counts).toEqual(inline.counts);
    expect(payload.tables).toEqual(readRescueFile(inline.text).payload.tables);
    await core.close();
  });

  it('hands back the refusal of another organisation’s folder as the same error, and a plain one for a folder that is not a data folder', async () => {
    const core = await createTestCore();
    await prepareDemoFixture(core);
    await core.database.client.checkpoint();
    const refused = exportRescueOffThread({
      dataDir: core.dataDir,
      nowIso: '2026-06-01T12:00:00.000Z',
      newId: () => 'rescue-refused',
      organisationId: 'another-organisation',
    });
    await expect(refused).rejects.toBeInstanceOf(OtherOrganisationFolder);
    await expect(refused).rejects.toThrow(`${core.dataDir} holds the data of another organisation`);
    await expect(
      exportRescueOffThread({
        dataDir: scratchRoot(core.dataDir),
        nowIso: '2026-06-01T12:00:00.000Z',
        newId: () => 'rescue-nowhere',
      }),
    ).rejects.toThrow(/has no device\.json: it is not an Exam Desk data folder/);
    await core.close();
  });
});
