import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '@shared/domain/questions';
import { readQtiPackage, writeQtiPackage } from '@shared/interchange/qti';
import { descendants, parseXTree, textContent, type XElement } from '@shared/interchange/qti-dom';
import type { MediaHasher } from '@shared/interchange/types';
import { xmlProblem } from '@shared/interchange/xml-guard';
import { mediaQuestions, mp3Hash, pngHash, sampleMedia, sha256Hex } from './media-samples';

const host: MediaHasher = {
  sha256: sha256Hex,
  base64: (text) => new Uint8Array(Buffer.from(text, 'base64')),
};
const names = Object.keys(mediaQuestions);
const exported = names.map((id) => ({ id, content: mediaQuestions[id] as QuestionContent }));

const root = (xml: string): XElement => {
  const found = parseXTree(xml)?.[0];
  if (!found) throw new Error('no root element');
  return found;
};
const all = (el: XElement, name: string) => descendants(el).filter((d) => d.name === name);

describe('QTI 3.0 package with media', () => {
  const pkg = writeQtiPackage(exported, 'pkg-media', sampleMedia);

  it('carries each image and clip once under media/, with no media: reference left in an item', () => {
    expect(pkg.skipped).toEqual([]);
    expect(Object.keys(pkg.media).sort()).toEqual(
      [`media/${mp3Hash}.mp3`, `media/${pngHash}.png`].sort(),
    );
    expect(pkg.media[`media/${pngHash}.png`]).toEqual(sampleMedia.get(pngHash)?.bytes);
    const item = pkg.files['items/q-pictureChoice.xml'] ?? '';
    expect(item).toContain(`<img src="../media/${pngHash}.png" alt="a square"/>`);
    expect(item).toContain(`<audio src="../media/${mp3Hash}.mp3"/>`);
    for (const xml of Object.values(pkg.files)) expect(xml).not.toContain('media:');
  });

  it('is well-formed, and its manifest lists every file it holds and nothing else', () => {
    for (const [path, xml] of Object.entries(pkg.files))
      expect([path, xmlProblem(xml)]).toEqual([path, null]);
    const manifest = root(pkg.files['imsmanifest.xml'] ?? '');
    const listed = all(manifest, 'file').map((f) => f.attrs.href ?? '');
    const held = [...Object.keys(pkg.files), ...Object.keys(pkg.media)].filter(
      (p) => p !== 'imsmanifest.xml',
    );
    expect(new Set(listed)).toEqual(new Set(held));
    expect(listed).toHaveLength(new Set(listed).size);
    // Every item depends on a web-content resource for each file it shows, and those exist.
    const resources = all(manifest, 'resource');
    const ids = new Set(resources.map((r) => r.attrs.identifier));
    const item = resources.find((r) => r.attrs.identifier === 'q-pictureChoice');
    const deps = all(item as XElement, 'dependency').map((d) => d.attrs.identifierref);
    expect(deps.sort()).toEqual([`media-${mp3Hash}`, `media-${pngHash}`].sort());
    for (const dep of resources.flatMap((r) => all(r, 'dependency')))
      expect(ids.has(dep.attrs.identifierref)).toBe(true);
    expect(resources.filter((r) => r.attrs.type === 'webcontent').map((r) => r.attrs.href)).toEqual(
      expect.arrayContaining(Object.keys(pkg.media)),
    );
  });

  it('reads back through our reader with the same media hashes and the same feedback, field by field', () => {
    const read = readQtiPackage(
      new Map(Object.entries(pkg.files)),
      new Map(Object.entries(pkg.media)),
      host,
    );
    expect(read.problems).toEqual([]);
    expect((read.media ?? []).map((m) => m.hash).sort()).toEqual([mp3Hash, pngHash].sort());
    read.items.forEach((item, i) => {
      const name = names[i] ?? '';
      const expected = mediaQuestions[name] as QuestionContent;
      if (!item.ok) throw new Error(`${name}: ${item.reason}`);
      expect([name, item.content.feedback]).toEqual([name, expected.feedback]);
      expect([name, item.content]).toEqual([name, expected]);
    });
  });

  it('leaves out a question whose media are not given, and says why', () => {
    const without = writeQtiPackage(exported, 'pkg-none');
    expect(without.skipped).toEqual([
      {
        questionId: 'pictureChoice',
        reason: '2 images or clips it shows are not on this computer yet',
      },
      {
        questionId: 'listening',
        reason: '2 images or clips it shows are not on this computer yet',
      },
    ]);
    expect(Object.keys(without.files).sort()).toEqual([
      'imsmanifest.xml',
      'items/q-gaps.xml',
      'items/q-measured.xml',
    ]);
    expect(without.media).toEqual({});
  });
});

