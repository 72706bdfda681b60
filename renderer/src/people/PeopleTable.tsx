import { isLocked } from '@shared/auth/lockout';
import type { Person } from '@shared/domain/organisation';
import { formatDateTime } from '../lib/format';
import { roleLabels } from '../lib/labels';
import { Badge } from '../ui/Badge';

export function PeopleTable({
  people,
  nowMs,
  onSelect,
}: {
  people: readonly Person[];
  nowMs: number;
  onSelect?: (person: Person) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">People</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col" className="col-tight">
              Role
            </th>
            <th scope="col" className="col-tight">
              Status
            </th>
            <th scope="col" className="col-tight">
              Last sign-in
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
                  <span className="muted">Never</span>
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
  if (!person.active) return <Badge tone="neutral">Deactivated</Badge>;
  if (person.lockedUntil !== null && isLocked(person.lockedUntil, nowMs)) {
    return (
      <span
        title={`Too many wrong passwords on a computer; locked there until about ${formatDateTime(person.lockedUntil)}`}
      >
        <Badge tone="warning">Locked</Badge>
      </span>
    );
  }
  return <Badge tone="success">Active</Badge>;
}
