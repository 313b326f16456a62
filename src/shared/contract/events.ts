import { z } from 'zod';
import { syncStatusSchema } from './seat-schemas';
import { settingsSchema } from '../settings/settings-schema';

/** Every event the renderer may receive. */
export const events = {
  'sync.status': syncStatusSchema,
  'settings.changed': settingsSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
