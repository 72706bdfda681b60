import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '@db/tenant';
import type { FileDialogs } from '@main/services/backup/file-dialogs';
import { readRescueFile } from '@main/services/backup/rescue-file';
import type { RescueWriteResult } from '@shared/domain/backup';
import { sequentialIds } from '@shared/ids';
import { registerSigningKey } from '@main/services/backup/signing-key-registration';
import { createTestCore, signedIn, type TestClient } from '../../helpers/core';
import { prepareDemoFixture, type DemoFixture } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/temp-dir';

type Written = Extract<RescueWriteResult, { written: true }>;

function writtenOf(result: RescueWriteResult): Written {
  if (!result.written) throw new Error('no rescue file was written');
  return result;
}

function downloaded(result: RescueWriteResult): string {
  const { delivery } = writtenOf(result);
  if (delivery.kind !== 'download')
    throw new Error(`the file was ${delivery.kind}, not handed back`);
  return delivery.fileText;
}

async function exportRows(admin: TestClient): Promise<number> {
  const rows = await admin.ok('audit.list', { action: 'rescue.export' });
  return rows.length;
}

async function withBreak(core: Awaited<ReturnType<typeof createTestCore>>, fx: DemoFixture) {
  const student: TenantContext = {
    clientId: fx.clientId,
    profileId: fx.people.student1,
    role: 'student',
  };
  await core.exam.exams.requestBreak(student, fx.openAttemptId);
}

describe('writing a rescue file from the Backup screen', () => {
  it('of this computer: a signed file of its unsent attempts with their breaks, audited, imported exactly once', async () => {
    const core = await createTestCore();
    const fx = await prepareDemoFixture(core);
    await withBreak(core, fx);
    // As on enrolment: the organisation knows this computer's key, so its files are accepted.
    await registerSigningKey(core.env, core.dataDir);
    const admin = await signedIn(core, 'admin');

    const result = writtenOf(await admin.ok('backup.writeRescue', { from: 'this-computer' }));
    expect(result.fromDevice).toEqual({ id: core.device.deviceId, name: core.device.name });
    expect(result.unregisteredKey).toBe(false);
    const { payload } = readRescueFile(downloaded(result));
    expect(payload.organisationId).toBe(fx.clientId);
    expect(payload.tables.attempts.map((a) => a.id)).toContain(fx.openAttemptId);
    expect(payload.tables.attempt_breaks.map((b) => b.attempt_id)).toEqual([fx.openAttemptId]);
    expect(result.counts.attempt_breaks).toBe(1);
    expect(result.counts.attempts).toBe(payload.tables.attempts.length);
    expect(await exportRows(admin)).toBe(1);

    const fileText = downloaded(result);
    const first = await admin.ok('backup.importRescue', { fileText });
    expect(first.alreadyImported).toBe(false);
    expect(first.tables.attempt_breaks).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const second = await admin.ok('backup.importRescue', { fileText });
    expect(second.alreadyImported).toBe(true);
    await core.close();
  });

  it('of another data folder typed in the preview: checked before anything is read', async () => {
    const core = await createTestCore();
    await prepareDemoFixture(core);
    const admin = await signedIn(core, 'admin');
    // Another organisation's computer: its own id stream, so its organisation's id differs.
    const other = await createTestCore({ ids: sequentialIds(Date.UTC(2026, 2, 1), 77) });
    const empty = tempDir('exam-not-a-data-folder-');
    const refusals: Array<[string, RegExp]> = [
      ['relative/path', /^Data folder must be a full path/],
      [core.dataDir, /^Data folder is this computer’s own data folder/],
      [join(empty, 'missing'), /^Data folder is not on this computer/],
      [empty, /^Data folder is not an Exam Desk data folder/],
      [other.dataDir, /^Data folder is one of another organisation/],
    ];
    for (const [folder, message] of refusals) {
      const result = await admin.call('backup.writeRescue', { from: 'folder', folder });
      const error = result.ok ? null : result.error;
      expect(error?.code, folder).toBe('VALIDATION');
      expect(error?.field, folder).toBe('folder');
      expect(error?.message, folder).toMatch(message);
    }
    const missing = await admin.call('backup.writeRescue', { from: 'folder' });
    expect(missing.ok ? 'written' : missing.error.field).toBe('folder');
    expect(await exportRows(admin)).toBe(0);

    const author = await signedIn(core, 'author');
    const refused = await author.call('backup.writeRescue', { from: 'this-computer' });
    expect(refused.ok ? 'written' : refused.error.code).toBe('FORBIDDEN');
    await other.close();
    await core.close();
  });

  it('of another data folder of this organisation: read from its own files and signed with its key', async () => {
    const first = await createTestCore();
    const fx = await prepareDemoFixture(first);
    await withBreak(first, fx);
    await registerSigningKey(first.env, first.dataDir);
    const dataDir = first.dataDir;
    await first.close();
    // The dead computer's disk, copied off it; this computer opens its own folder again.
    const copied = tempDir('exam-dead-disk-');
    cpSync(dataDir, copied, { recursive: true });
    const core = await createTestCore({ dataDir });
    const admin = await signedIn(core, 'admin');

    const result = writtenOf(
      await admin.ok('backup.writeRescue', { from: 'folder', folder: copied }),
    );
    const { payload } = readRescueFile(downloaded(result));
    expect(payload.deviceId).toBe(core.device.deviceId);
    expect(payload.tables.attempt_breaks).toHaveLength(1);
    expect(await exportRows(admin)).toBe(1);
    const imported = await admin.ok('backup.importRescue', { fileText: downloaded(result) });
    expect(imported.rescueId).toBe(result.rescueId);
    await core.close();
  });

  it('in the desktop app: folder and save path from its dialogs, a typed folder refused, a closed dialog writes nothing', async () => {
    const saveTo = join(tempDir('exam-rescue-save-'), 'rescue.json');
    const answers: { folder: string | null; save: string | null } = { folder: null, save: null };
    const fileDialogs: FileDialogs = {
      chooseFolder: () => Promise.resolve(answers.folder),
      chooseSavePath: () => Promise.resolve(answers.save),
      chooseOpenPath: () => Promise.resolve(null),
    };
    const core = await createTestCore({ fileDialogs });
    await prepareDemoFixture(core);
    const admin = await signedIn(core, 'admin');

    const typed = await admin.call('backup.writeRescue', { from: 'folder', folder: '/tmp' });
    expect(typed.ok ? 'written' : typed.error.message).toMatch(/picked in the folder dialog/);
    expect(await admin.ok('backup.writeRescue', { from: 'folder' })).toEqual({ written: false });
    expect(await admin.ok('backup.writeRescue', { from: 'this-computer' })).toEqual({
      written: false,
    });
    expect(existsSync(saveTo)).toBe(false);
    expect(await exportRows(admin)).toBe(0);

    answers.save = saveTo;
    const saved = writtenOf(await admin.ok('backup.writeRescue', { from: 'this-computer' }));
    expect(saved.delivery).toEqual({ kind: 'saved', savedTo: saveTo });
    expect(readRescueFile(readFileSync(saveTo, 'utf8')).payload.rescueId).toBe(saved.rescueId);
    // Owner only (Windows has no POSIX modes; its files take the folder's access list).
    const mode = process.platform === 'win32' ? 0o600 : statSync(saveTo).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(await exportRows(admin)).toBe(1);
    await core.close();
  });
});
