import { useState } from 'react';
import type { MethodInput } from '@shared/api/contract';
import type { Person } from '@shared/domain/organisation';
import { roles, roleSchema, type Role } from '@shared/domain/roles';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { roleLabels } from '../lib/labels';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { useNow } from '../lib/use-now';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PeopleTable } from './PeopleTable';
import { NewPersonDialog, PeopleImportDialog, PersonDialog } from './PersonDialogs';
import { messages } from './messages';

export function PeopleScreen({ staffAllowed }: { staffAllowed: boolean }) {
  const intl = useIntl();
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
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {intl.formatMessage(messages.addPerson)}
          </button>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {intl.formatMessage(messages.importCsv)}
          </button>
        </div>
      </div>
      <section className="panel" aria-labelledby="people-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="people-heading">
            {intl.formatMessage(includeInactive ? messages.allAccounts : messages.activeAccounts)}
          </h2>
          {people && (
            <span className="panel__meta">
              {intl.formatMessage(messages.personCount, { count: people.length })}
            </span>
          )}
        </div>
        <div className="panel__toolbar">
          <div
            className="toolbar"
            role="search"
            aria-label={intl.formatMessage(messages.filterPeople)}
          >
            <div className="field toolbar__grow">
              <label className="field__label" htmlFor="people-search">
                {intl.formatMessage(messages.searchPeople)}
              </label>
              <input
                id="people-search"
                className="input"
                type="search"
                placeholder={intl.formatMessage(messages.nameOrEmail)}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
            <div className="field toolbar__item">
              <label className="field__label" htmlFor="people-role">
                {intl.formatMessage(messages.role)}
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
                <option value="">{intl.formatMessage(messages.allRoles)}</option>
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
              {intl.formatMessage(messages.showDeactivated)}
            </label>
          </div>
        </div>
        {query.error ? (
          <ErrorState
            error={query.error}
            onRetry={query.reload}
            title={intl.formatMessage(messages.listError)}
          />
        ) : !people ? (
          <LoadingState label={intl.formatMessage(messages.loading)} />
        ) : people.length === 0 ? (
          <EmptyState
            icon={filtered ? 'search' : 'people'}
            title={intl.formatMessage(filtered ? messages.nobodyMatches : messages.noAccountsYet)}
          >
            {intl.formatMessage(filtered ? messages.tryAnother : messages.noAccountsBody)}
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
