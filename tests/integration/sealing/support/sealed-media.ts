import { createHash, randomBytes } from 'node:crypto';
import type { QuestionContentInput } from '@shared/domain/questions';
import { ONE_PIXEL_PNG } from '../../../helpers/sample-inputs';
import { wav8Bit } from '../../../helpers/wav';

/** A PNG of three chunks whose tail is random, so its bytes occur nowhere else. */
export function uniquePng(): Buffer {
  return Buffer.concat([Buffer.from(ONE_PIXEL_PNG, 'base64'), randomBytes(40_000)]);
}

/** A WAV clip of random samples, two chunks long. */
export function uniqueWav(): Buffer {
  return wav8Bit(randomBytes(20_000));
}

/** Slices of a file's random part, one in each 16 KiB chunk, to look for in raw bytes. */
export function needlesOf(file: Buffer): Buffer[] {
  const needles: Buffer[] = [];
  for (let at = 200; at + 48 < file.length; at += 16 * 1024) {
    needles.push(file.subarray(at, at + 48));
  }
  return needles;
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A question that shows an image and plays a clip. */
export function mediaQuestion(imageHash: string, clipHash: string | null): QuestionContentInput {
  return {
    type: 'true_false',
    format: 'html',
    text:
      `<p>Is the planet in the picture Neptune?</p><img src="media:${imageHash}" alt="A blue planet" />` +
      (clipHash === null ? '' : `<audio src="media:${clipHash}"></audio>`),
    options: null,
    key: { value: true },
    marks: 1,
  };
}
