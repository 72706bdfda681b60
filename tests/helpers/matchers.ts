import { expect } from 'vitest';

/** `expect.stringMatching`, typed as the string it stands for, for use inside `toMatchObject`. */
export function textMatching(pattern: RegExp): string {
  const matcher: unknown = expect.stringMatching(pattern);
  return matcher as string;
}
