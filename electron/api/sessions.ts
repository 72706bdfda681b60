import type { TenantContext } from '@db/tenant';
import { idleExpired } from '@shared/auth/session-idle';

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
  /** When each session was last used by its person, on the monotonic clock. */
  private readonly lastActive = new Map<string, number>();

  /** `monotonicMs` times idleness; a clock a test moves by hand stands in for it there. */
  constructor(private readonly monotonicMs: () => number = () => performance.now()) {}

  get(key: string): Session | undefined {
    return this.byKey.get(key);
  }

  set(session: Session): void {
    const before = this.byKey.get(session.key);
    this.byKey.set(session.key, session);
    // A new sign-in starts active; the same session stored again (a role change) keeps its time.
    if (before?.signedInAt !== session.signedInAt || !this.lastActive.has(session.key)) {
      this.lastActive.set(session.key, this.monotonicMs());
    }
  }

  delete(key: string): void {
    this.byKey.delete(key);
    this.lastActive.delete(key);
  }

  /** The person used the app (a key press or click the window reported, or a change they made). */
  touch(key: string): void {
    if (this.byKey.has(key)) this.lastActive.set(key, this.monotonicMs());
  }

  /** Whether the session has been idle longer than its role allows (staff only; exams never expire). */
  idle(key: string): boolean {
    const session = this.byKey.get(key);
    const last = this.lastActive.get(key);
    if (!session || last === undefined) return false;
    return idleExpired(session.tenant.role, last, this.monotonicMs());
  }

  /** Ends every session of one person (deactivated, password reset). */
  endForProfile(profileId: string): string[] {
    const ended: string[] = [];
    for (const [key, s] of this.byKey) {
      if (s.tenant.profileId === profileId) {
        this.delete(key);
        ended.push(key);
      }
    }
    return ended;
  }

  all(): Session[] {
    return [...this.byKey.values()];
  }
}
