import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`CURRENT_TIMESTAMP`;

/** Seed table: an organisation (tenant). */
export const clients = sqliteTable('clients', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  address: text('address'),
  logoUrl: text('logo_url'),
  activeStatus: integer('active_status').default(1),
  createdAt: text('created_at').default(now),
  updatedAt: text('updated_at').default(now),
  // Added: the language of the organisation's screens (en, fr, ar); null is English.
  language: text('language'),
  // Added: the organisation key wrapped under each enrolment token, by wrap id (JSON; db/sealing/key-wrap.ts).
  contentKeyWraps: text('content_key_wraps'),
});

/** Seed table: a person who signs in. */
export const profiles = sqliteTable(
  'profiles',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    clientId: text('client_id').references(() => clients.id),
    createdAt: text('created_at').default(now),
    updatedAt: text('updated_at').default(now),
    // Added: what the person may do inside the organisation.
    role: text('role').notNull().default('student'),
    // Added: scrypt hash with its salt, checked offline.
    passwordHash: text('password_hash'),
    // Added: deactivated people cannot sign in; rows stay for the record.
    active: integer('active').notNull().default(1),
    // Added: consecutive failed sign-ins, for lockout.
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    // Added: sign-in refused until this time after too many failures.
    lockedUntil: text('locked_until'),
    // Added: shown to admins; helps spot unused accounts.
    lastLoginAt: text('last_login_at'),
    // Added: a proctor's PIN hash, verified offline to leave a locked exam.
    pinHash: text('pin_hash'),
    // Added: soft delete, so a delete syncs and never resurrects.
    deletedAt: text('deleted_at'),
    // Added: the people import that wrote it; hidden until that import is live (staged_imports).
    importId: text('import_id'),
  },
  (t) => [
    index('idx_profiles_client_id').on(t.clientId),
    // Added: a staged import's rows, found to clean them away.
    index('idx_profiles_import_id').on(t.importId),
  ],
);

/** Seed table: the plan catalogue. */
export const subscriptionPlans = sqliteTable('subscription_plans', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  monthlyPrice: real('monthly_price'),
  features: text('features'),
  createdAt: text('created_at').default(now),
});

/** Seed table: which plan an organisation is on, and when. */
export const clientSubscriptions = sqliteTable(
  'client_subscriptions',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    planId: text('plan_id')
      .notNull()
      .references(() => subscriptionPlans.id),
    status: text('status').default('active'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    createdAt: text('created_at').default(now),
    // Added: last change, so sync and the billing page can order edits.
    updatedAt: text('updated_at'),
  },
  // Added: subscriptions are always read per organisation.
  (t) => [index('idx_client_subscriptions_client_id').on(t.clientId)],
);
