import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mediaChunks, sealedMediaChunks, tests } from '@db/schema/index';
import { createTestCore, signedIn, type TestClient, type TestCore } from '../../helpers/core';
import { rawHits } from '../../helpers/raw-scan';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, newDevice, syncOk } from '../sync/support/devices';
import { mediaQuestion, needlesOf, sha256Of, uniquePng, uniqueWav } from './support/sealed-media';
import { startCodePaperSettings } from './support/sealed-paper';

const settings = { ...startCodePaperSettings, name: 'Sealed listening paper' } as const;

const upload = (author: TestClient, name: string, bytes: Buffer, sealedTestId?: string) =>
  author.ok('media.upload', {
    name,
    data: bytes.toString('base64'),
    ...(sealedTestId !== undefined && { sealedTestId }),
  });

/** The chunk rows of a file as stored, clear and sealed, and whether any holds a slice of its bytes. */
async function storedRows(core: TestCore, file: Buffer) {
  const sha = sha256Of(file);
  const clear = (await core.env.db().select().from(mediaChunks)).filter((c) =>
    c.mediaId.endsWith(sha),
  );
  const sealed = await core.env
    .db()
    .select()
    .from(sealedMediaChunks)
    .where(eq(sealedMediaChunks.sha256, sha));
  const holdsPlain = [...clear, ...sealed].some((row) =>
    needlesOf(file).some((n) => Buffer.from(row.data).includes(n)),
  );
  return {
    clear: clear.length,
    sealedTests: [...new Set(sealed.map((s) => s.testId))].sort(),
    sealedHoldPlain: sealed.some((row) =>
      needlesOf(file).some((n) => Buffer.from(row.data).includes(n)),
    ),
    holdsPlain,
  };
}

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

