import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../helpers/core';

describe('core smoke', () => {
  it('seeds the demo organisation and lets the admin read the bank', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const list = await admin.ok('questions.list', {});
    expect(list.total).toBe(38);
    const tests = await admin.ok('tests.list', {});
    expect(tests.map((t) => t.status).sort()).toEqual(['draft', 'published']);
  });
});
