import { createHash } from 'node:crypto';
import { questionContentSchema, type QuestionContent } from '@shared/domain/questions';

/**
 * Questions that show images and audio (`media:<sha256>`) in their stem,
 * options and feedback, with feedback of every kind, and the files
 * themselves: a 1x1 PNG and the opening of an MP3, written for these tests.
 */
export const samplePng = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
export const sampleMp3 = new Uint8Array(Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]));

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export const pngHash = sha256Hex(samplePng);
export const mp3Hash = sha256Hex(sampleMp3);

export const sampleMedia = new Map([
  [pngHash, { mime: 'image/png', bytes: samplePng }],
  [mp3Hash, { mime: 'audio/mpeg', bytes: sampleMp3 }],
]);

export const mediaQuestions: Record<string, QuestionContent> = {
  pictureChoice: questionContentSchema.parse({
    type: 'single_choice',
    format: 'html',
    text: `<p>Which shape is this? <img src="media:${pngHash}" alt="a square"></p>`,
    options: [
      { id: 'a', text: 'a square' },
      { id: 'b', text: `a circle <img src="media:${pngHash}" alt="the same square">` },
    ],
    key: { optionId: 'a' },
    marks: 2,
    tags: [],
    feedback: {
      general: `<p>Listen again: <audio src="media:${mp3Hash}"></audio></p>`,
      correct: '<p>Right.</p>',
      incorrect: '<p>Count the corners.</p>',
      perOption: { b: '<strong>No</strong>: it has corners.' },
    },
  }),
  listening: questionContentSchema.parse({
    type: 'short_answer',
    format: 'html',
    text: `<p>Which word do you hear? <audio src="media:${mp3Hash}"></audio></p>`,
    options: null,
    key: {
      accepted: ['river'],
      caseSensitive: false,
      partial: [{ answer: 'rivers', credit: 0.5 }],
    },
    marks: 1,
    tags: ['listening'],
    feedback: {
      partial: '<p>Nearly: only one.</p>',
      perAnswer: [
        { answer: 'river', text: '<p>Yes.</p>' },
        { answer: 'rivers', text: `<p>One only <img src="media:${pngHash}" alt="one"></p>` },
      ],
    },
  }),
  measured: questionContentSchema.parse({
    type: 'numeric',
    text: 'How many sides has a square?',
    options: null,
    key: { value: 4, tolerance: 0, toleranceMode: 'absolute' },
    marks: 1,
    tags: [],
    feedback: { perAnswer: [{ answer: '3', text: 'That is a triangle.' }], correct: 'Yes.' },
  }),
  gaps: questionContentSchema.parse({
    type: 'cloze',
    text: 'A square has {{gap:n}} sides and {{gap:c}} corners.',
    options: null,
    gaps: [
      { id: 'n', kind: 'numeric', marks: 1 },
      { id: 'c', kind: 'text', marks: 1 },
    ],
    key: {
      gaps: {
        n: { value: 4, tolerance: 0, toleranceMode: 'absolute' },
        c: { accepted: ['four'], caseSensitive: false },
      },
    },
    marks: 2,
    tags: [],
    feedback: { perGap: { n: 'Count them.', c: 'As many as sides.' }, general: 'Squares.' },
  }),
};
