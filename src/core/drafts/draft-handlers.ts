import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../contract/dispatcher';
import type { EventBus } from '../contract/event-bus';
import { invalidIntake } from '../tickets/invalid-intake';
import { createDraftStore } from './draft-store';
import { openIntakeForCall } from './incoming-call';

export interface DraftHandlerContext {
  db: Database;
  emit: EventBus['emit'];
  now: () => number;
}

/** Drafts and the ringing call that opens one. */
export function createDraftHandlers(
  ctx: DraftHandlerContext,
): Pick<Handlers, 'drafts.list' | 'drafts.get' | 'drafts.save' | 'drafts.discard' | 'cti.incoming'> {
  const drafts = createDraftStore(ctx.db);
  const finishedAs = ctx.db.prepare<[string], string>('SELECT id FROM tickets WHERE draft_id = ?').pluck();

  return {
    'drafts.list': () => drafts.list(),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': (input) => {
      // A save that arrives after the intake was finished (a debounce still in flight) must not bring the draft back.
      const ticketId = finishedAs.get(input.id);
      if (ticketId !== undefined) {
        throw invalidIntake('drafts.save', [{ path: 'id', reason: `this intake was already finished as ticket ${ticketId}` }]);
      }
      return drafts.save(input, ctx.now());
    },
    'drafts.discard': ({ id }) => ({ discarded: drafts.discard(id) }),
    'cti.incoming': (call) => {
      const incoming = openIntakeForCall(drafts, call, uuidv7, ctx.now());
      ctx.emit('call.incoming', incoming);
      return incoming;
    },
  };
}
