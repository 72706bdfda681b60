import type { RescueImportResult, RescueWriteResult, SnapshotReason } from '@shared/domain/backup';

export const reasonWords: Record<SnapshotReason, string> = {
  scheduled: 'Scheduled',
  manual: 'Taken by hand',
  'pre-migration': 'Before an update of the database',
  'pre-enrolment': 'Before an enrolment change',
  'pre-restore': 'Before a restore',
  'pre-recovery': 'Before a recovery',
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One sentence on what an import did. */
export function importWords(result: RescueImportResult): string {
  const from = `from ${result.fromDevice.name}`;
  if (result.alreadyImported) {
    return `This rescue file ${from} was already imported${result.importedAt ? ` (${result.importedAt})` : ''}; nothing changed.`;
  }
  const added = Object.values(result.tables).reduce((n, t) => n + t.added, 0);
  const updated = Object.values(result.tables).reduce((n, t) => n + t.updated, 0);
  return `Imported the rescue file ${from}: ${String(added)} rows added, ${String(updated)} updated to the file's newer version. They sync to the organisation with this computer's changes.`;
}

/** What a rescue file holds and where it went, in words. */
export function writeWords(result: Extract<RescueWriteResult, { written: true }>): string {
  const attempts = result.counts.attempts ?? 0;
  const answers = result.counts.attempt_answers ?? 0;
  const what = `${String(attempts)} ${attempts === 1 ? 'attempt' : 'attempts'} with ${String(answers)} ${answers === 1 ? 'answer' : 'answers'}`;
  const where =
    result.delivery.kind === 'saved'
      ? `saved as ${result.delivery.savedTo}`
      : `downloaded as ${result.delivery.fileName}`;
  return `Wrote a rescue file of ${result.fromDevice.name} (${what} not yet sent), ${where}. Import it on any enrolled computer of the organisation.`;
}
