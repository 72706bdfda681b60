import { createHash } from 'node:crypto';
import {
  chainTip,
  deviceChainFrom,
  deviceKeyOf,
  listDeviceKeys,
  listSignedHeads,
  putDeviceKey,
  putSignedHead,
  signedHeadOf,
  unattributedRows,
} from '@db/repositories/audit-signing';
import { sha256Hex } from '@db/repositories/audit-logs';
import { tenantOrganisationId } from '@db/repositories/devices';
import { mutate } from '@db/mutation';
import { nowIsoOf } from '@db/env';
import { chainPayloadV2, rowPayload, ROW_HASH_VERSION, type ChainRow } from '@shared/audit/chain';
import {
  headPayload,
  registryPayload,
  type DeviceKeyEntry,
  type WitnessedHead,
} from '@shared/audit/signed-chain';
import type { ServiceEnv } from '../service-env';
import type { DeviceSigningKey } from './device-key';
import { registryKey, registryMac, registryMacMatches } from './registry-key';
import { verifySignature } from './signature';
import { readWitnessed, writeWitnessed } from './witness-file';

export interface AuditSigningDeps {
  env: Pick<ServiceEnv, 'db' | 'transaction' | 'clock' | 'ids' | 'deviceId'>;
  dataDir: string;
  /** This computer's key; null when it could not be opened (then nothing is signed, and verify says so). */
  key: DeviceSigningKey | null;
  /** The organisation's enrolment secret (the sync token, opened from the keyring); null when not enrolled. */
  enrolmentSecret: () => Promise<string | null>;
  log: (message: string, error?: unknown) => void;
}

/** The action of the audit row a device registers its key with. */
export const AUDIT_KEY_ACTION = 'device.auditKey';

/** The digest a pre-chain row (no device) is attested by: over every field of it. */
export const preChainDigest = (row: ChainRow): string =>
  createHash('sha256')
    .update(chainPayloadV2(row))
    .update(row.hash ?? '')
    .digest('hex');

/**
 * Keeps this device's chain signed: registers its key in the organisation's
 * registry (MAC'd under the enrolment secret), signs its chain head, and
 * after each pull witnesses the signed heads of the other devices. Signing
 * runs after a mutation and before a push, never inside an answer save.
 */