describe('media of sealed tests', () => {
  it('stored for a sealed test are never in clear on the device or the server; a student gets them only once the test is released, the same bytes', async () => {
    const server = await startSyncServer();
    const dataDir = tempDir('exam-sealed-media-');
    const device = await enrol(await newDevice({ dataDir }), server, 'Lab PC');
    await syncOk(device);
    const author = await signedIn(device.core, 'author');
    const test = await author.ok('tests.create', { settings: { ...settings, sealed: true } });
    const png = uniquePng();
    const wav = uniqueWav();
    const image = await upload(author, 'neptune.png', png, test.id);
    const clip = await upload(author, 'neptune.wav', wav, test.id);
    expect([image.hash, clip.hash]).toEqual([sha256Of(png), sha256Of(wav)]);
    const question = await author.ok('questions.create', {
      content: mediaQuestion(image.hash, clip.hash),
      sealedTestId: test.id,
    });
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: question.id, marks: 1 }],
    });
    await author.ok('tests.publish', { id: test.id });
    // Staff see the files as before, through main.
    expect(sha256Of(bytesOf(await author.ok('media.get', { hash: image.hash })))).toBe(image.hash);
    // A file stored for no sealed test, to show the scan finds clear bytes where they are.
    const control = uniquePng();
    await upload(author, 'control.png', control);
    await syncOk(device);
    const needles = [...needlesOf(png), ...needlesOf(wav)];
    expect(rawHits(dataDir, needles)).toEqual([]);
    expect(rawHits(server.dir, needles)).toEqual([]);
    expect(rawHits(dataDir, needlesOf(control)).length).toBeGreaterThan(0);
    expect(rawHits(server.dir, needlesOf(control)).length).toBeGreaterThan(0);

    // Before the start code, a student asking for the picture is refused as a start is.
    const student = await signedIn(device.core, 'student1');
    const refusal = {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'This test is sealed until your proctor gives its start code.',
      },
    };
    expect(await student.call('media.get', { hash: image.hash })).toEqual(refusal);
    expect(await student.call('exams.start', { testId: test.id })).toMatchObject({ ok: false });
    expect(await student.call('media.get', { hash: clip.hash })).toEqual(refusal);

    const proctor = await signedIn(device.core, 'proctor');
    const { code } = await proctor.ok('proctor.issueStartCode', { testId: test.id });
    const session = await student.ok('exams.start', { testId: test.id, startCode: code });
    expect(session.questions[0]?.text).toContain(`media:${image.hash}`);
    const shown = bytesOf(await student.ok('media.get', { hash: image.hash }));
    const played = bytesOf(await student.ok('media.get', { hash: clip.hash }));
    expect(sha256Of(shown)).toBe(image.hash);
    expect(shown.equals(png)).toBe(true);
    expect(played.equals(wav)).toBe(true);
    // Another student, with no paper of it, is still refused.
    const other = await signedIn(device.core, 'student2');
    expect(await other.call('media.get', { hash: image.hash })).toEqual(refusal);

    await student.ok('exams.submit', { attemptId: session.attemptId });
    await syncOk(device);
    await device.core.close();
    await server.stop();
    // Released and sat, the files are still sealed at rest.
    expect(rawHits(dataDir, needles)).toEqual([]);
    expect(rawHits(server.dir, needles)).toEqual([]);
  });

  it('refuses a student the media of a test sealed by time before its start time, in the words a start gets', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const opensAt = new Date(core.clock.nowMs() + 60 * 60_000).toISOString();
    const test = await author.ok('tests.create', {
      settings: { ...settings, sealed: true, startCodeRequired: false, availableFrom: opensAt },
    });
    const png = uniquePng();
    const image = await upload(author, 'map.png', png, test.id);
    const question = await author.ok('questions.create', {
      content: mediaQuestion(image.hash, null),
      sealedTestId: test.id,
    });
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: question.id, marks: 1 }],
    });
    await author.ok('tests.publish', { id: test.id });
    expect(await storedRows(core, png)).toEqual({
      clear: 0,
      sealedTests: [test.id],
      sealedHoldPlain: false,
      holdsPlain: false,
    });
    const student = await signedIn(core, 'student1');
    const words = `This test is sealed until its start time (${opensAt}). It cannot be opened on this computer before then.`;
    expect(await student.call('media.get', { hash: image.hash })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: words },
    });
    core.clock.advance(60 * 60_000);
    await student.ok('exams.start', { testId: test.id });
    expect(bytesOf(await student.ok('media.get', { hash: image.hash })).equals(png)).toBe(true);
  });

  it('sealing a test seals the files only its questions show, keeps a shared one in clear too, and unsealing gives back every byte', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const own = uniquePng();
    const shared = uniquePng();
    const ownHash = (await upload(author, 'own.png', own)).hash;
    const sharedHash = (await upload(author, 'shared.png', shared)).hash;
    const test = await author.ok('tests.create', { settings: { ...settings, sealed: false } });
    const inTest = await author.ok('questions.create', {
      content: {
        ...mediaQuestion(ownHash, null),
        text: `${mediaQuestion(ownHash, null).text}<img src="media:${sharedHash}" alt="Moons" />`,
      },
    });
    // The shared picture is also in a plain bank question.
    await author.ok('questions.create', { content: mediaQuestion(sharedHash, null) });
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: inTest.id, marks: 1 }],
    });
    expect((await storedRows(core, own)).clear).toBe(3);

    await author.ok('tests.update', {
      id: test.id,
      settings: { ...settings, sealed: true },
    });
    expect(await storedRows(core, own)).toEqual({
      clear: 0,
      sealedTests: [test.id],
      sealedHoldPlain: false,
      holdsPlain: false,
    });
    // A file a plain question also shows stays in clear for it, and the test has its sealed copy.
    expect(await storedRows(core, shared)).toMatchObject({
      clear: 3,
      sealedTests: [test.id],
      sealedHoldPlain: false,
    });
    // Staff read both, the sealed one through the test's key.
    expect(bytesOf(await author.ok('media.get', { hash: ownHash })).equals(own)).toBe(true);
    expect(bytesOf(await author.ok('media.get', { hash: sharedHash })).equals(shared)).toBe(true);

    // A picture added to the sealed test's question later is sealed with that save.
    const later = uniquePng();
    const laterHash = (await upload(author, 'later.png', later)).hash;
    const current = await author.ok('questions.get', { id: inTest.id });
    await author.ok('questions.update', {
      id: inTest.id,
      baseVersion: current.version,
      content: {
        ...mediaQuestion(ownHash, null),
        text: `${mediaQuestion(ownHash, null).text}<img src="media:${laterHash}" alt="Rings" />`,
      },
    });
    expect(await storedRows(core, later)).toMatchObject({ clear: 0, sealedTests: [test.id] });

    await author.ok('tests.update', {
      id: test.id,
      settings: { ...settings, sealed: false },
    });
    for (const file of [own, shared, later]) {
      expect(await storedRows(core, file)).toEqual({
        clear: 3,
        sealedTests: [],
        sealedHoldPlain: false,
        holdsPlain: true,
      });
      const read = bytesOf(await author.ok('media.get', { hash: sha256Of(file) }));
      expect(read.equals(file)).toBe(true);
    }
  });

  it('a question says which sealed test seals it, and a file the editor uploads for it with that test is never in clear, not even before the save', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const first = uniquePng();
    const firstHash = (await upload(author, 'first.png', first)).hash;
    const test = await author.ok('tests.create', { settings: { ...settings, sealed: false } });
    const inTest = await author.ok('questions.create', { content: mediaQuestion(firstHash, null) });
    const plain = await author.ok('questions.create', { content: mediaQuestion(firstHash, null) });
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: inTest.id, marks: 1 }],
    });
    expect(inTest.sealedTestId).toBeNull();
    expect((await author.ok('questions.get', { id: inTest.id })).sealedTestId).toBeNull();

    await author.ok('tests.update', { id: test.id, settings: { ...settings, sealed: true } });
    const current = await author.ok('questions.get', { id: inTest.id });
    expect(current.sealedTestId).toBe(test.id);
    expect((await author.ok('questions.get', { id: plain.id })).sealedTestId).toBeNull();
    const written = await author.ok('questions.create', {
      content: mediaQuestion(firstHash, null),
      sealedTestId: test.id,
    });
    expect(written.sealedTestId).toBe(test.id);
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [
        { questionId: inTest.id, marks: 1 },
        { questionId: written.id, marks: 1 },
      ],
    });

    // Uploaded as the question editor does inside it: sealed from its first row, before any save.
    const later = uniquePng();
    const laterHash = (
      await upload(author, 'later.png', later, current.sealedTestId ?? 'no sealed test')
    ).hash;
    expect(await storedRows(core, later)).toEqual({
      clear: 0,
      sealedTests: [test.id],
      sealedHoldPlain: false,
      holdsPlain: false,
    });
    const saved = await author.ok('questions.update', {
      id: inTest.id,
      baseVersion: current.version,
      content: {
        ...mediaQuestion(firstHash, null),
        text: `${mediaQuestion(firstHash, null).text}<img src="media:${laterHash}" alt="Rings" />`,
      },
    });
    expect(saved.sealedTestId).toBe(test.id);
    expect(await storedRows(core, later)).toMatchObject({ clear: 0, sealedTests: [test.id] });
    expect(bytesOf(await author.ok('media.get', { hash: laterHash })).equals(later)).toBe(true);

    await author.ok('tests.update', { id: test.id, settings: { ...settings, sealed: false } });
    for (const id of [inTest.id, written.id]) {
      expect((await author.ok('questions.get', { id })).sealedTestId).toBeNull();
    }
  });

  it('unseals in one transaction: when a sealed copy does not open, nothing changes and nothing is lost', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const first = uniquePng();
    const second = uniqueWav();
    const test = await author.ok('tests.create', { settings: { ...settings, sealed: true } });
    const a = await upload(author, 'first.png', first, test.id);
    const b = await upload(author, 'second.wav', second, test.id);
    const question = await author.ok('questions.create', {
      content: mediaQuestion(a.hash, b.hash),
      sealedTestId: test.id,
    });
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: question.id, marks: 1 }],
    });
    // Someone changes the last chunk of the second file's sealed copy.
    const db = core.env.db();
    const lastChunk = and(eq(sealedMediaChunks.sha256, b.hash), eq(sealedMediaChunks.seq, 1));
    const [row] = await db.select().from(sealedMediaChunks).where(lastChunk);
    const changed = Buffer.from(row!.data);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    await core.env.transaction(({ db: tx }) =>
      tx.update(sealedMediaChunks).set({ data: changed }).where(lastChunk),
    );
    const before = {
      first: await storedRows(core, first),
      second: await storedRows(core, second),
      test: await db.select({ sealed: tests.sealed }).from(tests).where(eq(tests.id, test.id)),
    };

    const refused = await author.call('tests.update', {
      id: test.id,
      settings: { ...settings, sealed: false },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(refused)).toContain(`image or clip ${b.hash} does not open`);
    // The first file was restored inside the transaction before the second failed: all of it rolled back.
    expect({
      first: await storedRows(core, first),
      second: await storedRows(core, second),
      test: await db.select({ sealed: tests.sealed }).from(tests).where(eq(tests.id, test.id)),
    }).toEqual(before);
    expect(before.first).toMatchObject({ clear: 0, sealedTests: [test.id] });
    expect((await author.ok('tests.get', { id: test.id })).sealed).toBe(true);
    expect(bytesOf(await author.ok('media.get', { hash: a.hash })).equals(first)).toBe(true);
  });
});
