/**
 * Prepares a data folder with a published 200-question test, in its own
 * process (the database file stays locked by the process that opened it).
 */
import { createCore } from '@main/app/core';
import { publishLongTest } from './exam-fixtures';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: prepare-nav-data.ts <data dir>');
const core = await createCore({ dataDir, seedDemo: true, logError: () => undefined });
await publishLongTest(core, 200, 'Navigation bench (200 questions)');
await core.close();