describe('QTI 3.0 feedback keyed on the FEEDBACK outcome', () => {
  const pkg = writeQtiPackage(exported, 'pkg-feedback', sampleMedia);

  /** The identifiers response processing can put into FEEDBACK. */
  function settable(item: XElement): Set<string> {
    const out = new Set<string>();
    for (const set of all(item, 'qti-set-outcome-value')) {
      if (set.attrs.identifier !== 'FEEDBACK') continue;
      for (const v of all(set, 'qti-base-value'))
        if (v.attrs['base-type'] === 'identifier') out.add(textContent(v).trim());
      // FEEDBACK takes the chosen options themselves: any choice's identifier.
      if (all(set, 'qti-variable').some((v) => v.attrs.identifier === 'RESPONSE'))
        for (const c of all(item, 'qti-simple-choice')) out.add(c.attrs.identifier ?? '');
    }
    return out;
  }

  it.each(names)(
    '%s: declares FEEDBACK, and processing can show every feedback it holds',
    (name) => {
      const item = root(pkg.files[`items/q-${name}.xml`] ?? '');
      const declared = all(item, 'qti-outcome-declaration').find(
        (o) => o.attrs.identifier === 'FEEDBACK',
      );
      expect(declared?.attrs).toMatchObject({ cardinality: 'multiple', 'base-type': 'identifier' });
      const processing = all(item, 'qti-response-processing');
      expect(processing).toHaveLength(1);
      // Rules follow the scoring, so the processing is written out rather than a template.
      expect(processing[0]?.attrs.template).toBeUndefined();
      const feedback = ['qti-feedback-inline', 'qti-feedback-block', 'qti-modal-feedback'].flatMap(
        (n) => all(item, n),
      );
      expect(feedback.length).toBeGreaterThan(0);
      const canSet = settable(item);
      for (const f of feedback) {
        expect(f.attrs['outcome-identifier']).toBe('FEEDBACK');
        expect(f.attrs['show-hide']).toBe('show');
        expect([f.attrs.identifier, canSet.has(f.attrs.identifier ?? '')]).toEqual([
          f.attrs.identifier,
          true,
        ]);
      }
    },
  );

  it('picks outcome feedback by the score, and per-answer feedback by the answer', () => {
    const xml = pkg.files['items/q-listening.xml'] ?? '';
    expect(xml).toContain(
      '<qti-string-match case-sensitive="false"><qti-variable identifier="RESPONSE"/><qti-base-value base-type="string">rivers</qti-base-value></qti-string-match>',
    );
    expect(xml).toContain(
      '<qti-gte><qti-variable identifier="SCORE"/><qti-variable identifier="MAXSCORE"/></qti-gte>',
    );
    const numeric = pkg.files['items/q-measured.xml'] ?? '';
    expect(numeric).toContain(
      '<qti-equal tolerance-mode="exact"><qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">3</qti-base-value></qti-equal>',
    );
  });

  it('keeps the template when a question has no feedback', () => {
    const plain: QuestionContent = { ...(mediaQuestions.measured as QuestionContent) };
    delete plain.feedback;
    const out = writeQtiPackage([{ id: 'p', content: plain }], 'x');
    expect(out.files['items/q-p.xml']).not.toContain('FEEDBACK');
    expect(out.files['items/q-p.xml']).toContain(
      '<qti-response-processing><qti-response-condition>',
    );
  });
});
