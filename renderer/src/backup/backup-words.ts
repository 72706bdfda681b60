import type { RescueImportResult, RescueWriteResult, SnapshotReason } from '@shared/domain/backup';
import { currentIntl } from '../i18n/intl';
import { translatedLabels } from '../i18n/translated-labels';
import { messages } from './messages';

export const reasonWords: Readonly<Record<SnapshotReason, string>> = translatedLabels({
  scheduled: messages.reasonScheduled,
  manual: messages.reasonManual,
  'pre-migration': messages.reasonPreMigration,
  'pre-enrolment': messages.reasonPreEnrolment,
  'pre-restore': messages.reasonPreRestore,
  'pre-recovery': messages.reasonPreRecovery,
});

export function formatSize(bytes: number): string {
  const intl = currentIntl();
  const oneDecimal = (n: number) =>
    intl.formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024) return intl.formatMessage(messages.bytes, { size: intl.formatNumber(bytes) });
  if (bytes < 1024 * 1024)
    return intl.formatMessage(messages.kilobytes, { size: oneDecimal(bytes / 1024) });
  return intl.formatMessage(messages.megabytes, { size: oneDecimal(bytes / 1024 / 1024) });
}

/** One sentence on what an import did. */
export function importWords(result: RescueImportResult): string {
  const intl = currentIntl();
  const device = result.fromDevice.name;
  if (result.alreadyImported) {
    return result.importedAt
      ? intl.formatMessage(messages.alreadyImportedAt, { device, when: result.importedAt })
      : intl.formatMessage(messages.alreadyImported, { device });
  }
  const added = Object.values(result.tables).reduce((n, t) => n + t.added, 0);
  const updated = Object.values(result.tables).reduce((n, t) => n + t.updated, 0);
  return intl.formatMessage(messages.imported, { device, added, updated });
}

/** What a rescue file holds and where it went, in words. */
export function writeWords(result: Extract<RescueWriteResult, { written: true }>): string {
  const intl = currentIntl();
  const where =
    result.delivery.kind === 'saved'
      ? intl.formatMessage(messages.savedAs, { path: result.delivery.savedTo })
      : intl.formatMessage(messages.downloadedAs, { file: result.delivery.fileName });
  return intl.formatMessage(messages.wrote, {
    device: result.fromDevice.name,
    attempts: result.counts.attempts ?? 0,
    answers: result.counts.attempt_answers ?? 0,
    where,
  });
}
