import { describe, expect, it } from 'vitest';
import { mediaChunks } from '@db/schema/index';
import { MEDIA_CHUNK_BYTES } from '@shared/content/media-types';
import { createTestCore, signedIn, type TestClient } from '../../helpers/core';
import { createExamCore, demoTestId, publishTest } from '../../helpers/exam';
import { readDemoIds } from '../../helpers/fixtures';
import { ONE_PIXEL_PNG } from '../../helpers/sample-inputs';
import { createSecondTenant } from '../../helpers/second-tenant';
import { wav8Bit } from '../../helpers/wav';
import { setPlan } from '../admin/admin-fixtures';

/** A WAV file of `bytes` of silence, as base64. */
const wav = (bytes: number): string => wav8Bit(Buffer.alloc(bytes, 128)).toString('base64');

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function imageQuestion(author: TestClient, hash: string, text: string) {
  return author.ok('questions.create', {
    content: {
      type: 'true_false',
      format: 'html',
      text: `<p>${text}</p><img src="media:${hash}" alt="A picture" />`,
      options: null,
      key: { value: true },
      marks: 1,
    },
  });
}

describe('media.upload', () => {
  it('stores a file by the hash of its bytes, in chunk rows of at most 16 KiB, and gives the same bytes back', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const data = wav(100_000);
    const stored = await author.ok('media.upload', { name: 'listening.wav', data });
    expect(stored).toMatchObject({ mime: 'audio/wav', kind: 'audio', size: 100_044 });
    expect(stored.src).toBe(`media:${stored.hash}`);
    const chunks = (await core.env.db().select().from(mediaChunks)).filter((c) =>
      c.mediaId.endsWith(stored.hash),
    );
    expect(chunks).toHaveLength(Math.ceil(100_044 / MEDIA_CHUNK_BYTES));
    expect(Math.max(...chunks.map((c) => c.data.length))).toBeLessThanOrEqual(MEDIA_CHUNK_BYTES);
    const admin = await signedIn(core, 'admin');
    expect(await admin.ok('media.get', { hash: stored.hash })).toEqual({
      hash: stored.hash,
      mime: 'audio/wav',
      base64: data,
    });
    // The same file again is the same file: nothing more is stored.
    const rowsBefore = (await core.env.db().select().from(mediaChunks)).length;
    expect(await author.ok('media.upload', { name: 'copy.wav', data })).toEqual(stored);
    expect((await core.env.db().select().from(mediaChunks)).length).toBe(rowsBefore);
    const proctor = await signedIn(core, 'proctor');
    expect(await proctor.raw('media.get', { hash: stored.hash })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('tells the type by the bytes, not the name, and refuses other files and oversized ones, naming the field', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    expect(
      await author.ok('media.upload', { name: 'photo.mp3', data: ONE_PIXEL_PNG }),
    ).toMatchObject({
      mime: 'image/png',
      kind: 'image',
    });
    const refusals: Array<[string, string, RegExp]> = [
      [
        'setup.exe',
        Buffer.from('MZ\x90\x00\x03').toString('base64'),
        /is not a file exam questions can hold/,
      ],
      ['notes.txt', b64('just some text'), /is not a file exam questions can hold/],
      [
        'huge.png',
        Buffer.concat([
          Buffer.from(ONE_PIXEL_PNG, 'base64'),
          Buffer.alloc(5 * 1024 * 1024),
        ]).toString('base64'),
        /the PNG image is 5 MB; an image may be at most 5 MB/,
      ],
      [
        'only-script.svg',
        b64('<svg><script>alert(1)</script></svg>'),
        /has no drawing left once its scripts and links are removed/,
      ],
    ];
    for (const [name, data, message] of refusals) {
      const result = await author.call('media.upload', { name, data });
      expect(result, name).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'data' },
      });
      expect(JSON.stringify(result), name).toMatch(message);
    }
  });

  it('stores an SVG with its scripts, handlers and outside links removed', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>' +
      '<a href="javascript:alert(3)"><rect width="4" height="4" fill="red" style="fill:url(https://evil.example/x)"/></a>' +
      '<foreignObject><img src="x" onerror="alert(4)"/></foreignObject><use href="https://evil.example/s.svg#a"/></svg>';
    const stored = await author.ok('media.upload', { name: 'diagram.svg', data: b64(svg) });
    const text = Buffer.from(
      (await author.ok('media.get', { hash: stored.hash })).base64,
      'base64',
    ).toString();
    expect(text).toContain('<rect width="4" height="4" fill="red">');
    expect(text).toContain('viewBox="0 0 10 10"');
    expect(text).not.toMatch(/script|onload|onerror|javascript|evil|foreignObject|style=/i);
  });

  it('keeps the organisation within its plan’s media quota, naming the limit', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    await setPlan(core, { max_media_mb: 0.05 });
    // The demo's own media take about 10 KB of the 50 KB.
    await author.ok('media.upload', { name: 'a.wav', data: wav(20_000) });
    const result = await author.call('media.upload', { name: 'b.wav', data: wav(30_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(result)).toMatch(/max_media_mb \(0\.05\) reached/);
    // Beside the English, the id and the figures a screen says it with in its own language.
    expect(result).toMatchObject({
      error: {
        messageId: 'plan.mediaQuota',
        params: { limit: 0.05, plan: expect.any(String) as unknown },
      },
    });
    const params = result.ok ? {} : (result.error.params ?? {});
    expect(params['adding']).toBeCloseTo(30_044 / 1_048_576, 1);
    expect(params['used']).toBeTypeOf('number');
  });
});

