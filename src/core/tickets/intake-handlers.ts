import type { Database } from 'better-sqlite3';
import type { Handlers } from '../contract/dispatcher';
import type { EventBus } from '../contract/event-bus';
import { createDraftHandlers } from '../drafts/draft-handlers';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';
import { createCenterLookups, type CenterLookup } from './center-lookups';
import { createEditTicketFields } from './edit-ticket-fields';
import { createAddNote } from './add-note';
import type { CatalogInForceSource } from './catalog-in-force';
import { createCallerHistory } from './caller-history';
import { createCategoryUsage } from './category-usage';
import { createFinishIntake } from './finish-intake';
import { createListTickets } from './list-tickets';
import { createSimilarTickets } from './similar-tickets';
import { createTicketDetail } from './ticket-detail';
import { createTicketSummariesByKey } from './ticket-summaries-by-key';

export interface IntakeHandlerContext {
  db: Database;
  /** The seat that takes tickets here: its client id (seat_meta), what "mine" in the tickets list means. */
  author: string;
  /**
   * Who is at the seat now (the signed-in operator's username), for the
   * audit trail of notes and events; the seat's client id while nobody is.
   */
  operator?: () => string | null;
  catalog: CatalogInForceSource;
  emit: EventBus['emit'];
  now?: () => number;
  /** Asks the center for a caller's or a street's tickets (the sync engine); absent, the cache alone answers. */
  centerLookup?: CenterLookup;
}

export type IntakeMethod =
  | 'drafts.list'
  | 'drafts.get'
  | 'drafts.save'
  | 'drafts.discard'
  | 'cti.incoming'
  | 'caller.history'
  | 'intake.similar'
  | 'intake.dispatch'
  | 'intake.directAnswer'
  | 'tickets.list'
  | 'tickets.get'
  | 'tickets.addNote'
  | 'tickets.editFields'
  | 'catalog.usage';

/** The intake store's methods: from the ringing call to the ticket list. Every statement is prepared here, once. */
export function createIntakeHandlers(ctx: IntakeHandlerContext): Pick<Handlers, IntakeMethod> {
  const now = ctx.now ?? Date.now;
  const { db, author } = ctx;
  const summariesByKey = createTicketSummariesByKey(db);
  const callerHistory = createCallerHistory(db);
  const similarTickets = createSimilarTickets(db, summariesByKey);
  const actor = () => ctx.operator?.() ?? author;
  const finishIntake = createFinishIntake(db, author, actor);
  const listTickets = createListTickets(db, summariesByKey);
  const ticketDetail = createTicketDetail(db);
  const addNote = createAddNote(db, actor);
  const editFields = createEditTicketFields(db, actor);
  const lookups = createCenterLookups(ctx.centerLookup, now);
  const categoryUsage = createCategoryUsage(db);
  const index = () => ctx.catalog()?.index ?? null;

  return {
    ...createDraftHandlers({ db, emit: ctx.emit, now }),
    'caller.history': async ({ phone }) => {
      const key = phoneLookupKey(normalizePhone(phone));
      const source = key === null ? 'local' : await lookups.callerHistory(key);
      return { ...callerHistory(phone), source };
    },
    'intake.similar': async (query) => {
      const source = query.streetCode ? await lookups.street(query.streetCode) : 'local';
      return { results: similarTickets(query, index(), now()), source };
    },
    'intake.dispatch': (input) => {
      const finished = finishIntake('dispatch', input, ctx.catalog(), now());
      ctx.emit('tickets.changed', { ids: [finished.ticketId] });
      return finished;
    },
    'intake.directAnswer': (input) => {
      const finished = finishIntake('direct_answer', input, ctx.catalog(), now());
      ctx.emit('tickets.changed', { ids: [finished.ticketId] });
      return finished;
    },
    'tickets.list': (input) => listTickets(input, { createdBy: author, now: now(), index: index() }),
    'tickets.get': ({ id }) => ticketDetail(id),
    'tickets.addNote': ({ ticketId, body }) => {
      const note = addNote(ticketId, body, now());
      ctx.emit('tickets.changed', { ids: [ticketId] });
      return note;
    },
    'tickets.editFields': ({ ticketId, fields }) => {
      if (editFields(ticketId, fields, ctx.catalog(), now())) ctx.emit('tickets.changed', { ids: [ticketId] });
      return ticketDetail(ticketId) as NonNullable<ReturnType<typeof ticketDetail>>;
    },
    'catalog.usage': () => categoryUsage(author, now()),
  };
}
