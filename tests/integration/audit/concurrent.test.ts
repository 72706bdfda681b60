import { describe, expect, it } from 'vitest';
import { auditChainBreaks, newAuditRows, readAuditRows } from '../../helpers/audit';
import { createTestCore, signedIn } from '../../helpers/core';
import { sampleQuestion } from '../../helpers/sample-inputs';

describe('audit chain under concurrent changes', () => {
  it('changes from several windows at once each get their own link, in one unbroken chain', async () => {
    const core = await createTestCore();
    const windows = [
      await signedIn(core, 'author'),
      await signedIn(core, 'admin'),
      await signedIn(core, 'author'),
    ];
    const before = await readAuditRows(core.database.client);

    const windowFor = (i: number) => {
      const w = windows[i % windows.length];
      if (!w) throw new Error('no window');
      return w;
    };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        windowFor(i).call('questions.create', {
          content: { ...sampleQuestion, text: `Concurrent question ${i}` },
        }),
      ),
    );

    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(
      Array.from({ length: 12 }, () => 'ok'),
    );
    const rows = await newAuditRows(core.database.client, before);
    expect(rows).toHaveLength(12);
    const seqs = rows.map((r) => r.seq ?? 0).sort((a, b) => a - b);
    const first = seqs[0] ?? 0;
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => first + i));
    expect(await auditChainBreaks(core.database.client)).toEqual([]);
  });
});
