import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BASE64 } from '@shared/api/contract/questions';
import { createTestCore, signedIn, type TestClient } from '../../helpers/core';

/** An Aiken bank of `count` questions with long stems (18 KB each): 400 are about 7 MB, past what one call takes. */
function bigAikenFile(count: number): Buffer {
  const stem = 'The committee reviewed the long reading passage again. '.repeat(320);
  const blocks = Array.from(
    { length: count },
    (_, i) => `Question ${i + 1}: ${stem}\nA. Yes\nB. No\nANSWER: ${i % 2 === 0 ? 'A' : 'B'}\n`,
  );
  return Buffer.from(blocks.join('\n'), 'utf8');
}

const CHUNK_BYTES = 3 * 1024 * 1024;

/** Sends the file in chunks of `CHUNK_BYTES`, as the import screen does; answers the upload's id. */
async function upload(client: TestClient, file: Buffer): Promise<string> {
  let uploadId: string | undefined;
  for (let offset = 0; offset < file.length; offset += CHUNK_BYTES) {
    const progress = await client.ok('questions.importUpload', {
      ...(uploadId === undefined ? { size: file.length } : { uploadId }),
      offset,
      base64: file.subarray(offset, offset + CHUNK_BYTES).toString('base64'),
    });
    uploadId = progress.uploadId;
    expect(progress.received).toBe(Math.min(offset + CHUNK_BYTES, file.length));
  }
  return uploadId ?? '';
}

describe('importing a file too big for one call', () => {
  it('refuses it whole, takes it in chunks, previews and imports it, then drops the upload', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const file = bigAikenFile(400);
    expect(file.length).toBeGreaterThan(6 * 1024 * 1024);
    const whole = file.toString('base64');
    expect(whole.length).toBeGreaterThan(MAX_IMPORT_BASE64);

    const refused = await author.raw('questions.import', {
      format: 'aiken',
      fileName: 'big-bank.txt',
      base64: whole,
    });
    expect(refused.ok ? null : refused.error.field).toBe('base64');

    const uploadId = await upload(author, file);
    const input = { format: 'aiken' as const, fileName: 'big-bank.txt', uploadId };
    const preview = await author.ok('questions.importPreview', input);
    expect(preview.items[0]?.reason ?? null).toBeNull();
    expect(preview.rejection).toBeNull();
    expect(preview.counts.importable).toBe(400);

    const before = (await author.ok('questions.list', {})).total;
    const report = await author.ok('questions.import', input);
    expect(report.committed).toBe(true);
    expect(report.counts.imported).toBe(400);
    const second = await author.ok('questions.get', { id: report.items[1]?.questionId ?? '' });
    expect(second.text.startsWith('Question 2: The committee')).toBe(true);
    expect(second.text.length).toBeGreaterThan(17_000);
    expect(second.key).toEqual({ optionId: 'b' });
    expect((await author.ok('questions.list', {})).total).toBe(before + 400);

    // Imported, the upload is gone: the same id cannot import the file twice.
    const again = await author.raw('questions.import', input);
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });

  it('takes chunks only in order and within the declared size, and only from the session that started it', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const admin = await signedIn(core, 'admin');
    const file = bigAikenFile(2);
    const half = Math.floor(file.length / 2);
    const first = await author.ok('questions.importUpload', {
      size: file.length,
      offset: 0,
      base64: file.subarray(0, half).toString('base64'),
    });
    expect(first).toMatchObject({ received: half, size: file.length });

    const skipped = await author.raw('questions.importUpload', {
      uploadId: first.uploadId,
      offset: half + 10,
      base64: file.subarray(half + 10).toString('base64'),
    });
    expect(skipped.ok ? null : skipped.error).toMatchObject({
      code: 'VALIDATION',
      field: 'offset',
    });

    const tooLong = await author.raw('questions.importUpload', {
      uploadId: first.uploadId,
      offset: half,
      base64: Buffer.concat([file.subarray(half), Buffer.from('extra')]).toString('base64'),
    });
    expect(tooLong.ok ? null : tooLong.error).toMatchObject({
      code: 'VALIDATION',
      field: 'base64',
    });

    const unfinished = await author.raw('questions.importPreview', {
      format: 'aiken',
      fileName: 'two.txt',
      uploadId: first.uploadId,
    });
    expect(unfinished.ok ? null : unfinished.error).toMatchObject({
      code: 'VALIDATION',
      field: 'uploadId',
    });

    // Another person's session is told there is no such upload, and cannot add to it or read it.
    const foreign = await admin.raw('questions.importUpload', {
      uploadId: first.uploadId,
      offset: half,
      base64: file.subarray(half).toString('base64'),
    });
    expect(foreign.ok ? null : foreign.error.code).toBe('NOT_FOUND');

    await author.ok('questions.importUpload', {
      uploadId: first.uploadId,
      offset: half,
      base64: file.subarray(half).toString('base64'),
    });
    const read = await admin.raw('questions.importPreview', {
      format: 'aiken',
      fileName: 'two.txt',
      uploadId: first.uploadId,
    });
    expect(read.ok ? null : read.error.code).toBe('NOT_FOUND');
    expect(await admin.ok('questions.importUploadDiscard', { uploadId: first.uploadId })).toEqual({
      discarded: false,
    });

    const preview = await author.ok('questions.importPreview', {
      format: 'aiken',
      fileName: 'two.txt',
      uploadId: first.uploadId,
    });
    expect(preview.counts.importable).toBe(2);
    expect(await author.ok('questions.importUploadDiscard', { uploadId: first.uploadId })).toEqual({
      discarded: true,
    });
  });

  it('wants the file one way: base64 or an upload, not both and not neither', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const neither = await author.raw('questions.importPreview', {
      format: 'aiken',
      fileName: 'a.txt',
    });
    expect(neither.ok ? null : neither.error.field).toBe('base64');
    const both = await author.raw('questions.importPreview', {
      format: 'aiken',
      fileName: 'a.txt',
      base64: 'QQ==',
      uploadId: '0190a0b0-0000-7000-8000-000000000000',
    });
    expect(both.ok ? null : both.error.field).toBe('uploadId');
    const huge = await author.raw('questions.importUpload', {
      size: 257 * 1024 * 1024,
      offset: 0,
      base64: 'QQ==',
    });
    expect(huge.ok ? null : huge.error.field).toBe('size');
  });
});
