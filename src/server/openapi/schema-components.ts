import { z } from 'zod';
import type { NamedSchema } from '../http/named-schema';

type JsonSchema = Record<string, unknown>;

/**
 * Collects the named body schemas of every route and renders them as
 * OpenAPI 3.1 components (JSON Schema 2020-12) with zod's own converter.
 * Request bodies are rendered as the schema accepts them (io "input":
 * defaults optional, unknown keys of non-strict objects allowed), responses
 * as the center sends them (io "output"). A schema that is both (the
 * catalog) is rendered as input, the looser form, which still describes
 * every response. A name used for two different schemas is a bug.
 */
export class SchemaComponents {
  private readonly named = new Map<string, { schema: z.ZodType; asInput: boolean }>();

  /** Registers a schema and returns the $ref pointing at it. */
  ref(named: NamedSchema, io: 'input' | 'output'): { $ref: string } {
    const existing = this.named.get(named.name);
    if (existing && existing.schema !== named.schema) throw new Error(`two different schemas are named ${named.name}`);
    this.named.set(named.name, { schema: named.schema, asInput: (existing?.asInput ?? false) || io === 'input' });
    return { $ref: componentRef(named.name) };
  }

  render(): Record<string, JsonSchema> {
    const input = z.registry<{ id: string }>();
    const output = z.registry<{ id: string }>();
    for (const [id, { schema, asInput }] of this.named) (asInput ? input : output).add(schema, { id });
    const options = { uri: componentRef, unrepresentable: 'any', cycles: 'ref', reused: 'inline' } as const;
    const rendered = {
      ...z.toJSONSchema(input, { ...options, io: 'input' }).schemas,
      ...z.toJSONSchema(output, { ...options, io: 'output' }).schemas,
    };
    const components: Record<string, JsonSchema> = {};
    for (const name of [...this.named.keys()].sort()) components[name] = withoutMeta(rendered[name] as JsonSchema);
    return components;
  }
}

/**
 * A standalone JSON Schema for one path or query parameter, inlined in the
 * document. Rendered as output: parameters arrive as text and are coerced,
 * so the coerced value's type and bounds are what the client must respect.
 */
export function parameterSchema(schema: z.ZodType): JsonSchema {
  return withoutMeta(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema);
}

function componentRef(name: string): string {
  return `#/components/schemas/${name}`;
}

/** `$schema` and `$id` belong to standalone documents, not to components inside one. */
function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}
