import { randomInt } from 'node:crypto';

/** A code of `digits` random digits (start and resume codes), from the OS CSPRNG. */
export function randomCode(digits = 6): string {
  let out = '';
  for (let i = 0; i < digits; i += 1) out += String(randomInt(10));
  return out;
}
