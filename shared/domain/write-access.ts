/**
 * The states in which an organisation may only read, most fundamental first:
 * - `outdated`: the organisation database is on a newer schema than this app;
 * - `inactive`: an admin switched the organisation off;
 * - `lapsed`: the subscription ended and its grace period is over.
 * A write refused in any of them changes nothing.
 */
export const READ_ONLY_STATES = ['outdated', 'inactive', 'lapsed'] as const;
export type ReadOnlyState = (typeof READ_ONLY_STATES)[number];

/**
 * Writes inside a running attempt stay open in every read-only state: an exam
 * already in progress is never stopped by a lapse, a switch-off or an update
 * waiting to be installed, so no student loses an answer to one.
 */
export const OPEN_DURING_AN_EXAM: readonly ReadOnlyState[] = READ_ONLY_STATES;
