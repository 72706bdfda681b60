/**
 * Deletes are soft (`deleted_at`), and only a delete or an explicit restore
 * ever writes that column. Turso Sync replays an update as `UPDATE ... SET`
 * of the columns that changed, last push wins per column, so an edit made on
 * another device (even one pushed later) leaves a deletion in place. A hard
 * delete would not be safe: a later update of the same row can be lost or
 * revive it depending on push order (turso issue #6617).
 */
export const DELETED_AT = 'deleted_at';

export type RowWrite =
  | { kind: 'edit'; columns: Readonly<Record<string, unknown>> }
  | { kind: 'delete'; at: string }
  | { kind: 'restore' };

export type Row = Readonly<Record<string, unknown>>;

/** The columns a write sets. An edit that tries to set `deleted_at` is refused: it would undo someone's delete. */
export function columnsOf(write: RowWrite): Record<string, unknown> {
  switch (write.kind) {
    case 'edit':
      if (Object.prototype.hasOwnProperty.call(write.columns, DELETED_AT)) {
        throw new Error(`An edit may not set ${DELETED_AT}; use delete or restore`);
      }
      return { ...write.columns };
    case 'delete':
      return { [DELETED_AT]: write.at };
    case 'restore':
      return { [DELETED_AT]: null };
  }
}

/** Applies writes in push order, column by column, as the sync server does. */
export function replayWrites(row: Row, writes: readonly RowWrite[]): Row {
  let current: Record<string, unknown> = { ...row };
  for (const write of writes) current = { ...current, ...columnsOf(write) };
  return current;
}

export const isSoftDeleted = (row: Row): boolean =>
  row[DELETED_AT] !== null && row[DELETED_AT] !== undefined;

/** What the row's deletion state must be after sync: the last delete or restore pushed decides, edits never do. */
export function expectedDeletion(initiallyDeleted: boolean, writes: readonly RowWrite[]): boolean {
  let deleted = initiallyDeleted;
  for (const write of writes) {
    if (write.kind === 'delete') deleted = true;
    if (write.kind === 'restore') deleted = false;
  }
  return deleted;
}
