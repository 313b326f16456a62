/**
 * What the seat records on a ticket's timeline. The `_requested` kinds say
 * what the seat asked the center for; the center's own events (dispatched,
 * signed for, …) arrive with sync and are recorded under their own names.
 */
export const ticketEventKinds = {
  intake: 'intake',
  dispatchRequested: 'dispatch_requested',
  directAnswerRequested: 'direct_answer_requested',
  repeatLinkRequested: 'repeat_link_requested',
  noteAdded: 'note_added',
  fieldsEdited: 'fields_edited',
} as const;
