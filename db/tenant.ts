import type { Role } from '@shared/domain/roles';

/**
 * Who is asking, from the signed-in session held in main. Never built from
 * renderer input. Every repository function takes one and scopes its query by it.
 */
export interface TenantContext {
  clientId: string;
  profileId: string;
  role: Role;
}

/** Who an audit row is attributed to. A failed sign-in has an organisation but no session yet. */
export interface Actor {
  clientId: string;
  profileId: string | null;
}
