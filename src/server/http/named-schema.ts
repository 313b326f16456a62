import type { z } from 'zod';

/**
 * A request or response body schema with the name it has in the OpenAPI
 * document's components. Routes validate with `schema` and the document is
 * generated from the same object, so the two cannot drift apart.
 */
export interface NamedSchema<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
}

export function named<S extends z.ZodType>(name: string, schema: S): NamedSchema<S> {
  return { name, schema };
}
