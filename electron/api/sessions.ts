import type { TenantContext } from '@db/tenant';

export interface Session {
  /** The caller this session belongs to: a window (IPC) or a browser tab (preview). */
  key: string;
  tenant: TenantContext;
  name: string;
  email: string;
  signedInAt: string;
}

/** Signed-in sessions, held in main only. The renderer never sees or sends a tenant. */
export class SessionStore {
  private readonly byKey = new Map<string, Session>();

  get(key: string): Session | undefined {
    return this.byKey.get(key);
  }

  set(session: Session): void {
    this.byKey.set(session.key, session);
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  /** Ends every session of one person (deactivated, password reset). */
  endForProfile(profileId: string): string[] {
    const ended: string[] = [];
    for (const [key, s] of this.byKey) {
      if (s.tenant.profileId === profileId) {
        this.byKey.delete(key);
        ended.push(key);
      }
    }
    return ended;
  }

  all(): Session[] {
    return [...this.byKey.values()];
  }
}
