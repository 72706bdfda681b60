import { sequentialIds } from '@shared/ids';
import { clientOf, createTestCore, type TestClient, type TestCore } from '../../../helpers/core';

/** The installed app's first start on a fresh data folder: no demo, no organisation. */
export function freshProductionComputer(
  options: Parameters<typeof createTestCore>[0] = {},
  seed = 7,
): Promise<TestCore> {
  return createTestCore({
    seedDemo: false,
    production: true,
    ids: sequentialIds(Date.UTC(2026, 2, 1) + seed * 1e9, seed),
    ...options,
  });
}

export const newOrganisation = {
  organisationName: 'Eastfield Academy',
  adminName: 'Erin Admin',
  adminEmail: 'Erin@Eastfield.example',
  adminPassword: 'copper kettle lantern marsh',
  adminPin: '583920',
} as const;

/** Creates Eastfield Academy on a fresh computer; the window is then signed in as its admin. */
export async function createEastfield(core: TestCore): Promise<TestClient> {
  const window = clientOf(core);
  await window.ok('setup.createOrganisation', newOrganisation);
  return window;
}
