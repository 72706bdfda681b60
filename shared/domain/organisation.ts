import type { UiLocale } from '../i18n/locales';
import type { Role } from './roles';

export interface Organisation {
  id: string;
  name: string;
  address: string | null;
  logoUrl: string | null;
  active: boolean;
  /** The language of everyone's screens, unless a student chose their own. */
  language: UiLocale;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/** What the renderer knows about who is signed in. */
export interface SessionInfo {
  person: Pick<Person, 'id' | 'name' | 'email' | 'role'>;
  organisation: Pick<Organisation, 'id' | 'name' | 'address' | 'logoUrl' | 'active' | 'language'>;
  /** Writes are refused (inactive organisation, lapsed subscription, outdated app); the reason says why. */
  readOnly: { reason: string } | null;
}
