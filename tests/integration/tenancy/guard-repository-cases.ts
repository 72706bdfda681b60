import * as guessGuardsRepo from '@db/repositories/guess-guards';

/** The repository modules of sign-in and guessing limits, by file name. */
export const guardRepositoryModules: Record<string, Record<string, unknown>> = {
  'guess-guards': guessGuardsRepo,
};

/**
 * Functions with a case in guard-repositories.test.ts (`hasPin` of B's person,
 * `listLockouts` and `clearGuessGuards` across two organisations), and those
 * that need none, with the reason.
 */
export const guardCasedFunctions = ['hasPin', 'listLockouts', 'clearGuessGuards'] as const;

export const guardNotTenantScoped: Record<string, string> = {
  guessGuardId: 'builds a row id from the device, kind and target',
  readGuessGuard:
    'reads this computer’s own count for one target (the row id starts with this device’s id), before or during a sign-in; never answered to a session',
  writeGuessGuard:
    'writes this computer’s own count for one target, filed under the organisation its caller names (the sign-in’s person, or the session’s tenant)',
  readDeviceUptime: 'reads this computer’s own uptime record, keyed by its device id',
  saveDeviceUptime: 'writes this computer’s own uptime record, keyed by its device id',
  demoOrganisationIds:
    'finds which organisation on this computer the demo seed marked, for the first-run screen and the publish check; only a yes or no leaves main',
};

export function guardCoveredFunctionNames(): string[] {
  return [...guardCasedFunctions, ...Object.keys(guardNotTenantScoped)];
}