describe('media.get for students', () => {
  it('gives a student only media on a paper of their own attempt', async () => {
    const core = await createExamCore();
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    const student = await signedIn(core, 'student1');
    const classmate = await signedIn(core, 'student2');
    const testId = await demoTestId(student);

    // Before sitting: nothing, not even the demo exam's own image.
    expect(await student.raw('media.get', { hash: ids.imageHash })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await student.ok('exams.start', { testId });
    const own = await student.ok('media.get', { hash: ids.imageHash });
    expect(own.mime).toBe('image/svg+xml');
    expect(Buffer.from(own.base64, 'base64').toString()).toMatch(/^<\?xml[^>]*>\n<svg /);
    expect((await student.ok('media.get', { hash: ids.audioHash })).mime).toBe('audio/wav');
    // A classmate who has not sat it gets nothing.
    expect(await classmate.raw('media.get', { hash: ids.imageHash })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // Another test's image (published, not sat), one on a draft, another organisation's, an unknown hash.
    const other = await author.ok('media.upload', { name: 'other.png', data: ONE_PIXEL_PNG });
    const q = await imageQuestion(author, other.hash, 'Another test');
    const otherTest = await author.ok('tests.create', { settings: { name: 'Other test' } });
    await author.ok('tests.setQuestions', {
      id: otherTest.id,
      questions: [{ questionId: q.id, marks: 1 }],
    });
    await publishTest(core, otherTest.id);
    const draftImage = await author.ok('media.upload', { name: 'draft.wav', data: wav(10) });
    const dq = await imageQuestion(author, draftImage.hash, 'Draft');
    const draft = await author.ok('tests.create', { settings: { name: 'Draft test' } });
    await author.ok('tests.setQuestions', {
      id: draft.id,
      questions: [{ questionId: dq.id, marks: 1 }],
    });
    const b = await createSecondTenant(core);
    for (const [what, hash] of [
      ['another test', other.hash],
      ['a draft test', draftImage.hash],
      ['another organisation', b.mediaHash],
      ['an unknown hash', 'f'.repeat(64)],
    ] as const) {
      expect(await student.raw('media.get', { hash }), what).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Media was not found' },
      });
    }
    // Staff see their own organisation's, never another's.
    expect((await author.ok('media.get', { hash: other.hash })).mime).toBe('image/png');
    expect(await author.raw('media.get', { hash: b.mediaHash })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // Once the student sits the other test, its image is theirs to see.
    await student.ok('exams.start', { testId: otherTest.id });
    expect((await student.ok('media.get', { hash: other.hash })).mime).toBe('image/png');
  });
});

describe('exams.recordPlay', () => {
  it('counts each start of a clip, refuses one past the limit, and the count comes back with the exam', async () => {
    const core = await createExamCore();
    const ids = await readDemoIds(core);
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const play = () =>
      student.raw('exams.recordPlay', {
        attemptId: session.attemptId,
        questionId: ids.listeningQuestionId,
        hash: ids.audioHash,
      });
    expect(await play()).toMatchObject({ ok: true, value: { plays: 1, playsLeft: 1 } });
    expect(await play()).toMatchObject({ ok: true, value: { plays: 2, playsLeft: 0 } });
    expect(await play()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
    expect(resumed.audioPlays).toEqual({ [ids.listeningQuestionId]: 2 });
    expect(
      await student.raw('exams.recordPlay', {
        attemptId: session.attemptId,
        questionId: ids.listeningQuestionId,
        hash: ids.imageHash,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'hash' } });
    const image = session.questions.find((q) => q.type === 'ordering')!;
    expect(
      await student.raw('exams.recordPlay', {
        attemptId: session.attemptId,
        questionId: image.questionId,
        hash: ids.audioHash,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'hash' } });
  });
});
