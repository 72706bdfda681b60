import type { IdFactory } from '@shared/ids';
import type { Clock } from '@shared/time';
import type { Db } from './client';
import type { TransactionRunner } from './transaction';

/** What every repository call and service needs besides its input. */
export interface DataEnv {
  /** The database as it is now: joining an organisation replaces it, so ask at each use. */
  db: () => Db;
  /** Runs work in one transaction on the database as it is now. */
  transaction: TransactionRunner;
  clock: Clock;
  ids: IdFactory;
  /** This installation's id; audit rows chain per device. */
  deviceId: string;
}

export function nowIsoOf(env: Pick<DataEnv, 'clock'>): string {
  return new Date(env.clock.nowMs()).toISOString();
}
