import { describe, expect, it } from 'vitest';
import { chainRows, sha256Hex } from '@db/repositories/audit-logs';
import { verifyDeviceChain } from '@shared/audit/chain';
import { createTestCore, signedIn } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';
import { sampleQuestion } from '../../helpers/sample-inputs';

async function auditedCore() {
  const core = await createTestCore();
  const author = await signedIn(core, 'author');
  for (let i = 0; i < 3; i += 1) {
    await author.ok('questions.create', { content: { ...sampleQuestion, text: `Question ${i}` } });
  }
  const ids = await readDemoIds(core);
  const tenant = { clientId: ids.clientId, profileId: ids.people.admin, role: 'admin' as const };
  const verify = async () => verifyDeviceChain(await chainRows(core.env.db(), tenant), sha256Hex);
  return { core, verify };
}

describe('tampering with audit_logs in the database', () => {
  it('an untouched log verifies', async () => {
    const { verify } = await auditedCore();
    expect(await verify()).toBeNull();
  });

  it('an edited row is found', async () => {
    const { core, verify } = await auditedCore();
    await core.database.client.run("UPDATE audit_logs SET changes = '{}' WHERE seq = 3");
    expect(await verify()).toMatchObject({ kind: 'hash_mismatch', seq: 3 });
  });

  it('a deleted row is found', async () => {
    const { core, verify } = await auditedCore();
    await core.database.client.run('DELETE FROM audit_logs WHERE seq = 2');
    expect(await verify()).toMatchObject({ kind: 'missing_row', expectedSeq: 2 });
  });

  it('rows renumbered to hide a reorder are found', async () => {
    const { core, verify } = await auditedCore();
    await core.database.client.run('UPDATE audit_logs SET seq = -1 WHERE seq = 2');
    await core.database.client.run('UPDATE audit_logs SET seq = 2 WHERE seq = 3');
    await core.database.client.run('UPDATE audit_logs SET seq = 3 WHERE seq = -1');
    expect(await verify()).not.toBeNull();
  });
});
