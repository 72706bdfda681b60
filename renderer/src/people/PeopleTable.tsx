import { isLocked } from '@shared/auth/lockout';
import type { Person } from '@shared/domain/organisation';
import { formatDateTime } from '../lib/format';
import { roleLabels } from '../lib/labels';
import { Badge } from '../ui/Badge';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

export function PeopleTable({
  people,
  nowMs,
  onSelect,
}: {
  people: readonly Person[];
  nowMs: number;
  onSelect?: (person: Person) => void;
}) {
  const intl = useIntl();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{intl.formatMessage(messages.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(messages.name)}</th>
            <th scope="col">{intl.formatMessage(messages.email)}</th>
            <th scope="col" className="col-tight">
              {intl.formatMessage(messages.role)}
            </th>
            <th scope="col" className="col-tight">
              {intl.formatMessage(messages.status)}
            </th>
            <th scope="col" className="col-tight">
              {intl.formatMessage(messages.lastSignIn)}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td className="cell-title">
                {onSelect ? (
                  <button type="button" className="row-link" onClick={() => onSelect(person)}>
                    {person.name}
                  </button>
                ) : (
                  person.name
                )}
              </td>
              <td>{person.email}</td>
              <td className="nowrap">{roleLabels[person.role]}</td>
              <td>
                <PersonStatus person={person} nowMs={nowMs} />
              </td>
              <td className="nowrap">
                {person.lastLoginAt === null ? (
                  <span className="muted">{intl.formatMessage(messages.never)}</span>
                ) : (
                  formatDateTime(person.lastLoginAt)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonStatus({ person, nowMs }: { person: Person; nowMs: number }) {
  const intl = useIntl();
  if (!person.active)
    return <Badge tone="neutral">{intl.formatMessage(messages.deactivated)}</Badge>;
  if (person.lockedUntil !== null && isLocked(person.lockedUntil, nowMs)) {
    return (
      <span
        title={intl.formatMessage(messages.lockedTitle, {
          until: formatDateTime(person.lockedUntil),
        })}
      >
        <Badge tone="warning">{intl.formatMessage(messages.locked)}</Badge>
      </span>
    );
  }
  return <Badge tone="success">{intl.formatMessage(messages.active)}</Badge>;
}
