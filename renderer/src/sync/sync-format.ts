import type { SyncProgress } from '@shared/domain/sync';
import type { SourceMessage } from '../i18n/catalogue';
import { currentIntl } from '../i18n/intl';
import { translatedLabels } from '../i18n/translated-labels';
import { formatNumber } from '../lib/format';
import { messages } from './messages';

const sizeUnits: readonly SourceMessage[] = [
  messages.sizeKilobytes,
  messages.sizeMegabytes,
  messages.sizeGigabytes,
];

/** Byte counts for transfer progress and sizes: `12.4 MB`, in the active locale's digits. */
export function formatBytes(bytes: number): string {
  const intl = currentIntl();
  if (bytes < 1024) {
    return intl.formatMessage(messages.sizeBytes, {
      value: intl.formatNumber(bytes, { useGrouping: false }),
    });
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  return intl.formatMessage(sizeUnits[unit] ?? messages.sizeGigabytes, {
    value: intl.formatNumber(value, {
      useGrouping: false,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }),
  });
}

/** The progress line of a large transfer: `Sending 12,400 of 100,000 changes`, or its bytes. */
export function formatSyncProgress(progress: SyncProgress): string {
  const intl = currentIntl();
  if (progress.phase === 'push' && progress.changes !== null) {
    const { sent, total } = progress.changes;
    return intl.formatMessage(messages.sendingChanges, {
      sent: formatNumber(sent),
      total: formatNumber(Math.max(sent, total)),
    });
  }
  return intl.formatMessage(
    progress.phase === 'push' ? messages.sendingBytes : messages.receivingBytes,
    { size: formatBytes(progress.bytes) },
  );
}

export const deviceRoleLabels: Readonly<Record<string, string>> = translatedLabels({
  exam: messages.roleExam,
  proctor: messages.roleProctor,
  authoring: messages.roleAuthoring,
  admin: messages.roleAdmin,
});

const runKindWords: Readonly<Record<string, string>> = translatedLabels({
  push: messages.kindPush,
  pull: messages.kindPull,
  checkpoint: messages.kindCheckpoint,
});

export function syncRunKindWords(kind: string): string {
  return runKindWords[kind] ?? kind;
}

/** Why the sync runner started a run, as it records it (`wal size (12 KiB)`), in words. */
const reasonWords: Readonly<Record<string, string>> = translatedLabels({
  'changes during push': messages.reasonChangesDuringPush,
  enrolled: messages.reasonEnrolled,
  heartbeat: messages.reasonHeartbeat,
  join: messages.reasonJoin,
  'more changes': messages.reasonMoreChanges,
  now: messages.reasonNow,
  'pending changes': messages.reasonPending,
  'retry after a busy moment': messages.reasonRetryBusy,
  retry: messages.reasonRetry,
  soon: messages.reasonPending,
  startup: messages.reasonStartup,
  'wal size': messages.reasonWalSize,
  timer: messages.reasonTimer,
});

export function syncRunReasonWords(reason: string): string {
  // A size may follow in brackets (`wal size (12 KiB)`); it stays, after the words.
  const match = /^(.*?)(\s*\([^)]*\))?$/.exec(reason);
  const base = match?.[1] ?? reason;
  const size = match?.[2] ?? '';
  const known = reasonWords[base];
  if (known !== undefined) return `${known}${size}`;
  const text = base.replaceAll('_', ' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${size}`;
}
