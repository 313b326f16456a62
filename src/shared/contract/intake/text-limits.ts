/**
 * How much text a ticket may carry. A draft keeps far more than a ticket
 * accepts, so an operator never loses typed notes to a limit: the limit is
 * reported when the ticket is finished, with the field and the numbers.
 */
export const ticketTextLimits = {
  title: 120,
  description: 20_000,
  address: 300,
  callerName: 60,
  note: 20_000,
} as const;

/** Anything a draft field may hold (100 kB pasted by mistake is kept, not refused). */
export const draftTextLimit = 200_000;

/** C0/C1 control characters other than tab and newlines: never meaningful in call notes. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
