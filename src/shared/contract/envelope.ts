import { z } from 'zod';
import { contractErrorDataSchema, type ContractErrorData } from './contract-error';

/**
 * What crosses every transport for one call. Handlers may throw; transports
 * never do, so a failure arrives as data with the same shape everywhere.
 */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ContractErrorData };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: contractErrorDataSchema }),
]);

export function transportFailure(method: string, message: string): Envelope {
  return { ok: false, error: { code: 'transport_failed', method, message, issues: [] } };
}
