import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** Reads one YAML source file and checks its shape, failing with the file name and the offending path. */
export function readSourceFile<T>(sourceDir: string, fileName: string, schema: z.ZodType<T>): T {
  const file = join(sourceDir, fileName);
  const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${file} is not valid:\n${lines.slice(0, 20).join('\n')}`);
}
