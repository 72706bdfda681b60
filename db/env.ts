import type { IdFactory } from '../shared/ids';
import type { Clock } from '../shared/time';
import type { Db } from './client';

/** What every repository call and service needs besides its input. */
export interface DataEnv {
  db: Db;
  clock: Clock;
  ids: IdFactory;
  /** This installation's id; audit rows chain per device. */
  deviceId: string;
}

export function nowIsoOf(env: Pick<DataEnv, 'clock'>): string {
  return new Date(env.clock.nowMs()).toISOString();
}
