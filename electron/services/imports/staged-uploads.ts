import { randomUUID } from 'node:crypto';
import type { TenantContext } from '@db/tenant';
import { conflict, invalid, notFound } from '@shared/api/result';
import type { ImportUploadProgress } from '@shared/domain/imports';
import { formatBytes } from '@shared/interchange/limits';

/** Uploads one session may have open at once; a further start is refused until one is used or dropped. */
export const UPLOADS_PER_SESSION = 3;
/** All open uploads of this process together, declared sizes counted. */
export const UPLOAD_BYTES_IN_FLIGHT = 512 * 1024 * 1024;
/** An upload nobody has touched for this long is dropped with its bytes. */
export const UPLOAD_IDLE_MS = 30 * 60 * 1000;

interface Upload {
  sessionKey: string;
  clientId: string;
  size: number;
  parts: Buffer[];
  received: number;
  touchedAt: number;
}

/**
 * Import files sent in bounded chunks, held in memory until an import reads
 * them. An upload belongs to the session and organisation that started it:
 * anyone else is told it does not exist. Chunks come in order, each at the
 * offset the upload has reached, and never past the size declared at the
 * start, so a file cannot grow beyond what was allowed for.
 */
export class StagedUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one chunk: the first (no `uploadId`) starts an upload of `size` bytes. */
  receive(
    sessionKey: string,
    tenant: TenantContext,
    chunk: {
      uploadId?: string | undefined;
      size?: number | undefined;
      offset: number;
      bytes: Buffer;
    },
  ): ImportUploadProgress {
    const uploadId =
      chunk.uploadId ?? this.start(sessionKey, tenant, chunk.size ?? chunk.bytes.length);
    return this.append(sessionKey, tenant, uploadId, chunk.offset, chunk.bytes);
  }

  private start(sessionKey: string, tenant: TenantContext, size: number): string {
    this.dropIdle();
    const open = [...this.uploads.values()];
    if (open.filter((u) => u.sessionKey === sessionKey).length >= UPLOADS_PER_SESSION)
      throw conflict('import.tooManyUploads', { count: UPLOADS_PER_SESSION });
    const inFlight = open.reduce((s, u) => s + u.size, 0);
    if (inFlight + size > UPLOAD_BYTES_IN_FLIGHT)
      throw conflict('import.othersInFlight', { size: formatBytes(inFlight) });
    const uploadId = randomUUID();
    this.uploads.set(uploadId, {
      sessionKey,
      clientId: tenant.clientId,
      size,
      parts: [],
      received: 0,
      touchedAt: this.now(),
    });
    return uploadId;
  }

  private append(
    sessionKey: string,
    tenant: TenantContext,
    uploadId: string,
    offset: number,
    bytes: Buffer,
  ): ImportUploadProgress {
    const upload = this.owned(sessionKey, tenant, uploadId);
    if (offset !== upload.received)
      throw invalid('offset', 'import.offset', { received: upload.received });
    if (upload.received + bytes.length > upload.size)
      throw invalid('base64', 'import.pastDeclared', { size: upload.size });
    upload.parts.push(bytes);
    upload.received += bytes.length;
    upload.touchedAt = this.now();
    return { uploadId, received: upload.received, size: upload.size };
  }

  /** The whole file, once every byte has come; it stays for the import that follows a preview. */
  bytes(sessionKey: string, tenant: TenantContext, uploadId: string): Uint8Array {
    const upload = this.owned(sessionKey, tenant, uploadId);
    if (upload.received < upload.size)
      throw invalid('uploadId', 'import.notFullyUploaded', {
        received: upload.received,
        size: upload.size,
      });
    if (upload.parts.length !== 1) upload.parts = [Buffer.concat(upload.parts, upload.size)];
    upload.touchedAt = this.now();
    const whole = upload.parts[0] ?? Buffer.alloc(0);
    return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
  }

  /** Drops an upload and its bytes; false when this session had no such upload. */
  discard(sessionKey: string, tenant: TenantContext, uploadId: string): boolean {
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.sessionKey !== sessionKey || upload.clientId !== tenant.clientId)
      return false;
    this.uploads.delete(uploadId);
    return true;
  }

  private owned(sessionKey: string, tenant: TenantContext, uploadId: string): Upload {
    this.dropIdle();
    const upload = this.uploads.get(uploadId);
    // Another session's or organisation's upload is answered as one that does not exist.
    if (!upload || upload.sessionKey !== sessionKey || upload.clientId !== tenant.clientId)
      throw notFound('upload');
    return upload;
  }

  private dropIdle(): void {
    const cutoff = this.now() - UPLOAD_IDLE_MS;
    for (const [id, upload] of this.uploads) if (upload.touchedAt < cutoff) this.uploads.delete(id);
  }
}

/** The import uploads of this process. */
export const stagedUploads = new StagedUploads();
