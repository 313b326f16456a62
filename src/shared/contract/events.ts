import { z } from 'zod';
import { syncStatusSchema } from './sync/sync-status-schema';
import { settingsSchema } from '../settings/settings-schema';
import { incomingCallSchema } from './intake/call-schemas';
import { kbImportProgressSchema } from './kb/kb-import-schemas';
import { kbChangedSchema } from './kb/kb-status-schemas';

/** Every event the renderer may receive. */
export const events = {
  'sync.status': syncStatusSchema,
  'settings.changed': settingsSchema,
  /** A call is ringing at this seat: the renderer opens the intake for its draft. */
  'call.incoming': incomingCallSchema,
  /** Tickets were written locally or by sync; lists and details refetch. */
  'tickets.changed': z.object({ ids: z.array(z.string()) }),
  'catalog.changed': z.object({ version: z.string() }),
  /** After each file of a running knowledge-base import (the Settings progress bar). */
  'kb.importProgress': kbImportProgressSchema,
  'kb.changed': kbChangedSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
