import { z } from 'zod';

/** The body of POST /api/invoke; the input itself is checked by the contract. */
export const invokeRequestSchema = z.object({
  method: z.string().min(1).max(200),
  input: z.unknown(),
});
