import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { descendants, parseXTree } from '@shared/interchange/qti-dom';
import { xmlProblem } from '@shared/interchange/xml-guard';
import { createTestCore, signedIn } from '../../helpers/core';
import {
  mediaQuestions,
  mp3Hash,
  pngHash,
  sampleMp3,
  samplePng,
} from '../../unit/interchange/media-samples';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('questions.export as a QTI 3.0 package with media', () => {
  it('zips the media with the items, lists every file in the manifest, and imports back with the same media and feedback', async () => {
    const source = await createTestCore();
    const author = await signedIn(source, 'author');
    expect((await author.ok('media.upload', { name: 'sq.png', data: b64(samplePng) })).hash).toBe(
      pngHash,
    );
    expect((await author.ok('media.upload', { name: 'clip.mp3', data: b64(sampleMp3) })).hash).toBe(
      mp3Hash,
    );
    const ids: string[] = [];
    for (const content of Object.values(mediaQuestions))
      ids.push((await author.ok('questions.create', { content })).id);
    const file = await author.ok('questions.export', { format: 'qti', ids });
    expect(file.skipped).toEqual([]);
    expect(file.count).toBe(ids.length);

    const zip = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(zip[`media/${pngHash}.png`]).toEqual(samplePng);
    expect(zip[`media/${mp3Hash}.mp3`]).toEqual(sampleMp3);
    const xmlPaths = Object.keys(zip).filter((p) => p.endsWith('.xml'));
    for (const path of xmlPaths)
      expect([path, xmlProblem(strFromU8(zip[path] ?? new Uint8Array()))]).toEqual([path, null]);
    const manifest = parseXTree(strFromU8(zip['imsmanifest.xml'] ?? new Uint8Array()))?.find(
      (e) => e.name === 'manifest',
    );
    if (!manifest) throw new Error('the package has no manifest element');
    const listed = descendants(manifest)
      .filter((d) => d.name === 'file')
      .map((f) => f.attrs.href);
    expect(new Set(listed)).toEqual(
      new Set(Object.keys(zip).filter((p) => p !== 'imsmanifest.xml')),
    );

    const target = await createTestCore();
    const other = await signedIn(target, 'author');
    const report = await other.ok('questions.import', {
      format: 'qti',
      fileName: file.fileName,
      base64: file.base64,
      skipDuplicates: false,
    });
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ imported: ids.length, skipped: 0 });
    expect(await other.ok('media.get', { hash: pngHash })).toMatchObject({
      mime: 'image/png',
      base64: b64(samplePng),
    });
    expect(await other.ok('media.get', { hash: mp3Hash })).toMatchObject({
      mime: 'audio/mpeg',
      base64: b64(sampleMp3),
    });
    const newIds = report.items.map((i) => i.questionId ?? '');
    for (const [i, id] of ids.entries()) {
      const before = await author.ok('questions.get', { id });
      const after = await other.ok('questions.get', { id: newIds[i] ?? '' });
      for (const field of [
        'text',
        'format',
        'options',
        'gaps',
        'key',
        'marks',
        'feedback',
      ] as const)
        expect([field, after[field]]).toEqual([field, before[field]]);
    }
  });
});
