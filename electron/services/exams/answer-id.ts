import { createHash } from 'node:crypto';

/**
 * The id of one question's answer in one attempt, the same on every device.
 * An attempt resumed on another computer (with a proctor's resume code) then
 * updates the same row instead of adding a second answer, which the unique
 * (attempt, question) index would refuse when the first computer's changes
 * reach the server. It is a UUIDv7 in form: the attempt id's timestamp, then
 * hash bits, with the version and variant set.
 */
export function answerIdFor(attemptId: string, questionId: string): string {
  const digest = createHash('sha256').update(`${attemptId}\u0000${questionId}`).digest();
  const hex = attemptId.replace(/-/g, '').slice(0, 12) + digest.toString('hex').slice(0, 20);
  const versioned = `${hex.slice(0, 12)}7${hex.slice(13, 16)}${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 32)}`;
  return `${versioned.slice(0, 8)}-${versioned.slice(8, 12)}-${versioned.slice(12, 16)}-${versioned.slice(16, 20)}-${versioned.slice(20, 32)}`;
}
