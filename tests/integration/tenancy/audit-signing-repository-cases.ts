import * as auditSigningRepo from '@db/repositories/audit-signing';

/** The repository modules of signed audit chains, by file name. */
export const auditSigningRepositoryModules: Record<string, Record<string, unknown>> = {
  'audit-signing': auditSigningRepo,
};

/** Functions with a case in audit-signing-repositories.test.ts, across two organisations. */
export const auditSigningCasedFunctions = [
  'deviceKeyOf',
  'listDeviceKeys',
  'listSignedHeads',
  'unattributedRows',
] as const;

export const auditSigningNotTenantScoped: Record<string, string> = {
  putDeviceKey:
    'writes this computer’s own registry row, filed under the organisation its caller names (the one on this computer)',
  putSignedHead:
    'writes this computer’s own signed head, filed under the organisation its caller names (the one on this computer)',
  chainTip: 'reads the newest row of this computer’s own chain, keyed by its device id',
  signedHeadOf: 'reads this computer’s own signed head, keyed by its device id',
  deviceChainFrom:
    'reads one device’s rows by its id: this computer’s own, or one the organisation’s own registry (listDeviceKeys, tested here) named; only a yes or no leaves main',
};

export function auditSigningCoveredFunctionNames(): string[] {
  return [...auditSigningCasedFunctions, ...Object.keys(auditSigningNotTenantScoped)];
}
