/** The question editor's working copy: its shape, reading a saved question into it, and the content it saves. */
export * from './draft-model';
export { draftFromRecord } from './draft-from-record';
export { contentFromDraft, draftProblems } from './draft-content';
export { convertDraft } from './draft-format';
