import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, makePrivate } from '@db/backup/database-files';
import type { WitnessedHead } from '@shared/audit/signed-chain';

/**
 * The chain heads this computer has seen of every other device, kept in the
 * data folder (mode 600), outside the synced database: a rewrite of the
 * server's database cannot reach it, so the heads it names must stay in the
 * chain. Per organisation, since a data folder may change organisation.
 */
export const WITNESS_FILE = 'audit-witness.json';

const witnessSchema = z.object({
  version: z.literal(1),
  organisations: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        publicKey: z.string(),
        seq: z.number().int().min(1),
        hash: z.string(),
        seenAt: z.string(),
      }),
    ),
  ),
});
type WitnessFile = z.infer<typeof witnessSchema>;

function readWitnessFile(dataDir: string): WitnessFile {
  const path = join(dataDir, WITNESS_FILE);
  if (!existsSync(path)) return { version: 1, organisations: {} };
  const parsed = witnessSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `The witnessed audit heads in ${WITNESS_FILE} are damaged; move the file away to start witnessing afresh.`,
    );
  }
  return parsed.data;
}

/** The heads seen of each device of organisation `clientId`. */
export function readWitnessed(dataDir: string, clientId: string): Map<string, WitnessedHead> {
  return new Map(Object.entries(readWitnessFile(dataDir).organisations[clientId] ?? {}));
}

/** Replaces what is known of organisation `clientId`; atomic, so a crash leaves the old file. */
export function writeWitnessed(
  dataDir: string,
  clientId: string,
  heads: ReadonlyMap<string, WitnessedHead>,
): void {
  const file = readWitnessFile(dataDir);
  file.organisations[clientId] = Object.fromEntries(heads);
  ensurePrivateDir(dataDir);
  const path = join(dataDir, WITNESS_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
  makePrivate(path);
}
