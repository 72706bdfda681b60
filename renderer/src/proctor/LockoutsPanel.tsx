import { guessKindLabels } from '@shared/auth/guess-policy';
import type { ProctorLockout } from '@shared/api/contract/proctor';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, plural } from '../lib/format';

const REFRESH_MS = 15_000;

function whatWasGuessed(lockout: ProctorLockout): string {
  switch (lockout.kind) {
    case 'sign_in':
      return lockout.personName === null ? 'An account' : `${lockout.personName}’s account`;
    case 'pin':
      return 'The proctor PINs';
    case 'start_code':
      return lockout.testName === null ? 'A test' : lockout.testName;
    case 'resume_code':
      return [lockout.personName, lockout.testName].filter(Boolean).join(', ') || 'An attempt';
  }
}

/**
 * Lockouts of the last 12 hours on any of the centre's computers: someone
 * typed too many wrong passwords, PINs or codes there. Shown only when there
 * is one.
 */
export function LockoutsPanel() {
  const { data } = useApiQuery('proctor.lockouts', {}, { pollMs: REFRESH_MS });
  if (!data || data.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="proctor-lockouts-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="proctor-lockouts-heading">
          Lockouts
        </h2>
        <span className="panel__meta">{plural(data.length, 'lockout')} in the last 12 hours</span>
      </div>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Guessed</th>
              <th scope="col">What</th>
              <th scope="col">Computer</th>
              <th scope="col" className="col-tight">
                In a row
              </th>
              <th scope="col" className="col-tight">
                Last locked
              </th>
              <th scope="col" className="col-tight">
                Until about
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((lockout) => (
              <tr key={`${lockout.deviceId}-${lockout.kind}-${lockout.lastLockedAt}`}>
                <td className="nowrap">{guessKindLabels[lockout.kind]}</td>
                <td>{whatWasGuessed(lockout)}</td>
                <td>
                  {lockout.onThisDevice
                    ? 'This computer'
                    : (lockout.deviceName ?? lockout.deviceId)}
                </td>
                <td className="nowrap">{lockout.lockouts}</td>
                <td className="nowrap">{formatDateTime(lockout.lastLockedAt)}</td>
                <td className="nowrap">
                  {lockout.lockedUntil === null ? '—' : formatDateTime(lockout.lockedUntil)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
