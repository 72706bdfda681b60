import { useState } from 'react';
import type { MethodInput } from '@shared/api/contract';
import type { AuditVerification } from '@shared/domain/audit-verify';
import { useApiQuery } from '../api/use-api-query';
import { downloadFile } from '../lib/files';
import { useComputerNames } from '../sync/use-computer-names';
import { formatDateTime } from '../lib/format';
import type { IntlShape } from 'react-intl';
import { useIntl } from '../i18n/use-intl';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';

import {
  auditActionWords,
  auditFieldWords,
  auditResourceWords,
  auditValueWords,
} from './audit-words';
import { messages } from './messages';

/** Where the first break is, in words: the device, the row's sequence number, the field. */
function whereBroken(intl: IntlShape, b: NonNullable<AuditVerification['firstBreak']>): string {
  return intl.formatMessage(messages.breakPlace, {
    device: b.deviceId ? b.deviceId.slice(0, 8) : '',
    hasDevice: b.deviceId ? 'yes' : 'no',
    seq: b.seq ?? 0,
    hasSeq: b.seq === null ? 'no' : 'yes',
    field: b.field,
  });
}

/** The audit trail: filter, read each change as a diff, export, and verify the hash chain. */
/** Fields whose values are key material: shown as written, and marked as data, not words. */
const KEY_FIELDS = new Set(['publicKey', 'public_key']);

function AuditValue({ value, field }: { value: unknown; field: string }) {
  const text = auditValueWords(value, field);
  if (KEY_FIELDS.has(field) && typeof value === 'string' && value !== '') {
    return (
      <code className="audit-key" translate="no">
        {text}
      </code>
    );
  }
  return <>{text}</>;
}

