import { z } from 'zod';

/** What a device is used for, shown to staff on the device list. */
export const deviceRoles = ['exam', 'proctor', 'authoring', 'admin'] as const;
export const deviceRoleSchema = z.enum(deviceRoles);
export type DeviceRole = z.infer<typeof deviceRoleSchema>;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Why a sync URL cannot be used, or null. Turso Cloud URLs are `libsql://` or
 * `https://`; plain `http://` would send the token in clear, so it is only
 * accepted for a sync server on this computer (development and tests).
 */
export function syncUrlProblem(raw: string): string | null {
  // shared/ has no URL class (no DOM, no Node), so the few parts that matter are read by hand.
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/.exec(
    raw.trim(),
  );
  if (!match) return 'is not a URL (expected libsql://your-db.turso.io or https://...)';
  const protocol = (match[1] ?? '').toLowerCase();
  const authority = match[2] ?? '';
  if (authority.includes('@'))
    return 'must not contain a user name or password; put the token in the token field';
  if (match[4] !== undefined || match[5] !== undefined) return 'must not have a query or fragment';
  const hostMatch = /^(\[[0-9a-fA-F:.]+\]|[^:]*)(?::(\d{1,5}))?$/.exec(authority);
  const host = (hostMatch?.[1] ?? '').toLowerCase();
  if (!hostMatch || host === '' || !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(host))
    return 'has no valid host';
  const port = hostMatch[2] === undefined ? null : Number(hostMatch[2]);
  if (port !== null && (port < 1 || port > 65_535)) return 'has a port out of range';
  switch (protocol) {
    case 'libsql':
    case 'https':
      return null;
    case 'http':
      return isLoopback(host)
        ? null
        : 'must use https:// or libsql:// (plain http:// is only allowed for a server on this computer)';
    default:
      return `uses ${protocol}://, expected libsql:// or https://`;
  }
}

/** The URL as stored: trimmed, without a trailing slash. */
export function normaliseSyncUrl(raw: string): string {
  return raw.trim().replace(/\/+$/, '');
}

export const syncUrlSchema = z
  .string()
  .trim()
  .min(1, 'enter the sync URL')
  .max(2_048, 'is too long for a URL')
  .superRefine((value, ctx) => {
    const problem = syncUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normaliseSyncUrl);

export const syncTokenSchema = z
  .string()
  .trim()
  .min(1, 'enter the auth token')
  .max(8_192, 'is too long for a token')
  .regex(/^[\x21-\x7e]+$/, 'has spaces or characters a token cannot contain');

export const deviceNameSchema = z
  .string()
  .trim()
  .min(1, 'give this computer a name staff will recognise')
  .max(100, 'use at most 100 characters');

/**
 * The organisation content key, as an enrolment file carries it to each
 * computer: the 32 bytes in base64. Answer keys and hashes are sealed with it.
 */
export const organisationKeySchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9+/]{43}=$/,
    'is not an organisation key (44 characters of base64, as an enrolment file from an admin holds it)',
  );

export const enrolmentInputSchema = z
  .object({
    url: syncUrlSchema,
    token: syncTokenSchema,
    deviceName: deviceNameSchema,
    deviceRole: deviceRoleSchema.optional(),
    organisationKey: organisationKeySchema.optional(),
  })
  .strict();
export type EnrolmentInput = z.output<typeof enrolmentInputSchema>;

export const ENROLMENT_FILE_FORMAT = 'exam-desk-enrolment';

/**
 * An enrolment file, as an admin exports it for a room of computers:
 * `{"format":"exam-desk-enrolment","version":1,"url":"...","token":"...","organisation":"..."}`.
 * The device name is typed on each computer.
 */
export const enrolmentFileSchema = z.object({
  format: z.literal(ENROLMENT_FILE_FORMAT, {
    error: `is not "${ENROLMENT_FILE_FORMAT}": this is not an Exam Desk enrolment file`,
  }),
  version: z.literal(1, { error: 'is not a version this app can read (expected 1)' }),
  url: syncUrlSchema,
  token: syncTokenSchema,
  organisation: z.string().trim().max(200).optional(),
  deviceRole: deviceRoleSchema.optional(),
  organisationKey: organisationKeySchema.optional(),
});
export type EnrolmentFile = z.output<typeof enrolmentFileSchema>;

/** Enrolment files are tiny; anything larger is not one. */
export const MAX_ENROLMENT_FILE_BYTES = 64 * 1024;

export type EnrolmentFileResult =
  { ok: true; value: EnrolmentFile } | { ok: false; field: string; message: string };

/** Reads an enrolment file's text, naming the first thing wrong with it. */
export function parseEnrolmentFile(text: string): EnrolmentFileResult {
  if (text.length > MAX_ENROLMENT_FILE_BYTES) {
    return { ok: false, field: 'file', message: 'file: is too large to be an enrolment file' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, field: 'file', message: 'file: is not valid JSON (is it the right file?)' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, field: 'file', message: 'file: does not hold an enrolment object' };
  }
  const parsed = enrolmentFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field =
    issue && issue.path.length > 0 ? `file.${issue.path.map(String).join('.')}` : 'file';
  return { ok: false, field, message: `${field}: ${issue?.message ?? 'is not valid'}` };
}
