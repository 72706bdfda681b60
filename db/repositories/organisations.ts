import { count, eq } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import { DEFAULT_LOCALE, toUiLocale, type UiLocale } from '@shared/i18n/locales';
import type { Organisation } from '@shared/domain/organisation';
import type { Db } from '../client';
import { fromBool, toBool } from '../rows';
import { clients } from '../schema/index';
import { makeContentKey } from '../sealing/content-keys';
import type { TenantContext } from '../tenant';

type ClientRow = typeof clients.$inferSelect;

export function toOrganisation(row: ClientRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    logoUrl: row.logoUrl,
    active: toBool(row.activeStatus, true),
    language: toUiLocale(row.language) ?? DEFAULT_LOCALE,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The signed-in person's own organisation; there is no way to name another. */
export async function getOrganisation(db: Db, tenant: TenantContext): Promise<Organisation> {
  const rows = await db.select().from(clients).where(eq(clients.id, tenant.clientId)).limit(1);
  const row = rows[0];
  if (!row) throw notFound('organisation');
  return toOrganisation(row);
}

export interface OrganisationPatch {
  name?: string | undefined;
  address?: string | null | undefined;
  logoUrl?: string | null | undefined;
  active?: boolean | undefined;
  language?: UiLocale | undefined;
}

export async function updateOrganisation(
  db: Db,
  tenant: TenantContext,
  patch: OrganisationPatch,
  nowIso: string,
): Promise<{ before: Organisation; after: Organisation }> {
  const before = await getOrganisation(db, tenant);
  await db
    .update(clients)
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.logoUrl !== undefined && { logoUrl: patch.logoUrl }),
      ...(patch.active !== undefined && { activeStatus: fromBool(patch.active) }),
      ...(patch.language !== undefined && { language: patch.language }),
      updatedAt: nowIso,
    })
    .where(eq(clients.id, tenant.clientId));
  return { before, after: await getOrganisation(db, tenant) };
}

/** Whether the database holds any organisation yet (a first start seeds the demo one). */
export async function hasAnyOrganisation(db: Db): Promise<boolean> {
  const rows = await db.select({ n: count() }).from(clients);
  return (rows[0]?.n ?? 0) > 0;
}

export async function insertOrganisation(
  db: Db,
  values: {
    id: string;
    name: string;
    address?: string | null;
    logoUrl?: string | null;
    nowIso: string;
  },
): Promise<void> {
  // The organisation's content key is made with it (db/sealing/content-keys.ts).
  makeContentKey(values.id);
  await db.insert(clients).values({
    id: values.id,
    name: values.name,
    address: values.address ?? null,
    logoUrl: values.logoUrl ?? null,
    activeStatus: 1,
    createdAt: values.nowIso,
    updatedAt: values.nowIso,
  });
}

/** Every organisation in the local file (one tenant database per file), for the upgrade at start. */
export async function organisationIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: clients.id }).from(clients);
  return rows.map((r) => r.id);
}

/** The organisation key's wraps, by wrap id (db/sealing/key-wrap.ts); empty when none was made. */
export async function contentKeyWraps(
  db: Db,
  scope: { clientId: string },
): Promise<Record<string, string>> {
  const rows = await db
    .select({ wraps: clients.contentKeyWraps })
    .from(clients)
    .where(eq(clients.id, scope.clientId))
    .limit(1);
  const text = rows[0]?.wraps ?? null;
  if (text === null) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    // A damaged value holds no wrap; the next computer holding the key writes it again.
    return {};
  }
}

/**
 * Keeps one wrap of the organisation key, and drops the wrap of the token it
 * replaces (re-enrolled with a new one); other tokens' wraps stay.
 */
export async function putContentKeyWrap(
  db: Db,
  scope: { clientId: string },
  wrapId: string,
  wrapped: string,
  replacesWrapId: string | null = null,
): Promise<void> {
  const kept = Object.entries(await contentKeyWraps(db, scope)).filter(
    ([id]) => id !== wrapId && id !== replacesWrapId,
  );
  const wraps = Object.fromEntries([...kept, [wrapId, wrapped]]);
  await db
    .update(clients)
    .set({ contentKeyWraps: JSON.stringify(wraps) })
    .where(eq(clients.id, scope.clientId));
}
