import { ctiIncomingInputSchema } from '../../shared/contract/intake/call-schemas';

/**
 * What a softphone posts: the contract's cti.incoming input, except that
 * `at` may be left out, in which case the moment the seat received the
 * event stands in (softphone clocks are often not synchronized anyway).
 */
export const ctiCallBodySchema = ctiIncomingInputSchema.partial({ at: true });
