import { writeSync } from 'node:fs';
import { createCore, type Core } from '@main/app/core';

/** A line on stdout at once, so the parent reads it before the child's next step (or its kill). */
export const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

/**
 * The app on a data folder with the demo organisation, as a child process
 * a test kills opens it: cheap password hashing, and every logged error
 * printed as a LOG line so the parent can show it.
 */
export function openChildCore(dataDir: string): Promise<Core> {
  return createCore({
    dataDir,
    seedDemo: true,
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    logError: (m, e) => say(`LOG ${m} ${String(e)}`),
  });
}
