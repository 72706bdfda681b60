import { z } from 'zod';
import { RESCUE_TABLES, type RescueTables } from '@db/backup/rescue-rows';
import { invalid } from '@shared/api/result';
import { signText, verifyText, type SigningKey } from './rescue-key';

/**
 * A rescue file: the payload as the exact JSON text that was signed, and
 * the signature over it, so nothing about the payload's layout can change
 * what is verified.
 */
const rowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

const payloadSchema = z.object({
  format: z.literal('exam-desk-rescue'),
  version: z.literal(1),
  rescueId: z.string().min(1),
  createdAt: z.string(),
  organisationId: z.string().min(1),
  deviceId: z.string().min(1),
  deviceName: z.string(),
  /** The files it was read from, for the people looking at it. */
  readFrom: z.array(z.string()),
  /** What could not be read. */
  problems: z.array(z.string()),
  tables: z.object(
    Object.fromEntries(
      RESCUE_TABLES.map((t) => [
        t,
        // Files written before rest breaks were rescued carry none.
        t === 'attempt_breaks' ? z.array(rowSchema).default([]) : z.array(rowSchema),
      ]),
    ) as Record<(typeof RESCUE_TABLES)[number], z.ZodArray<typeof rowSchema>>,
  ),
});
export type RescuePayload = z.infer<typeof payloadSchema>;

const fileSchema = z.object({
  format: z.literal('exam-desk-rescue-file'),
  version: z.literal(1),
  payload: z.string(),
  signature: z.object({
    algorithm: z.literal('ed25519'),
    publicKey: z.string().min(1),
    value: z.string().min(1),
  }),
});

export function writeRescueFile(payload: RescuePayload, key: SigningKey): string {
  const text = JSON.stringify(payload);
  return JSON.stringify({
    format: 'exam-desk-rescue-file',
    version: 1,
    payload: text,
    signature: { algorithm: 'ed25519', publicKey: key.publicKey, value: signText(key, text) },
  });
}

export interface ReadRescueFile {
  payload: RescuePayload & { tables: RescueTables };
  publicKey: string;
}

/** Parses and verifies a rescue file; every failure names the file in words. */
export function readRescueFile(fileText: string): ReadRescueFile {
  let outer: unknown;
  try {
    outer = JSON.parse(fileText);
  } catch {
    throw invalid('fileText', 'rescue.notJson');
  }
  const file = fileSchema.safeParse(outer);
  if (!file.success) throw invalid('fileText', 'rescue.notRescueFile');
  const { payload, signature } = file.data;
  if (!verifyText(signature.publicKey, payload, signature.value)) {
    throw invalid('fileText', 'rescue.changed');
  }
  let inner: unknown;
  try {
    inner = JSON.parse(payload);
  } catch {
    throw invalid('fileText', 'rescue.damaged');
  }
  const parsed = payloadSchema.safeParse(inner);
  if (!parsed.success) throw invalid('fileText', 'rescue.newerPayload');
  return { payload: parsed.data, publicKey: signature.publicKey };
}
