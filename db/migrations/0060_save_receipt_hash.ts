import { addColumn, type Migration } from './types';

/**
 * The answer save no longer rewrites its device's chain head (one row change
 * fewer on the wire for every save). The clock row it updates anyway names
 * the audit row of the attempt's last save instead, so the newest saves are
 * still vouched for: deleting or replacing them leaves a receipt whose row is
 * missing (see shared/audit/chain.ts).
 */
export const migration0060: Migration = {
  version: 60,
  name: 'save_receipt_hash',
  steps: [addColumn('attempt_clocks', 'last_save_hash', 'TEXT')],
};
