import { afterEach } from 'vitest';
import { cleanupTempDirs } from './temp-dir';

afterEach(() => {
  cleanupTempDirs();
});
