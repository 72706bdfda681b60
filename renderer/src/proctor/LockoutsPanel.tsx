import type { ProctorLockout } from '@shared/api/contract/proctor';
import { useApiQuery } from '../api/use-api-query';
import { currentIntl } from '../i18n/intl';
import { useIntl } from '../i18n/use-intl';
import { formatDateTime } from '../lib/format';
import { guessKindWords } from './proctor-words';
import { messages } from './messages';

const REFRESH_MS = 15_000;

function whatWasGuessed(lockout: ProctorLockout): string {
  const intl = currentIntl();
  switch (lockout.kind) {
    case 'sign_in':
      return lockout.personName === null
        ? intl.formatMessage(messages.anAccount)
        : intl.formatMessage(messages.personsAccount, { name: lockout.personName });
    case 'pin':
      return intl.formatMessage(messages.proctorPins);
    case 'start_code':
      return lockout.testName ?? intl.formatMessage(messages.aTest);
    case 'resume_code':
      return (
        [lockout.personName, lockout.testName].filter(Boolean).join(', ') ||
        intl.formatMessage(messages.anAttempt)
      );
  }
}

/**
 * Lockouts of the last 12 hours on any of the centre's computers: someone
 * typed too many wrong passwords, PINs or codes there. Shown only when there
 * is one.
 */
export function LockoutsPanel() {
  const intl = useIntl();
  const { data } = useApiQuery('proctor.lockouts', {}, { pollMs: REFRESH_MS });
  if (!data || data.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="proctor-lockouts-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="proctor-lockouts-heading">
          {intl.formatMessage(messages.lockouts)}
        </h2>
        <span className="panel__meta">
          {intl.formatMessage(messages.lockoutsRecent, { count: data.length })}
        </span>
      </div>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.guessed)}</th>
              <th scope="col">{intl.formatMessage(messages.what)}</th>
              <th scope="col">{intl.formatMessage(messages.computer)}</th>
              <th scope="col" className="col-tight">
                {intl.formatMessage(messages.inARow)}
              </th>
              <th scope="col" className="col-tight">
                {intl.formatMessage(messages.lastLocked)}
              </th>
              <th scope="col" className="col-tight">
                {intl.formatMessage(messages.untilAbout)}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((lockout) => (
              <tr key={`${lockout.deviceId}-${lockout.kind}-${lockout.lastLockedAt}`}>
                <td className="nowrap">{guessKindWords[lockout.kind]}</td>
                <td>{whatWasGuessed(lockout)}</td>
                <td>
                  {lockout.onThisDevice
                    ? intl.formatMessage(messages.thisComputer)
                    : (lockout.deviceName ?? lockout.deviceId)}
                </td>
                <td className="nowrap">{intl.formatNumber(lockout.lockouts)}</td>
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
