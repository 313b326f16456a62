import { z } from 'zod';

/**
 * How urgent a request is (DOMAIN.md, "A work order"): urgent covers
 * utilities and extreme weather, emergency means life or property at risk.
 * The catalog gives each leaf category a default; the operator may change it.
 */
export const urgencySchema = z.enum(['normal', 'urgent', 'emergency']);
export type Urgency = z.infer<typeof urgencySchema>;
