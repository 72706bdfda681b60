/** The play limit the plays crash test gives the demo clip: high enough that kills land mid-count. */
export const PLAY_LIMIT = 60;
