/** The words of the Organisation screen, in one place so a message catalogue can take them later. */
export const organisationText = {
  deactivate: 'Deactivate organisation',
  reactivate: 'Reactivate organisation',
  inactiveHint: 'An inactive organisation can sign in and read, and nothing else.',
  confirmTitle: (name: string) => `Deactivate ${name}?`,
  confirmBody:
    'Everything becomes read-only for everyone in the organisation, on every computer once it syncs: no one can start an exam, save answers, author questions or change people. Signing in and reading still work. You can reactivate it here at any time.',
  deactivated: 'The organisation is deactivated: everything is read-only.',
  undo: 'Undo: reactivate',
} as const;
