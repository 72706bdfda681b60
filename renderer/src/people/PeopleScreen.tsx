import { useState } from 'react';
import type { MethodInput } from '@shared/api/contract';
import type { Person } from '@shared/domain/organisation';
import { roles, roleSchema, type Role } from '@shared/domain/roles';
import { useApiQuery } from '../api/use-api-query';
import { plural } from '../lib/format';
import { roleLabels } from '../lib/labels';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { useNow } from '../lib/use-now';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PeopleTable } from './PeopleTable';
import { NewPersonDialog, PeopleImportDialog, PersonDialog } from './PersonDialogs';

export function PeopleScreen({ staffAllowed }: { staffAllowed: boolean }) {
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<Person | null>(null);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const settledSearch = useDebouncedValue(search.trim(), 250);
  const nowMs = useNow();

  const input: MethodInput<'people.list'> = {
    includeInactive,
    ...(settledSearch !== '' ? { search: settledSearch } : {}),
    ...(role !== '' ? { role } : {}),
  };
  const query = useApiQuery('people.list', input);
  const people = query.data;
  const filtered = search.trim() !== '' || role !== '';

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>People</h1>
          <p className="page__lede">
            Everyone who can sign in to your organisation, and what they can do.
          </p>
        </div>
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            Add person
          </button>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import CSV…
          </button>
        </div>
      </div>
      <section className="panel" aria-labelledby="people-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="people-heading">
            {includeInactive ? 'All accounts' : 'Active accounts'}
          </h2>
          {people && (
            <span className="panel__meta">{plural(people.length, 'person', 'people')}</span>
          )}
        </div>
        <div className="panel__toolbar">
          <div className="toolbar" role="search" aria-label="Filter people">
            <div className="field toolbar__grow">
              <label className="field__label" htmlFor="people-search">
                Search people
              </label>
              <input
                id="people-search"
                className="input"
                type="search"
                placeholder="Name or email"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
            <div className="field toolbar__item">
              <label className="field__label" htmlFor="people-role">
                Role
              </label>
              <select
                id="people-role"
                className="select"
                value={role}
                onChange={(e) => {
                  const parsed = roleSchema.safeParse(e.target.value);
                  setRole(parsed.success ? parsed.data : '');
                }}
              >
                <option value="">All roles</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleLabels[r]}
                  </option>
                ))}
              </select>
            </div>
            <label className="checkbox toolbar__check">
              <input
                type="checkbox"
                checked={includeInactive}
                onChange={(e) => setIncludeInactive(e.target.checked)}
              />
              Show deactivated accounts
            </label>
          </div>
        </div>
        {query.error ? (
          <ErrorState
            error={query.error}
            onRetry={query.reload}
            title="People could not be loaded"
          />
        ) : !people ? (
          <LoadingState label="Loading people…" />
        ) : people.length === 0 ? (
          <EmptyState
            icon={filtered ? 'search' : 'people'}
            title={filtered ? 'Nobody matches' : 'No accounts yet'}
          >
            {filtered ? 'Try another name or role.' : 'People your organisation adds appear here.'}
          </EmptyState>
        ) : (
          <PeopleTable people={people} nowMs={nowMs} onSelect={setSelected} />
        )}
      </section>
      <NewPersonDialog open={adding} onClose={() => setAdding(false)} staffAllowed={staffAllowed} />
      <PeopleImportDialog open={importing} onClose={() => setImporting(false)} />
      <PersonDialog
        key={selected?.id ?? 'none'}
        person={selected}
        staffAllowed={staffAllowed}
        onClose={() => setSelected(null)}
        onSaved={() => setSelected(null)}
      />
    </div>
  );
}
