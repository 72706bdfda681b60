import { and, eq } from 'drizzle-orm';
import {
  defaultDisplaySettings,
  displaySettingsSchema,
  type DisplaySettings,
} from '@shared/domain/display';
import { toUiLocale } from '@shared/i18n/locales';
import type { Db } from '../client';
import { displaySettings } from '../schema/index';
import type { TenantContext } from '../tenant';

type DisplaySettingsRow = typeof displaySettings.$inferSelect;

/** A row as settings; a value this app does not know falls back to the standard one. */
export function toDisplaySettings(row: DisplaySettingsRow | undefined): DisplaySettings {
  if (!row) return { ...defaultDisplaySettings };
  // A language is there only once the student chose one (a newer app's choice reads as none).
  const language = toUiLocale(row.language);
  return language === null ? visualSettings(row) : { ...visualSettings(row), language };
}

function visualSettings(row: DisplaySettingsRow): DisplaySettings {
  const parsed = displaySettingsSchema.safeParse({
    textSize: row.textSize,
    lineSpacing: row.lineSpacing,
    contrast: row.contrast,
    theme: row.theme,
  });
  if (parsed.success) return parsed.data;
  const fields = displaySettingsSchema.shape;
  return {
    textSize: fields.textSize.catch(defaultDisplaySettings.textSize).parse(row.textSize),
    lineSpacing: fields.lineSpacing
      .catch(defaultDisplaySettings.lineSpacing)
      .parse(row.lineSpacing),
    contrast: fields.contrast.catch(defaultDisplaySettings.contrast).parse(row.contrast),
    theme: fields.theme.catch(defaultDisplaySettings.theme).parse(row.theme),
  };
}

/** The signed-in person's own display settings (the standard ones until they choose). */
export async function getDisplaySettings(db: Db, tenant: TenantContext): Promise<DisplaySettings> {
  const rows = await db
    .select()
    .from(displaySettings)
    .where(
      and(
        eq(displaySettings.profileId, tenant.profileId),
        eq(displaySettings.clientId, tenant.clientId),
      ),
    )
    .limit(1);
  return toDisplaySettings(rows[0]);
}

/** Saves the signed-in person's display settings; only ever their own row, in their organisation. */
export async function saveDisplaySettings(
  db: Db,
  tenant: TenantContext,
  settings: DisplaySettings,
  nowIso: string,
): Promise<void> {
  await db
    .insert(displaySettings)
    .values({
      profileId: tenant.profileId,
      clientId: tenant.clientId,
      ...settings,
      updatedAt: nowIso,
    })
    .onConflictDoUpdate({
      target: displaySettings.profileId,
      set: { ...settings, updatedAt: nowIso },
      setWhere: eq(displaySettings.clientId, tenant.clientId),
    });
}
