import { afterAll, afterEach } from 'vitest';
import { cleanupTempDirs } from './temp-dir';

afterEach(() => {
  cleanupTempDirs('test');
});

afterAll(() => {
  cleanupTempDirs('file');
});
