import { z } from 'zod';
import { seatHealthSchema, seatInfoSchema } from './seat-schemas';
import {
  dismissRejectionInputSchema,
  signInInputSchema,
  syncConnectInputSchema,
  syncRejectionSchema,
} from './sync/sync-method-schemas';
import { syncStatusSchema } from './sync/sync-status-schema';
import { settingsPatchSchema, settingsSchema } from '../settings/settings-schema';
import { callerHistoryInputSchema, callerHistoryOutputSchema, finishIntakeOutputSchema } from './intake/ticket-queries';
import { ctiIncomingInputSchema, incomingCallSchema } from './intake/call-schemas';
import { catalogViewSchema, categoryUsageSchema } from './intake/catalog-view';
import { draftSaveInputSchema, intakeDraftSchema } from './intake/intake-draft-schema';
import { finishIntakeInputSchema, requiredTicketText } from './intake/intake-ticket-schema';
import {
  routeSuggestionInputSchema,
  routeSuggestionOutputSchema,
  similarTicketsInputSchema,
  similarTicketsOutputSchema,
  ticketListInputSchema,
  ticketListOutputSchema,
} from './intake/ticket-queries';
import { noteRevisionSchema, ticketDetailSchema } from './intake/ticket-views';
import { ticketEditInputSchema } from './intake/ticket-edit-schema';
import { ticketTextLimits } from './intake/text-limits';
import { kbDocumentSchema, kbGetInputSchema } from './kb/kb-document-schemas';
import { kbImportInputSchema, kbImportReportSchema } from './kb/kb-import-schemas';
import { kbSearchInputSchema, kbSearchResponseSchema } from './kb/kb-search-schemas';
import { kbStatusOutputSchema, kbZeroResultQuerySchema, kbZeroResultsInputSchema } from './kb/kb-status-schemas';

const noInput = z.object({}).strict();
const byId = z.object({ id: z.string().min(1).max(200) }).strict();

/**
 * Every method the renderer may call. Inputs are validated where they enter
 * the core (or the shell, for settings); outputs are checked in tests.
 */
export const methods = {
  'seat.info': { input: noInput, output: seatInfoSchema },
  'seat.health': { input: noInput, output: seatHealthSchema },
  'sync.status': { input: noInput, output: syncStatusSchema },
  /** Online when the center answers (the verifier is cached then), else with the cached verifier. */
  'sync.signIn': { input: signInInputSchema, output: syncStatusSchema },
  'sync.signOut': { input: noInput, output: syncStatusSchema },
  /** Push and pull now instead of waiting for the next poke, poll or retry. */
  'sync.now': { input: noInput, output: syncStatusSchema },
  'sync.connect': { input: syncConnectInputSchema, output: syncStatusSchema },
  'sync.rejections': { input: noInput, output: z.array(syncRejectionSchema) },
  'sync.dismissRejection': { input: dismissRejectionInputSchema, output: z.object({ dismissed: z.boolean() }) },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },

  'catalog.get': { input: noInput, output: catalogViewSchema },
  'catalog.usage': { input: noInput, output: categoryUsageSchema },

  'cti.incoming': { input: ctiIncomingInputSchema, output: incomingCallSchema },
  'caller.history': { input: callerHistoryInputSchema, output: callerHistoryOutputSchema },

  'drafts.list': { input: noInput, output: z.array(intakeDraftSchema) },
  'drafts.get': { input: byId, output: intakeDraftSchema.nullable() },
  'drafts.save': { input: draftSaveInputSchema, output: intakeDraftSchema },
  'drafts.discard': { input: byId, output: z.object({ discarded: z.boolean() }) },

  'intake.similar': { input: similarTicketsInputSchema, output: similarTicketsOutputSchema },
  'intake.route': { input: routeSuggestionInputSchema, output: routeSuggestionOutputSchema },
  'intake.dispatch': { input: finishIntakeInputSchema, output: finishIntakeOutputSchema },
  'intake.directAnswer': { input: finishIntakeInputSchema, output: finishIntakeOutputSchema },

  'tickets.list': { input: ticketListInputSchema, output: ticketListOutputSchema },
  'tickets.get': { input: byId, output: ticketDetailSchema.nullable() },
  'tickets.addNote': {
    input: z.object({ ticketId: z.string().min(1).max(200), body: requiredTicketText(ticketTextLimits.note) }).strict(),
    output: noteRevisionSchema,
  },
  /** Corrects fields after intake; queued as ticket.setFields@1 (per-field last write wins, conflicts listed). */
  'tickets.editFields': { input: ticketEditInputSchema, output: ticketDetailSchema },

  'kb.search': { input: kbSearchInputSchema, output: kbSearchResponseSchema },
  'kb.get': { input: kbGetInputSchema, output: kbDocumentSchema.nullable() },
  'kb.import': { input: kbImportInputSchema, output: kbImportReportSchema },
  'kb.zeroResults': { input: kbZeroResultsInputSchema, output: z.array(kbZeroResultQuerySchema) },
  'kb.status': { input: noInput, output: kbStatusOutputSchema },
} as const;

export type MethodName = keyof typeof methods;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
