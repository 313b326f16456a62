import '@tanstack/react-query';

/** What a mutation can tell the global error handler about itself. */
export interface SeatMutationMeta extends Record<string, unknown> {
  /** The form shows invalid_input issues beside its fields; a notification would repeat them. */
  showsIssuesInline?: boolean;
  /** The form shows every failure itself: a wrong password at sign-in is an answer, not a system fault. */
  showsFailureInline?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: SeatMutationMeta;
  }
}
