import { z } from 'zod';
import { syncCursorSchema } from './pull-schemas';

/** The server-sent event names on `GET /v1/sync/events`. */
export const syncEventNames = { changed: 'changed' } as const;

/**
 * The payload of `event: changed`: the center's latest change number. It is
 * a poke, not the data: a seat whose cursor is lower pulls. Pokes are
 * coalesced, so a seat may see one poke for many commits.
 */
export const syncPokeSchema = z.object({ cursor: syncCursorSchema });
export type SyncPoke = z.infer<typeof syncPokeSchema>;
