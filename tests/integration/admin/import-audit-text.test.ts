import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_MESSAGE_CHARS } from '@shared/interchange/limits';
import { createTestCore, signedIn } from '../../helpers/core';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** An element name two million characters long: the XML reader quotes all of it. */
const hugeName = 'x'.repeat(2_000_000);

describe("a refused import quotes the reader's message cut short", () => {
  it('in the report and the audit row of a QTI package whose manifest is broken', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const zip = zipSync({ 'imsmanifest.xml': strToU8(`<${hugeName}>`) });
    const report = await author.ok('questions.import', {
      format: 'qti',
      fileName: 'broken.zip',
      base64: b64(zip),
    });
    expect(report.committed).toBe(false);
    expect(report.problems).toHaveLength(1);
    const message = report.problems[0]?.message ?? '';
    expect(message.length).toBe(MAX_QUOTED_MESSAGE_CHARS + 1);
    expect(message.endsWith('…')).toBe(true);
    expect(report.rejection?.length).toBe(MAX_QUOTED_MESSAGE_CHARS + 1);

    await core.auditChainIdle();
    const audit = (await core.database.client.get(
      'SELECT action, changes FROM audit_logs WHERE resource_id = ?',
      report.importId,
    )) as { action: string; changes: string };
    expect(audit.action).toBe('questions.import_rejected');
    expect(audit.changes.length).toBeLessThan(1_000);
    expect(audit.changes).toContain(message);
  });

  it("in a skipped QTI item's reason", async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const report = await author.ok('questions.importPreview', {
      format: 'qti',
      fileName: 'item.xml',
      base64: b64(strToU8(`<${hugeName}>`)),
    });
    expect(report.items).toHaveLength(1);
    expect(report.items[0]?.status).toBe('skipped');
    expect(report.items[0]?.reason?.length).toBe(MAX_QUOTED_MESSAGE_CHARS + 1);
  });
});
