import type { DataEnv } from '@db/env';
import type { EventHub } from '../api/events';
import type { SessionStore } from '../api/sessions';
import type { GuessGuard } from './auth/guess-guard';
import type { ScryptParams } from './auth/passwords';
import type { SeededDemoHashes } from './auth/seeded-hashes';

/** Everything a service needs: the data environment plus main-process state. */
export interface ServiceEnv extends DataEnv {
  sessions: SessionStore;
  events: EventHub;
  scrypt: ScryptParams;
  appVersion: string;
  /** Wrong tries at passwords, PINs and codes, counted per computer and target. */
  guesses: GuessGuard;
  /** Hashes the demo seed made in this process from the published demo password. */
  seededDemoHashes?: SeededDemoHashes;
}
