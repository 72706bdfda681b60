import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './organisation';

/**
 * Added: wrong tries at one target on one computer (`kind`: sign_in, pin,
 * start_code, resume_code), and the lockout they set. The lock is measured on
 * the computer's app uptime (`device_uptime`), never on the wall clock.
 */
export const guessGuards = sqliteTable(
  'guess_guards',
  {
    // `device|kind|target`: one row per computer and target.
    id: text('id').primaryKey(),
    // The organisation the target belongs to; null for a sign-in email nobody has.
    clientId: text('client_id').references(() => clients.id),
    deviceId: text('device_id').notNull(),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
    failures: integer('failures').notNull().default(0),
    lockouts: integer('lockouts').notNull().default(0),
    lockedUntilUptimeMs: integer('locked_until_uptime_ms'),
    // Wall time the lock was expected to end when it was set: for people to read only.
    lockedUntilEstimate: text('locked_until_estimate'),
    lastLockedAt: text('last_locked_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('idx_guess_guards_target').on(t.kind, t.target, t.deviceId),
    index('idx_guess_guards_client').on(t.clientId, t.lastLockedAt),
  ],
);

/** Added: how long the app has run on each computer, summed across restarts (the lockouts' clock). */
export const deviceUptime = sqliteTable('device_uptime', {
  deviceId: text('device_id').primaryKey(),
  uptimeMs: integer('uptime_ms').notNull(),
  wallAt: text('wall_at').notNull(),
});