export class AuditChainSigner {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: AuditSigningDeps) {}

  /** Registers and signs soon; calls while one runs fold into one more run. */
  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = (async () => {
      do {
        await this.signNow().catch((error: unknown) =>
          this.deps.log('signing the audit chain head', error),
        );
      } while (this.takeAgain());
    })().finally(() => {
      this.running = null;
    });
  }

  /** Whether a request came in during the last run (and forgets it). */
  private takeAgain(): boolean {
    const again = this.again;
    this.again = false;
    return again;
  }

  /** Settles when no signing is running. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async signNow(): Promise<void> {
    const orgId = await tenantOrganisationId(this.deps.env.db());
    if (!orgId || !this.deps.key) return;
    await this.ensureRegistered(orgId, this.deps.key);
    await this.signHead(orgId, this.deps.key);
  }

  private async macKey(orgId: string): Promise<Buffer | null> {
    const secret = await this.deps.enrolmentSecret();
    return secret ? registryKey(secret, orgId) : null;
  }

  private async ensureRegistered(orgId: string, key: DeviceSigningKey): Promise<void> {
    const { env } = this.deps;
    const macKey = await this.macKey(orgId);
    const existing = await deviceKeyOf(env.db(), { clientId: orgId }, env.deviceId);
    if (existing && existing.publicKey !== key.publicKey && !key.created) {
      // Not this computer's doing: a key swapped in the database is evidence, not something to overwrite.
      this.deps.log(
        'the registry names another audit key for this computer; it is left for audit.verify to report',
      );
      return;
    }
    const macHolds =
      existing !== null &&
      (macKey === null ||
        registryMacMatches(macKey, registryPayload(existing), existing.enrolmentMac));
    if (existing && existing.publicKey === key.publicKey && macHolds) return;
    const unsigned = {
      deviceId: env.deviceId,
      clientId: orgId,
      publicKey: key.publicKey,
      registeredAt: nowIsoOf(env),
    };
    const entry: DeviceKeyEntry = {
      ...unsigned,
      enrolmentMac: macKey ? registryMac(macKey, registryPayload(unsigned)) : null,
    };
    // A device's first key attests the rows with no device it found (history from before chains).
    const preChain =
      existing === null && key.created
        ? Object.fromEntries(
            (await unattributedRows(env.db(), { clientId: orgId })).map((r) => [
              r.id,
              preChainDigest(r),
            ]),
          )
        : {};
    await mutate(env, { clientId: orgId, profileId: null }, async (tx) => {
      await putDeviceKey(tx, entry);
      return {
        value: null,
        audit: {
          action: AUDIT_KEY_ACTION,
          resourceType: 'device',
          resourceId: env.deviceId,
          changes: {
            publicKey: [existing?.publicKey ?? null, key.publicKey],
            ...(entry.enrolmentMac && !existing?.enrolmentMac ? { enrolled: [false, true] } : {}),
            ...(Object.keys(preChain).length > 0 ? { preChainRows: preChain } : {}),
          },
        },
      };
    });
  }

  private async signHead(orgId: string, key: DeviceSigningKey): Promise<void> {
    const { env, dataDir } = this.deps;
    const tip = await chainTip(env.db(), env.deviceId);
    if (!tip) return;
    const current = await signedHeadOf(env.db(), env.deviceId);
    if (
      current &&
      current.seq === tip.seq &&
      current.hash === tip.hash &&
      current.clientId === orgId &&
      verifySignature(key.publicKey, headPayload(current), current.signature)
    )
      return;
    const witnessed = readWitnessed(dataDir, orgId);
    const self = witnessed.get(env.deviceId);
    if (self && !(await this.extendsWitnessed(self, tip))) {
      // Signing now would vouch for a chain rewritten under this computer.
      this.deps.log(
        'this computer’s own audit chain no longer holds the head it signed last; not signing over it',
      );
      return;
    }
    const unsigned = {
      deviceId: env.deviceId,
      clientId: orgId,
      seq: tip.seq,
      hash: tip.hash,
      signedAt: nowIsoOf(env),
    };
    await env.transaction(async (tx) => {
      await putSignedHead(tx.db, { ...unsigned, signature: key.sign(headPayload(unsigned)) });
    });
    witnessed.set(env.deviceId, {
      publicKey: key.publicKey,
      seq: tip.seq,
      hash: tip.hash,
      seenAt: unsigned.signedAt,
    });
    writeWitnessed(dataDir, orgId, witnessed);
  }

  /**
   * Whether this device's rows from its last signed head to `tip` still chain
   * from that head. Rows after the tip are left for the next signing: a
   * mutation can append one between reading the tip and reading the chain
   * (a burst of question creations does), which is no rewrite.
   */
  private async extendsWitnessed(
    self: WitnessedHead,
    tip: { seq: number; hash: string },
  ): Promise<boolean> {
    const rows = (
      await deviceChainFrom(this.deps.env.db(), this.deps.env.deviceId, self.seq)
    ).filter((row) => row.seq !== null && row.seq <= tip.seq);
    const last = rows.at(-1);
    if (rows[0]?.hash !== self.hash || last?.seq !== tip.seq || last.hash !== tip.hash) {
      return false;
    }
    return rows.every((row, i) => {
      if (i === 0) return true;
      const before = rows[i - 1];
      return (
        row.seq === self.seq + i &&
        row.prevHash === before?.hash &&
        row.hashVersion === ROW_HASH_VERSION &&
        sha256Hex(rowPayload(row)) === row.hash
      );
    });
  }

  /**
   * After a pull: remembers the signed head of every other device, where it
   * verifies and extends what was seen before. A head that does not is left
   * out, so what was seen stays as the evidence audit.verify names.
   */
  async witnessAfterPull(): Promise<void> {
    const { env, dataDir } = this.deps;
    const orgId = await tenantOrganisationId(env.db());
    if (!orgId) return;
    const scope = { clientId: orgId };
    const keys = new Map((await listDeviceKeys(env.db(), scope)).map((k) => [k.deviceId, k]));
    const macKey = await this.macKey(orgId);
    const witnessed = readWitnessed(dataDir, orgId);
    let changed = false;
    for (const head of await listSignedHeads(env.db(), scope)) {
      if (head.deviceId === env.deviceId) continue;
      const entry = keys.get(head.deviceId);
      if (!entry) continue;
      if (macKey && !registryMacMatches(macKey, registryPayload(entry), entry.enrolmentMac))
        continue;
      if (!verifySignature(entry.publicKey, headPayload(head), head.signature)) continue;
      const seen = witnessed.get(head.deviceId);
      if (seen && (seen.publicKey !== entry.publicKey || head.seq < seen.seq)) continue;
      if (seen && seen.seq === head.seq && seen.hash === head.hash) continue;
      const rows = await deviceChainFrom(env.db(), head.deviceId, seen?.seq ?? head.seq);
      if (seen && rows[0]?.hash !== seen.hash) continue;
      if (rows.find((r) => r.seq === head.seq)?.hash !== head.hash) continue;
      witnessed.set(head.deviceId, {
        publicKey: entry.publicKey,
        seq: head.seq,
        hash: head.hash,
        seenAt: nowIsoOf(env),
      });
      changed = true;
    }
    if (changed) writeWitnessed(dataDir, orgId, witnessed);
  }
}
