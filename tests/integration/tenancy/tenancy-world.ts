import type { TestCore } from '../../helpers/core';
import { prepareDemoFixture } from '../../helpers/fixtures';
import { createSecondTenant } from '../../helpers/second-tenant';
import type { TenancyWorld } from './repository-cases';

/** The demo organisation (A, acting as its admin) and a second one (B) on one test core. */
export async function buildTenancyWorld(core: TestCore): Promise<TenancyWorld> {
  const fx = await prepareDemoFixture(core);
  const b = await createSecondTenant(core);
  return {
    db: core.env.db(),
    client: core.database.client,
    transaction: core.env.transaction,
    fx,
    b,
    a: { clientId: fx.clientId, profileId: fx.people.admin, role: 'admin' },
  };
}
