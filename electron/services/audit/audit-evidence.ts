/** What audit.verify needs beyond the database to check signed chains. */
export interface AuditEvidence {
  /** The data folder, where the witness file is. */
  dataDir: string;
  /** This computer's public key; null when its key could not be opened. */
  ownPublicKey: () => string | null;
  /** The organisation's enrolment secret from the keyring; null when not enrolled. */
  enrolmentSecret: () => Promise<string | null>;
}
