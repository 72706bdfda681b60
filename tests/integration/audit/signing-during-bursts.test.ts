import { describe, expect, it } from 'vitest';
import { chainTip, signedHeadOf } from '@db/repositories/audit-signing';
import { createTestCore, signedIn } from '../../helpers/core';
import { trueFalseQuestion } from '../../helpers/question-content';

describe('signing the audit chain head', () => {
  it('goes on through a burst of mutations, the rows added meanwhile taken for no rewrite', async () => {
    const logged: string[] = [];
    const core = await createTestCore({
      logError: (message, error) =>
        logged.push(`${message}: ${error instanceof Error ? error.message : String(error)}`),
    });
    const admin = await signedIn(core, 'admin');
    await core.auditChainIdle();
    // Each mutation asks for a signing; the next one's audit row lands while a signing reads the chain.
    for (let i = 0; i < 40; i += 1) {
      await admin.ok('questions.create', {
        content: trueFalseQuestion(`Burst question ${String(i)}`),
      });
    }
    await core.auditChainIdle();
    expect(logged.filter((line) => line.includes('audit chain'))).toEqual([]);
    const tip = await chainTip(core.env.db(), core.device.deviceId);
    const head = await signedHeadOf(core.env.db(), core.device.deviceId);
    expect(tip).not.toBeNull();
    expect({ seq: head?.seq, hash: head?.hash }).toEqual({ seq: tip?.seq, hash: tip?.hash });
  });
});
