import { createHash } from 'node:crypto';
import type { QuestionContent } from '@shared/domain/questions';
import { writeMoodleXml, type ExportMedia } from '@shared/interchange/moodle-xml/write';

/** A PNG of about `bytes` bytes, different for each seed: the signature, then deterministic noise. */
function pngOf(seed: number, bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(out);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 8; i < bytes; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const common = (i: number) => ({
  marks: (i % 3) + 1,
  difficulty: null,
  tags: [`unit-${(i % 40) + 1}`],
  settings: {},
});

/** Question i of a mixed bank, as the bank holds it; `image` is shown in the stem when given. */
function questionNo(i: number, image: string | null): QuestionContent {
  const stem = `<p>Question ${i + 1}: which statement about topic ${(i * 7919) % 1000} is right?</p>${
    image ? `<p><img src="media:${image}" alt="Figure for question ${i + 1}"></p>` : ''
  }`;
  const html = { format: 'html' as const, text: stem, ...common(i) };
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `<p>Option ${id} of ${i}</p>` }));
  switch (i % 10) {
    case 0:
      return {
        ...html,
        type: 'single_choice',
        options,
        key: { optionId: 'a', weights: { a: 1, b: 0.5, c: 0.25 } },
      };
    case 1:
      return {
        ...html,
        type: 'multiple_response',
        options,
        key: { optionIds: ['a', 'c'] },
        feedback: { correct: '<p>Well done.</p>' },
      };
    case 2:
      return { ...html, type: 'true_false', options: null, key: { value: i % 4 === 2 } };
    case 3:
      return {
        ...html,
        type: 'short_answer',
        options: null,
        key: {
          accepted: [`answer ${i}`],
          caseSensitive: false,
          partial: [{ answer: `part ${i}`, credit: 0.5 }],
        },
        feedback: { perAnswer: [{ answer: `answer ${i}`, text: '<p>Right.</p>' }] },
      };
    case 4:
      return {
        ...html,
        type: 'numeric',
        options: null,
        key: { value: i, tolerance: 0.5, toleranceMode: 'absolute' },
      };
    case 5:
      return {
        ...html,
        type: 'essay',
        options: null,
        key: null,
        settings: { minWords: 50, maxWords: 400 },
      };
    case 6:
      return {
        ...html,
        type: 'matching',
        options: null,
        premises: [
          { id: 'p1', text: `<p>Premise one of ${i}</p>` },
          { id: 'p2', text: `<p>Premise two of ${i}</p>` },
        ],
        responses: [
          { id: 'r1', text: `first ${i}` },
          { id: 'r2', text: `second ${i}` },
          { id: 'r3', text: `third ${i}` },
        ],
        key: { pairs: { p1: 'r1', p2: 'r2' } },
      };
    case 7:
      return {
        ...html,
        type: 'cloze',
        text: `${stem}<p>Pick {{gap:g1}}, type {{gap:g2}}, give {{gap:g3}}.</p>`,
        marks: 3,
        options: null,
        gaps: [
          {
            id: 'g1',
            kind: 'choice',
            marks: 1,
            options: [
              { id: 'a', text: 'yes' },
              { id: 'b', text: 'no' },
            ],
          },
          { id: 'g2', kind: 'text', marks: 1 },
          { id: 'g3', kind: 'numeric', marks: 1 },
        ],
        key: {
          gaps: {
            g1: { optionId: 'a' },
            g2: { accepted: [`word${i}`], caseSensitive: false },
            g3: { value: i, tolerance: 0, toleranceMode: 'absolute' },
          },
        },
      };
    case 8:
      return {
        ...html,
        type: 'ordering',
        options: null,
        items: [
          { id: 'i1', text: `<p>first ${i}</p>` },
          { id: 'i2', text: `<p>second ${i}</p>` },
          { id: 'i3', text: `<p>third ${i}</p>` },
        ],
        key: { order: ['i1', 'i2', 'i3'] },
      };
    default:
      return { ...html, type: 'description', marks: 0, options: null, key: null };
  }
}

/**
 * A Moodle XML bank of `n` questions of every type the bank holds, `images`
 * of them showing a different embedded PNG of about `imageBytes`, written by
 * the exporter as Moodle would receive it.
 */
export function moodleBank(n: number, images: number, imageBytes = 1_200): string {
  const media = new Map<string, ExportMedia>();
  const every = Math.max(1, Math.floor(n / images));
  const questions = Array.from({ length: n }, (_, i) => {
    let image: string | null = null;
    if (i % every === 0 && media.size < images) {
      const bytes = pngOf(i + 1, imageBytes);
      image = createHash('sha256').update(bytes).digest('hex');
      media.set(image, { mime: 'image/png', base64: bytes.toString('base64') });
    }
    return { id: `q${i}`, content: questionNo(i, image) };
  });
  const { text, skipped } = writeMoodleXml(questions, media);
  if (skipped.length > 0) throw new Error(`the bench bank left out ${skipped.length} questions`);
  return text;
}