export function AuditScreen() {
  const intl = useIntl();
  const [filter, setFilter] = useState({
    userId: '',
    action: '',
    resourceType: '',
    from: '',
    to: '',
  });
  const people = useApiQuery('people.list', { includeInactive: true });
  const facets = useApiQuery('audit.facets', {});
  const computerName = useComputerNames();
  const input: MethodInput<'audit.exportCsv'> = {
    ...(filter.userId && { userId: filter.userId }),
    ...(filter.action && { action: filter.action }),
    ...(filter.resourceType && { resourceType: filter.resourceType }),
    ...(filter.from && { from: new Date(filter.from).toISOString() }),
    ...(filter.to && { to: new Date(`${filter.to}T23:59:59`).toISOString() }),
  };
  const list = useApiQuery('audit.list', { ...input, limit: 500 });
  const exporter = useApiMutation('audit.exportCsv');
  const verify = useApiMutation('audit.verify');
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const set = (patch: Partial<typeof filter>) => setFilter((f) => ({ ...f, ...patch }));
  const select = (
    id: string,
    label: string,
    value: string,
    options: readonly (readonly [string, string])[],
    key: keyof typeof filter,
  ) => (
    <div className="field toolbar__item">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => set({ [key]: e.target.value })}
      >
        <option value="">{intl.formatMessage(messages.any)}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="page page--wide">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            disabled={verify.busy}
            onClick={() => void verify.run({}).then(setVerification)}
          >
            {intl.formatMessage(messages.verify)}
          </button>
          <button
            type="button"
            className="button"
            disabled={exporter.busy}
            onClick={() =>
              void exporter.run(input).then((file) => {
                if (file) downloadFile(file.fileName, file.csv, 'text/csv;charset=utf-8');
              })
            }
          >
            {intl.formatMessage(messages.exportCsv)}
          </button>
        </div>
      </div>
      {verification &&
        (verification.ok ? (
          <Banner tone="info" role="status" title={intl.formatMessage(messages.chainIntact)}>
            {intl.formatMessage(messages.chainChecked, {
              rows: verification.checkedRows,
              devices: verification.devices.length,
            })}{' '}
            {intl.formatMessage(messages.chainSigned, {
              signed: verification.devices.filter((d) => d.signed).length,
              devices: verification.devices.length,
            })}
          </Banner>
        ) : (
          <Banner tone="danger" role="alert" title={intl.formatMessage(messages.chainBroken)}>
            <p>{verification.firstBreak?.message}</p>
            {verification.firstBreak && <p>{whereBroken(intl, verification.firstBreak)}</p>}
          </Banner>
        ))}
      <section className="panel" aria-labelledby="audit-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="audit-heading">
            {intl.formatMessage(messages.changes)}
          </h2>
          {list.data && (
            <span className="panel__meta">
              {intl.formatMessage(messages.changeCount, { count: list.data.length })}
            </span>
          )}
        </div>
        <div
          className="panel__toolbar toolbar"
          role="search"
          aria-label={intl.formatMessage(messages.filter)}
        >
          {select(
            'audit-user',
            intl.formatMessage(messages.who),
            filter.userId,
            (people.data ?? []).map((p) => [p.id, p.name] as const),
            'userId',
          )}
          {select(
            'audit-action',
            intl.formatMessage(messages.action),
            filter.action,
            (facets.data?.actions ?? []).map((a) => [a, auditActionWords(a)] as const),
            'action',
          )}
          {select(
            'audit-resource',
            intl.formatMessage(messages.resource),
            filter.resourceType,
            (facets.data?.resourceTypes ?? []).map((a) => [a, auditResourceWords(a)] as const),
            'resourceType',
          )}
          <div className="field toolbar__item">
            <label className="field__label" htmlFor="audit-from">
              {intl.formatMessage(messages.from)}
            </label>
            <input
              id="audit-from"
              className="input"
              type="date"
              value={filter.from}
              onChange={(e) => set({ from: e.target.value })}
            />
          </div>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor="audit-to">
              {intl.formatMessage(messages.to)}
            </label>
            <input
              id="audit-to"
              className="input"
              type="date"
              value={filter.to}
              onChange={(e) => set({ to: e.target.value })}
            />
          </div>
        </div>
        {list.error ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <LoadingState label={intl.formatMessage(messages.loading)} />
        ) : list.data.length === 0 ? (
          <EmptyState title={intl.formatMessage(messages.noChanges)} />
        ) : (
          <div
            className="table-scroll table-scroll--tall"
            // Keyboard users scroll it too: a focusable, named region.
            tabIndex={0}
            role="region"
            aria-label={intl.formatMessage(messages.rows)}
          >
            <table className="table">
              <caption className="visually-hidden">{intl.formatMessage(messages.title)}</caption>
              <thead>
                <tr>
                  <th scope="col" className="col-tight">
                    {intl.formatMessage(messages.when)}
                  </th>
                  <th scope="col" className="col-tight">
                    {intl.formatMessage(messages.who)}
                  </th>
                  <th scope="col" className="col-tight">
                    {intl.formatMessage(messages.action)}
                  </th>
                  <th scope="col">{intl.formatMessage(messages.whatChanged)}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((e) => (
                  <tr key={e.id}>
                    <td className="nowrap">{formatDateTime(e.createdAt)}</td>
                    <td>
                      <div className="nowrap">
                        {e.userName ?? intl.formatMessage(messages.nobodySignedIn)}
                      </div>
                      {computerName(e.deviceId) !== null && (
                        <div className="cell-sub">
                          {intl.formatMessage(messages.onComputer, {
                            computer: computerName(e.deviceId),
                          })}
                        </div>
                      )}
                    </td>
                    <td>
                      <div className="cell-title">{auditActionWords(e.action)}</div>
                      <div className="cell-sub">{auditResourceWords(e.resourceType)}</div>
                    </td>
                    <td>
                      {e.changes && Object.keys(e.changes).length > 0 ? (
                        <table className="diff">
                          <tbody>
                            {Object.entries(e.changes).map(([field, pair]) => (
                              <tr key={field}>
                                <th scope="row">{auditFieldWords(field)}</th>
                                <td className="diff__before">
                                  <span className="visually-hidden">
                                    {intl.formatMessage(messages.before)}
                                  </span>
                                  <AuditValue
                                    value={Array.isArray(pair) ? pair[0] : null}
                                    field={field}
                                  />
                                </td>
                                <td className="diff__after">
                                  <span className="visually-hidden">
                                    {intl.formatMessage(messages.after)}
                                  </span>
                                  <AuditValue
                                    value={Array.isArray(pair) ? pair[1] : pair}
                                    field={field}
                                  />
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
